import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { chunkIntegrity } from './scripts/chunk-integrity.mjs';
import { minifyLiterals } from './scripts/minify-literals.mjs';

const root = import.meta.dirname;
/**
 * zod and the shared schemas: the guard loads them with a widget's first adapter call. The
 * schemas of the chat, feedback and pricing ports stay out of it: each becomes its own chunk,
 * loaded only by a page whose widget calls that port.
 */
const isValidationModule = (id: string): boolean =>
  /node_modules[\\/]zod[\\/]/.test(id) || (/src[\\/]core[\\/]schemas[\\/]/.test(id) && !/[\\/](chat|feedback|pricing)(-[\w-]+)?\.ts$/.test(id));

/**
 * The shared runtime: lit, @lit/* and src/core, but for config (the loader's), translations and
 * the HTTP helpers (only the network adapters use them: they travel with those chunks).
 */
const isRuntimeModule = (id: string): boolean =>
  /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id) ||
  // Not schemas: those outside the validation chunk (chat, feedback, pricing) get chunks of their own.
  (/src[\\/]core[\\/]/.test(id) && !/config\.ts$|chunk\.ts$|\.es\.ts$|http\.ts$/.test(id) && !/src[\\/]core[\\/]schemas[\\/]/.test(id));

/** Writes frontdesk.sri.json: the sha384 Subresource Integrity value of every script-tag file. */
const subresourceIntegrity = (): Plugin => ({
  name: 'frontdesk:sri',
  apply: 'build',
  generateBundle(_options, bundle) {
    const sri: Record<string, string> = {};
    for (const [file, output] of Object.entries(bundle)) {
      if (output.type !== 'chunk') continue;
      sri[file] = `sha384-${createHash('sha384').update(output.code).digest('base64')}`;
    }
    this.emitFile({ type: 'asset', fileName: 'frontdesk.sri.json', source: `${JSON.stringify(sri, null, 2)}\n` });
  },
});

const widgets = readdirSync(resolve(root, 'src/widgets'));

/** Package entry points: `frontdesk-widgets`, `/define`, `/<widget>`, `/adapters/<name>`. */
const libraryEntries: Record<string, string> = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'adapters/memory': 'src/adapters/memory/index.ts',
  'adapters/rest': 'src/adapters/rest/index.ts',
  'adapters/chatwoot': 'src/adapters/chatwoot/index.ts',
  'adapters/price-index': 'src/adapters/price-index/index.ts',
  // React wrappers (@lit/react); react and @lit/react stay the app's.
  react: 'src/react/index.ts',
  ...Object.fromEntries(widgets.map((w) => [w, `src/widgets/${w}/fd-${w}.ts`])),
};

// `vite build` → the ESM library (dependencies external, one file per entry + shared chunks).
// `vite build --mode embed` → the script-tag bundle: everything bundled and minified, one
// small loader plus chunks it loads when a widget's tag appears.
export default defineConfig(({ mode }) =>
  mode === 'embed'
    ? {
        publicDir: false,
        // chunkIntegrity first: the SRI values are of the files as it leaves them.
        plugins: [minifyLiterals(), chunkIntegrity(), subresourceIntegrity()],
        build: {
          outDir: 'dist/embed',
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          sourcemap: true,
          manifest: true,
          // Library mode: no module-preload helper, whose import.meta a classic script
          // cannot contain, and chunk URLs relative to the importing file (works from any CDN path).
          lib: { entry: { frontdesk: resolve(root, 'src/embed/frontdesk.ts') }, formats: ['es'] },
          rollupOptions: {
            // Needed for groups that take only their own modules (below); the loader exports nothing anyway.
            preserveEntrySignatures: 'allow-extension',
            output: {
              entryFileNames: '[name].js',
              chunkFileNames: 'chunks/[name]-[hash].js',
              minify: true,
              // Nothing bundles these files again: tree-shaking hints (/* @__PURE__ */) are dead bytes.
              comments: { legal: true, annotation: false, jsdoc: false },
              // One shared runtime chunk (lit, context, task, core) that every widget chunk imports,
              // and one validation chunk (zod/mini + schemas) the guard loads with the first call,
              // so `npm run size` can hold each part to its budget.
              codeSplitting: {
                // Each group takes exactly the modules its test names (not their imports), so
                // core/time.ts, used by schemas and widgets alike, stays in the runtime chunk.
                groups: [
                  { name: 'config', test: /src[\\/]core[\\/](config|chunk)\.ts$/, priority: 30, includeDependenciesRecursively: false },
                  { name: 'validation', test: isValidationModule, priority: 20, includeDependenciesRecursively: false },
                  { name: 'runtime', test: isRuntimeModule, priority: 10, includeDependenciesRecursively: false },
                ],
              },
            },
          },
        },
      }
    : {
        publicDir: false,
        plugins: [minifyLiterals()],
        build: {
          outDir: 'dist/esm',
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          sourcemap: true,
          lib: {
            entry: Object.fromEntries(Object.entries(libraryEntries).map(([k, v]) => [k, resolve(root, v)])),
            formats: ['es'],
          },
          rollupOptions: {
            external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/, /^react(\/|$)/],
            output: {
              entryFileNames: '[name].js',
              chunkFileNames: 'chunks/[name]-[hash].js',
            },
          },
        },
      },
);
