import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

let worker: ReturnType<typeof setupWorker> | undefined;

/** Starts the msw service worker once per test file and swaps in the given scenario handlers. */
export async function useHandlers(...handlers: RequestHandler[]): Promise<void> {
  if (!worker) {
    worker = setupWorker();
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  }
  worker.resetHandlers(...handlers);
}
