/**
 * The script-tag loader: a classic script (no static imports, no `import.meta`), so it
 * can read its own `<script>` through `document.currentScript`. It keeps the page's
 * `Frontdesk(...)` queue (or starts one) and loads the API chunk, relative to its own URL,
 * which does the rest. The only global it defines is `Frontdesk`.
 */
import type { FrontdeskGlobal } from './api.js';

// In a function: a classic script's top-level declarations would become page globals.
(() => {
  const w = window as unknown as { Frontdesk?: FrontdeskGlobal };
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
    import('./api.js').then(
      (api) => api.start(dataset, queue),
      () => console.error('Frontdesk: the script could not load its code; check that the chunks/ folder is served beside frontdesk.js.'),
    );
  }
})();
