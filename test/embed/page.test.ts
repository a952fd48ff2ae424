import { expect, waitUntil } from '@open-wc/testing';

// Pages that use the built script-tag bundle as a practice website would, each in its own
// iframe (`npm test` builds dist/embed first; run `npm run build:embed` when running this alone).

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
  Frontdesk: (name: string, ...args: unknown[]) => void;
}

const QUEUE_STUB = 'window.Frontdesk = window.Frontdesk || function () { (Frontdesk.q = Frontdesk.q || []).push(arguments); };';

/**
 * Loads a page whose body is `body`, with the snippet (after `before`, inline code such
 * as queued commands), a strict CSP, and logs of CSP violations and console errors.
 */
async function page(
  body: string,
  lang = 'en',
  before = '',
  snippet = true,
  attributes = 'data-adapter="demo"',
): Promise<{ doc: Document; win: PageWindow; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${CSP}">
    <script nonce="t3st">window.violations = []; document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
      window.errors = []; console.error = (...a) => window.errors.push(a.join(' ')); ${before}</script>
    ${snippet ? `<script nonce="t3st" src="/dist/embed/frontdesk.js" ${attributes} async></script>` : ''}
    </head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { doc: frame.contentDocument!, win: frame.contentWindow as PageWindow, frame };
}

const shadowText = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const requested = (win: Window) => win.performance.getEntriesByType('resource').map((e) => e.name);

