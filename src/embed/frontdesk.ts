/**
 * The script-tag loader: a classic script (no static imports, no `import.meta`), so it
 * can read its own `<script>` through `document.currentScript`. It keeps the page's
 * `Frontdesk(...)` queue (or starts one) and loads the API chunk, relative to its own URL,
 * which does the rest. The only global it defines is `Frontdesk`.
 *
 * Every chunk is fetched first by a `<link rel="modulepreload">` carrying the chunk's sha256
 * integrity, built into this file by the build (scripts/chunk-integrity.mjs); the import runs only
 * once the chunk and every chunk it imports have loaded so, and the browser's module map then
 * holds those verified bytes: a chunk whose bytes differ from the build's fails its link and never
 * runs. The page's `integrity` on this script covers the hashes, so one SRI value covers every chunk.
 */
import type { FrontdeskGlobal } from './api.js';

/** Written by the build: [file name without `.js`, base64 sha256, indexes of the chunks it imports]. */
declare const CHUNKS: [string, string, number[]][];
declare const API_CHUNK: string;

declare global {
  interface Window {
    /** The script tag's API: `Frontdesk('configure', …)` queues until the loader has run. */
    Frontdesk?: FrontdeskGlobal;
  }
}

// In a function: a classic script's top-level declarations would become page globals.
(() => {
  // Imported outside a browser (a server render, a bundler's analysis), the loader does nothing.
  if (typeof window === 'undefined') return;
  const w = window;
  const script = document.currentScript as HTMLScriptElement | null;

  if (!w.Frontdesk?.loaded) {
    const queue: ArrayLike<unknown>[] = Array.from(w.Frontdesk?.q ?? []);
    const stub: FrontdeskGlobal = Object.assign(
      function queueCommand(...args: unknown[]) {
        queue.push(args);
      },
      { q: queue, loaded: true },
    );
    w.Frontdesk = stub;
    const dataset: Record<string, string | undefined> = Object.assign({}, script?.dataset);
    const chunks = CHUNKS;
    const base = new URL('chunks/', script?.src);
    const index: Record<string, number> = {};
    chunks.forEach(([name], i) => (index[`${name}.js`] = i));
    const fetched: Promise<unknown>[] = [];
    const preload = (i: number): Promise<unknown> => {
      if (!(i in fetched)) {
        const [name, hash, imports] = chunks[i];
        fetched[i] = new Promise((resolve, reject) => {
          const link = document.createElement('link');
          link.rel = 'modulepreload';
          link.integrity = `sha256-${hash}`;
          link.nonce = script?.nonce ?? '';
          link.href = new URL(`${name}.js`, base).href;
          link.onload = resolve;
          link.onerror = reject;
          document.head.append(link);
        });
        // Assigned before recursing, so a cycle of imports ends.
        fetched[i] = Promise.all([fetched[i], ...imports.map(preload)]);
      }
      return fetched[i];
    };
    // Own properties only: a name the build did not hash (or `__proto__`) is refused.
    const verify = (name: string) => (Object.hasOwn(index, name) ? preload(index[name]) : Promise.reject(new Error(name)));
    verify(API_CHUNK).then(
      () => import('./api.js').then((api) => api.start(dataset, queue, verify)),
      () => console.error('Frontdesk: the script could not load its code; check that the chunks/ folder is served beside frontdesk.js, unchanged.'),
    );
  }
})();
