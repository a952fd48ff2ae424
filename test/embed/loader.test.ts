import { expect, waitUntil } from '@open-wc/testing';
import { captureConsole } from '../support/console.js';

// Runs against the built script-tag bundle (`npm test` builds before the browser tests;
// run `npm run build:embed` first when running this file alone).
interface FrontdeskGlobal {
  (name: string, ...args: unknown[]): void;
  q?: unknown[];
  loaded?: boolean;
}
const w = window as unknown as { Frontdesk?: FrontdeskGlobal };

function addScript(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  script.src = '/dist/embed/frontdesk.js';
  for (const [k, v] of Object.entries(attributes)) script.setAttribute(k, v);
  document.head.append(script);
  return script;
}

describe('script-tag loader (dist/embed/frontdesk.js)', () => {
  it('loads as a classic script, replays the queue in order, and defines tags lazily', async () => {
    const log = captureConsole();
    const seen: string[] = [];
    try {
      // The snippet a page pastes before the script tag.
      const queue: unknown[] = [];
      w.Frontdesk = Object.assign((...args: unknown[]) => void queue.push(args), { q: queue });
      w.Frontdesk('on', 'fd-test-ping', () => seen.push('first'));
      w.Frontdesk('no-such-command');
      w.Frontdesk('on', 'fd-test-ping', () => seen.push('second'));
      const provider = document.createElement('fd-provider');
      document.body.append(provider);

      addScript({ 'data-adapter': 'demo', 'data-locale': 'es' });
      await waitUntil(() => customElements.get('fd-provider'), 'fd-provider was never defined', { timeout: 5000 });
      await waitUntil(() => log.errors.length > 0, 'no error for the unknown command');
      expect(w.Frontdesk.loaded).to.equal(true);
      document.dispatchEvent(new CustomEvent('fd-test-ping'));
      expect(seen).to.deep.equal(['first', 'second']);
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.contain('unknown command "no-such-command"');

      // Loaded twice (two snippets on one page): nothing runs twice, nothing throws.
      addScript({ 'data-adapter': 'demo' });
      await new Promise((r) => setTimeout(r, 200));
      document.dispatchEvent(new CustomEvent('fd-test-ping'));
      expect(seen).to.deep.equal(['first', 'second', 'first', 'second']);
      expect(log.errors).to.have.length(1);
      provider.remove();
    } finally {
      log.restore();
    }
  });
});