describe('script-tag bundle on a practice page', () => {
  it('works under a strict CSP with a nonce and Trusted Types: zero violations', async () => {
    const { doc, win, frame } = await page(
      '<fd-wait-time-banner location="phoenix"></fd-wait-time-banner><fd-appointment-picker visit-type="sick" location="phoenix"></fd-appointment-picker>',
    );
    try {
      await waitUntil(() => shadowText(doc.querySelector('fd-wait-time-banner')).includes('Current wait'), 'the banner never rendered', { timeout: 8000 });
      await waitUntil(() => shadowText(doc.querySelector('fd-appointment-picker')).includes('Choose a day and time'), 'the picker never rendered', { timeout: 8000 });
      expect(win.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('labels demo data on every widget', async () => {
    const { doc, frame } = await page('<fd-wait-time-banner location="phoenix"></fd-wait-time-banner>');
    try {
      const banner = doc.querySelector('fd-wait-time-banner')!;
      await waitUntil(() => banner.shadowRoot?.querySelector('[part~=demo-marker]'), 'no demo marker', { timeout: 8000 });
      expect(banner.shadowRoot!.querySelector('[part~=demo-marker]')!.textContent).to.equal('Demo data');
    } finally {
      frame.remove();
    }
  });

  it('follows the page’s lang when no locale is given', async () => {
    const { doc, frame } = await page('<fd-wait-time-banner location="phoenix"></fd-wait-time-banner>', 'es-MX');
    try {
      await waitUntil(() => shadowText(doc.querySelector('fd-wait-time-banner')).includes('Tiempo de espera actual'), 'not in Spanish', { timeout: 8000 });
    } finally {
      frame.remove();
    }
  });

  it('loads only the code of the widgets on the page', async () => {
    const { doc, win, frame } = await page('<fd-wait-time-banner location="phoenix"></fd-wait-time-banner>');
    try {
      await waitUntil(() => shadowText(doc.querySelector('fd-wait-time-banner')).includes('Current wait'), 'the banner never rendered', { timeout: 8000 });
      const chunks = requested(win).map((url) => url.split('/').pop()!);
      expect(chunks.some((c) => c.startsWith('fd-wait-time-banner-'))).to.equal(true);
      expect(chunks.filter((c) => /^(fd-appointment-picker|date-grid|patient-form)-/.test(c))).to.deep.equal([]);
      // A picker added later loads its own code then.
      doc.body.append(doc.createElement('fd-appointment-picker'));
      await waitUntil(() => requested(win).some((url) => /fd-appointment-picker-/.test(url)), 'the picker chunk was never loaded', { timeout: 8000 });
    } finally {
      frame.remove();
    }
  });

  it('runs every command, queued before load or called after; bad ones are one console error each', async () => {
    const before = `${QUEUE_STUB}
      Frontdesk('configure', { locale: 'es' });
      Frontdesk('configure', { lokale: 'es' });
      Frontdesk('on', 'fd-wait-time-update', function () { window.updates = (window.updates || 0) + 1; });
      Frontdesk('no-such-command');`;
    const { doc, win, frame } = await page(
      '<fd-wait-time-banner location="phoenix"></fd-wait-time-banner><fd-appointment-picker visit-type="sick" location="phoenix"></fd-appointment-picker>',
      'en',
      before,
    );
    try {
      const banner = doc.querySelector('fd-wait-time-banner')!;
      await waitUntil(() => shadowText(banner).includes('Tiempo de espera actual'), 'queued configure({ locale }) not applied', { timeout: 8000 });
      await waitUntil(() => (win as unknown as { updates?: number }).updates, 'queued on() not applied', { timeout: 8000 });
      expect(win.errors).to.have.length(2);
      expect(win.errors[0]).to.contain('unknown option "lokale"');
      expect(win.errors[1]).to.contain('unknown command "no-such-command"');

      win.Frontdesk('setLocale', 'en');
      await waitUntil(() => shadowText(banner).includes('Current wait'), 'setLocale not applied', { timeout: 8000 });

      win.Frontdesk('open', 'picker');
      const picker = doc.querySelector('fd-appointment-picker')!;
      await waitUntil(() => picker.shadowRoot?.querySelector('dialog')?.open, 'open picker did not open the dialog', { timeout: 8000 });
      win.Frontdesk('close', 'picker');
      await waitUntil(() => !picker.shadowRoot?.querySelector('dialog'), 'close picker did not close it', { timeout: 8000 });

      win.Frontdesk('open', 'chat');
      win.Frontdesk('configure', { locale: 5 });
      win.Frontdesk('open', 'everything');
      // Inherited names are not commands nor widgets (own-property look-ups only).
      win.Frontdesk('open', '__proto__');
      win.Frontdesk('constructor');
      win.Frontdesk('toString');
      await waitUntil(() => win.errors.length === 8, 'bad calls did not each log one error');
      expect(win.errors[2]).to.contain('no <fd-chat-launcher>');
      expect(win.errors[3]).to.contain('"locale" must be a string');
      expect(win.errors[4]).to.contain("'open' takes");
      expect(win.errors[5]).to.contain("'open' takes");
      expect(win.errors[6]).to.contain('unknown command "constructor"');
      expect(win.errors[7]).to.contain('unknown command "toString"');
    } finally {
      frame.remove();
    }
  });

  // Lit keeps version markers and decorator metadata on globalThis, and zod its config:
  // those belong to the libraries (shared by every copy on a page) and are not ours to remove.
  // The README's Safety section lists exactly these.
  const libraryGlobals = ['__zod_globalConfig', 'litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];
  const allFive =
    '<fd-wait-time-banner location="phoenix"></fd-wait-time-banner><fd-appointment-picker visit-type="sick" location="phoenix"></fd-appointment-picker>' +
    '<fd-cost-estimator></fd-cost-estimator><fd-chat-launcher></fd-chat-launcher><fd-feedback-survey touchpoint="post-visit"></fd-feedback-survey>';

  it('adds no global but Frontdesk and exactly the libraries’ own markers, with all five widgets', async () => {
    const plain = await page(allFive, 'en', '', false);
    const baseline = new Set(Object.keys(plain.win));
    plain.frame.remove();
    const { doc, win, frame } = await page(allFive);
    try {
      await waitUntil(() => shadowText(doc.querySelector('fd-wait-time-banner')).includes('Current wait'), 'the banner never rendered', { timeout: 8000 });
      await waitUntil(() => shadowText(doc.querySelector('fd-feedback-survey')).length > 40, 'the survey never rendered', { timeout: 8000 });
      await new Promise((r) => setTimeout(r, 300));
      expect(Object.keys(win).filter((k) => !baseline.has(k)).sort()).to.deep.equal(['Frontdesk', ...libraryGlobals]);
    } finally {
      frame.remove();
    }
  });

  it('takes its configuration from data-* attributes: locale, time zone and theme', async () => {
    const { doc, frame } = await page(
      '<fd-wait-time-banner location="phoenix"></fd-wait-time-banner>',
      'en',
      '',
      true,
      'data-adapter="demo" data-locale="es" data-theme="dark" data-time-zone="America/Denver"',
    );
    try {
      const banner = doc.querySelector('fd-wait-time-banner')!;
      await waitUntil(() => shadowText(banner).includes('Tiempo de espera actual'), 'data-locale not applied', { timeout: 8000 });
      expect(frame.contentWindow!.getComputedStyle(banner).colorScheme).to.equal('dark');
      expect((banner as Element & { resolvedTimeZone: string }).resolvedTimeZone).to.equal('America/Denver');
    } finally {
      frame.remove();
    }
  });
});
