// Shared by the layout checks: a static file server for a build folder, and the browsers
// (Debian's Chromium and Firefox ESR, as the browser tests use them).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { browserPaths } from '../../scripts/ensure-browsers.mjs';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };

/** Serves `dir` on a free port of 127.0.0.1 (a build's pages load modules: file:// will not do). */
export async function serve(dir) {
  const server = createServer(async (req, res) => {
    // The browser asks for /favicon.ico on its own; a build may have none.
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(dir, path.endsWith('/') ? `${path}index.html` : path));
      const type = types[extname(path)] ?? (extname(path) ? 'application/octet-stream' : 'text/html');
      // Compressed as any production host serves text (Lighthouse's simulated network counts the bytes sent).
      const gzip = /gzip/.test(String(req.headers['accept-encoding'])) && /text|json|svg/.test(type);
      res.writeHead(200, { 'content-type': type, 'service-worker-allowed': '/', ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
      res.end(gzip ? gzipSync(body) : body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Launches `chromium` or `firefox` (headless). */
export function launch(name) {
  const paths = browserPaths();
  if (name === 'firefox') return puppeteer.launch({ browser: 'firefox', executablePath: paths.firefox, headless: true });
  return puppeteer.launch({
    executablePath: paths.chromium,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
  });
}

/** A PNG of the page; Chromium's faster encoder where there is one (Firefox's BiDi has none). */
export function shot(page, browserName, path) {
  return page.screenshot({ path, type: 'png', ...(browserName === 'chromium' ? { optimizeForSpeed: true } : {}) });
}
