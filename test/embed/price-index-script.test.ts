import { expect, waitUntil } from '@open-wc/testing';

// A static practice website with only the script tag: `data-adapter="price-index"` and the
// index `frontdesk-prices build` wrote (the built bundle: `npm test` builds dist/embed first;
// run `npm run build:embed` when running this file alone).

interface PageWindow extends Window {
  errors: string[];
}

async function page(attributes: string): Promise<{ doc: Document; win: PageWindow; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script>window.errors = []; console.error = (...a) => window.errors.push(a.join(' '));</script>
    <script src="/dist/embed/frontdesk.js" ${attributes} async></script>
    </head><body><fd-cost-estimator></fd-cost-estimator></body></html>`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { doc: frame.contentDocument!, win: frame.contentWindow as PageWindow, frame };
}

const root = (doc: Document) => doc.querySelector('fd-cost-estimator')?.shadowRoot;
const text = (doc: Document) => (root(doc)?.textContent ?? '').replace(/\s+/g, ' ');
const requested = (win: Window) => win.performance.getEntriesByType('resource').map((e) => e.name);

describe('script tag with data-adapter="price-index"', () => {
  it('the estimator searches the static index: no API, no demo data', async () => {
    const { doc, win, frame } = await page('data-adapter="price-index" data-prices-url="/test/fixtures/cms-price-transparency/v3-example.prices.json"');
    try {
      await waitUntil(() => root(doc)?.querySelector('#search'), 'the estimator never rendered', { timeout: 8000 });
      const input = root(doc)!.querySelector<HTMLInputElement>('#search')!;
      input.value = 'brain';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(() => root(doc)?.querySelector('[role=option]')?.textContent.includes('Brain MRI'), 'no suggestion from the index', { timeout: 8000 });
      expect(requested(win).some((url) => url.endsWith('/test/fixtures/cms-price-transparency/v3-example.prices.json'))).to.equal(true);
      expect(requested(win).some((url) => /memory/.test(url))).to.equal(false);
      expect(text(doc)).not.to.contain('Demo data');
      expect(win.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('without data-prices-url: one console error naming the fix', async () => {
    const { doc, win, frame } = await page('data-adapter="price-index"');
    try {
      await waitUntil(() => win.errors.some((e) => e.includes('data-prices-url')), 'no error for the missing URL', { timeout: 8000 });
      expect(win.errors.filter((e) => e.includes('data-prices-url'))).to.have.length(1);
      await waitUntil(() => text(doc).length > 0, 'the estimator never rendered', { timeout: 8000 });
    } finally {
      frame.remove();
    }
  });
});
