// `npm run build:cli`: the Node command-line tools (src/cli) → dist/cli, for Node 20 (which cannot
// run .ts). Dependencies stay external: they are the package's own dependencies.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: {
        'frontdesk-prices': resolve(root, 'src/cli/frontdesk-prices.ts'),
        prices: resolve(root, 'src/cli/prices/index.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
