import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';

const root = resolve(import.meta.dirname, '..');

/** Every lit package: pre-bundling any of them would load a second copy of lit and break context. */
const litPackages = ['lit', '@lit/context', '@lit/task', '@lit/reactive-element', 'lit-html', 'lit-element'];

/**
 * Stories are test cases: every `stories/**\/*.stories.ts` must be listed in
 * `test/support/stories.ts` (the browser tests cannot list files, so that list is kept by
 * hand). Storybook refuses to start or build while one is missing.
 */
function checkStoriesAreTested(): void {
  const files = readdirSync(resolve(root, 'stories'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.stories.ts'))
    .map((f) => `stories/${f.split('\\').join('/')}`);
  const list = readFileSync(resolve(root, 'test/support/stories.ts'), 'utf8');
  const missing = files.filter((f) => !list.includes(`'${f}'`));
  if (missing.length) {
    throw new Error(`These stories files are not in test/support/stories.ts, so no test renders them: ${missing.join(', ')}`);
  }
}
checkStoriesAreTested();

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', 'msw-storybook-addon'],
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (vite) => ({
    ...vite,
    optimizeDeps: {
      ...vite.optimizeDeps,
      exclude: [...(vite.optimizeDeps?.exclude ?? []), ...litPackages],
    },
  }),
};

export default config;
