import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json';
import { supportedLocales, type Locale } from '../src/core/localize.js';
import { frame, type Theme } from '../stories/support/story.js';

// Attributes, properties, events, slots, parts and CSS properties for the docs' controls
// and tables, from the analyzer's output (`npm run analyze`).
setCustomElementsManifest(manifest);

const isLocale = (value: unknown): value is Locale => supportedLocales.some((l) => l === value);
const isTheme = (value: unknown): value is Theme => value === 'light' || value === 'dark';

const preview: Preview = {
  // Starts msw's service worker (public/mockServiceWorker.js) and applies `parameters.msw`.
  loaders: [mswLoader()],
  globalTypes: {
    locale: {
      description: 'Language of every widget (through <fd-provider locale>)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', right: 'EN', title: 'English' },
          { value: 'es', right: 'ES', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of every widget and of the page (through <fd-provider theme>)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  // Every story sits in a provider, so the toolbar switches every widget, on a page whose
  // background follows the theme. A story's own `globals` (see `state()`) lock them.
  decorators: [
    (story, { globals }) =>
      frame(story(), {
        locale: isLocale(globals.locale) ? globals.locale : 'en',
        theme: isTheme(globals.theme) ? globals.theme : 'light',
      }),
  ],
  parameters: {
    // The frame pads itself and paints the whole canvas.
    layout: 'fullscreen',
    controls: { expanded: true },
    // Violations show as errors in the Accessibility panel; test/stories.test.ts fails on them too.
    a11y: { test: 'error' },
    // Each story in its own iframe on docs pages: a fresh adapter, msw worker and provider per story.
    docs: { story: { inline: false, height: '220px' } },
  },
};

export default preview;
