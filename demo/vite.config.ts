import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, relative, resolve, sep } from 'node:path';
import { defineConfig, type Connect, type Plugin } from 'vite';

/**
 * The demo practice site (`npm start`). Pages import the library two ways, as customers do:
 * - the script-tag bundle at `/embed/frontdesk.js` (built by `npm run build:embed` into
 *   `dist/embed/`, served here as-is, never transformed);
 * - ESM imports of `frontdesk-widgets`, aliased to the sources so edits hot-reload.
 */
const demo = import.meta.dirname;
const repo = resolve(demo, '..');
const embedDir = resolve(repo, 'dist/embed');

const pages = Object.fromEntries(
  readdirSync(demo)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file.slice(0, -'.html'.length), resolve(demo, file)]),
);

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Serves `dist/embed/**` at `/embed/**` (dev and preview) and copies it into a demo build. */
function embedBundle(): Plugin {
  const serve: Connect.NextHandleFunction = (req, res: ServerResponse, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // Mounted at /embed, so req.url is the rest of the path.
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://demo.invalid').pathname);
    const file = resolve(embedDir, `.${path}`);
    const inside = relative(embedDir, file);
    if (!inside || inside.startsWith('..') || inside.includes(`..${sep}`)) return next();
    if (!existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Length', statSync(file).size);
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  };
  const warnIfMissing = () => {
    if (!existsSync(resolve(embedDir, 'frontdesk.js'))) {
      console.warn('demo: dist/embed/frontdesk.js is missing; run `npm run build:embed` (npm start does).');
    }
  };
  return {
    name: 'frontdesk-demo-embed',
    configureServer(server) {
      warnIfMissing();
      server.middlewares.use('/embed', serve);
    },
    configurePreviewServer(server) {
      warnIfMissing();
      server.middlewares.use('/embed', serve);
    },
    async writeBundle(options) {
      if (options.dir && existsSync(embedDir)) await cp(embedDir, resolve(options.dir, 'embed'), { recursive: true });
    },
  };
}

/**
 * Copies the sharded price index (`data/prices.json` and the parts in `data/prices/`) into a
 * demo build as it is: the manifest names its parts by relative, content-hashed paths, so the
 * files must keep their names and places (Vite would rename or inline them as assets).
 */
function priceIndex(): Plugin {
  return {
    name: 'frontdesk-demo-price-index',
    async writeBundle(options) {
      if (!options.dir) return;
      await cp(resolve(demo, 'data/prices.json'), resolve(options.dir, 'data/prices.json'));
      await cp(resolve(demo, 'data/prices'), resolve(options.dir, 'data/prices'), { recursive: true });
    },
  };
}

export default defineConfig({
  root: demo,
  appType: 'mpa',
  publicDir: false,
  plugins: [embedBundle(), priceIndex()],
  resolve: {
    // Most specific first: a bare `frontdesk-widgets` must not swallow its subpaths.
    alias: [
      { find: /^frontdesk-widgets\/define$/, replacement: resolve(repo, 'src/define.ts') },
      { find: /^frontdesk-widgets\/adapters\/memory$/, replacement: resolve(repo, 'src/adapters/memory/index.ts') },
      { find: /^frontdesk-widgets\/adapters\/rest$/, replacement: resolve(repo, 'src/adapters/rest/index.ts') },
      { find: /^frontdesk-widgets\/adapters\/price-index$/, replacement: resolve(repo, 'src/adapters/price-index/index.ts') },
      { find: /^frontdesk-widgets$/, replacement: resolve(repo, 'src/index.ts') },
    ],
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    fs: { allow: [repo] },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
  },
  build: {
    outDir: resolve(repo, 'dist/demo'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: pages },
  },
});
