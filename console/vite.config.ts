import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The staff console (`npm run build:console`): its own entry, built into frontdesk-server's
 * dist/console and served by the server at /console/. It shares the widgets' tokens,
 * localization and schemas at build time; no widget code runs in the server.
 */
const root = import.meta.dirname;

export default defineConfig({
  root,
  base: '/console/',
  publicDir: false,
  build: {
    outDir: resolve(root, '../server/dist/console'),
    emptyOutDir: true,
    target: 'es2022',
    // Every script is a file of its own (the console's policy allows no inline code).
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
