import { expect, waitUntil } from '@open-wc/testing';

// Every chunk the script-tag loader loads is checked against the sha256 built into the loader
// (src/embed/frontdesk.ts, scripts/chunk-integrity.mjs). A CDN that changes one chunk
// (web-test-runner.config.mjs serves /tampered/…) must not get its code run, under the strict
// CSP with Trusted Types, and the widget must say it could not load, in the page's language.
// `npm test` builds dist/embed first; run `npm run build:embed` when running this alone.

const CSP = [
  "default-src 'self'",
  "script-src 'nonce-t3st' 'strict-dynamic'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

interface PageWindow extends Window {
  violations: string[];
  errors: string[];
  fdErrors: unknown[];
}
type Top = Window & { fdTampered?: string[] };

let run = 0;
async function page(src: string, body: string, lang = 'en'): Promise<{ doc: Document; win: PageWindow; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${CSP}">
    <script nonce="t3st">window.violations = []; document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
      window.errors = []; console.error = (...a) => window.errors.push(a.join(' '));
      window.fdErrors = []; document.addEventListener('fd-error', (e) => window.fdErrors.push(e.detail));</script>
    <script nonce="t3st" src="${src}" data-adapter="demo" async></script>
    </head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { doc: frame.contentDocument!, win: frame.contentWindow as PageWindow, frame };
}
const text = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const tampered = (when: 'always' | 'later', prefix: string) => `/tampered/${when}/r${++run}${Date.now()}/${prefix}/frontdesk.js`;
const banner = '<fd-wait-time-banner location="phoenix"></fd-wait-time-banner>';

describe('every chunk is integrity-checked', () => {
  beforeEach(() => delete (top as Top).fdTampered);

  it('a changed widget chunk does not run; the widget says so, with one fd-error', async () => {
    const { doc, win, frame } = await page(tampered('always', 'fd-wait-time-banner'), banner);
    try {
      const el = doc.querySelector('fd-wait-time-banner')!;
      await waitUntil(() => text(el).includes('could not be loaded'), 'no error shown', { timeout: 8000 });
      expect(text(el)).to.contain('This part of the page could not be loaded. Please reload the page or call the practice.');
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.not.equal(null);
      expect((top as Top).fdTampered).to.equal(undefined);
      expect(doc.defaultView!.customElements.get('fd-wait-time-banner')).to.equal(undefined);
      expect(win.fdErrors).to.deep.equal([{ kind: 'unavailable', retryable: false, widget: 'fd-wait-time-banner' }]);
      expect(win.errors.some((e) => e.includes('could not be loaded'))).to.equal(true);
      expect(win.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('says it in Spanish on a Spanish page', async () => {
    const { doc, frame } = await page(tampered('always', 'fd-wait-time-banner'), banner, 'es');
    try {
      const el = doc.querySelector('fd-wait-time-banner')!;
      await waitUntil(() => text(el).includes('no se pudo cargar'), 'no Spanish error shown', { timeout: 8000 });
      expect((top as Top).fdTampered).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('a changed shared chunk (the runtime every widget imports) does not run either', async () => {
    const { doc, frame } = await page(tampered('always', 'runtime-'), banner);
    try {
      await waitUntil(() => text(doc.querySelector('fd-wait-time-banner')).includes('could not be loaded'), 'no error shown', { timeout: 8000 });
      expect((top as Top).fdTampered).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('a changed lazily loaded part (a Spanish catalog) does not run; the widget stays usable', async () => {
    const { doc, frame } = await page(tampered('always', 'messages.es-'), banner, 'es');
    try {
      const el = doc.querySelector('fd-wait-time-banner')!;
      await waitUntil(() => el.shadowRoot?.querySelector('[part~=minutes], [part~=status]') || text(el).length > 40, 'the banner never rendered', { timeout: 8000 });
      await new Promise((r) => setTimeout(r, 500));
      expect((top as Top).fdTampered).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('the import runs the verified bytes: a CDN that changes a chunk after the first fetch changes nothing', async () => {
    const { doc, win, frame } = await page(tampered('later', 'fd-wait-time-banner'), banner);
    try {
      await waitUntil(() => text(doc.querySelector('fd-wait-time-banner')).includes('Current wait'), 'the banner never rendered', { timeout: 8000 });
      expect((top as Top).fdTampered).to.equal(undefined);
      expect(win.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('the unchanged bundle loads every chunk through a checked link, with zero CSP violations', async () => {
    const { doc, win, frame } = await page(tampered('always', 'no-such-chunk'), banner);
    try {
      await waitUntil(() => text(doc.querySelector('fd-wait-time-banner')).includes('Current wait'), 'the banner never rendered', { timeout: 8000 });
      const scripts = win.performance.getEntriesByType('resource').filter((e) => /\/chunks\//.test(e.name));
      expect(scripts.length).to.be.greaterThan(3);
      expect(win.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
