// The costs page, as a practice with only a static website would set it up: the cost estimator
// over a price index file served next to the page. demo/data/prices.json is built by the CLI
// from the practice's own CMS v3.0 file (office visits, labs, imaging, procedures: the memory
// adapter's catalogue, written as a tall CSV) — only its own, so every estimate names Desert Sage
// as its source — and a sheet of plain-language names:
//
//   npx frontdesk-prices build desert-sage-standard-charges.csv --names plain-names.csv -o prices.json
//
// (`npm run prices:demo`). No server, no API: search and estimates run in the browser.
import 'frontdesk-widgets/define';
import { configure } from 'frontdesk-widgets';
import { createPriceIndexAdapter } from 'frontdesk-widgets/adapters/price-index';

// `new URL(…, import.meta.url)` lets the demo's build copy the index along with the page.
// `demo: true` because the file is an example, not this practice's real prices.
configure({ adapter: createPriceIndexAdapter({ url: new URL('data/prices.json', document.baseURI).href, demo: true }) });

// "Request a Good Faith Estimate" without a `gfe-url`: the page handles it (here: the request
// section, focused). The event carries the service's code only, never who asked.
const request = document.querySelector<HTMLElement>('#gfe-request');
document.body.addEventListener('fd-good-faith-estimate-request', (event) => {
  if (!request) return;
  const code = request.querySelector('[data-code]');
  if (code) code.textContent = `${event.detail.codeType} ${event.detail.serviceCode}`;
  request.hidden = false;
  request.focus();
});
