import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { FrontdeskAdapter } from '../../../src/core/adapter.js';
import '../../../src/widgets/cost-estimator/fd-cost-estimator.js';
import type { CostEstimator } from '../../../src/widgets/cost-estimator/cost-estimator.js';
import type { EstimateDetail } from '../../../src/widgets/cost-estimator/events.js';
import { captureConsole } from '../../support/console.js';
import { memory, textOf, untilState } from '../../support/fixtures.js';
import { liveLog } from '../../support/live.js';

before(async () => {
  await import('../../../src/core/schemas/pricing.js');
});

const root = (el: CostEstimator) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: CostEstimator, selector: string) => root(el).querySelector<T>(selector)!;
const input = (el: CostEstimator) => $<HTMLInputElement>(el, '#search');
const options = (el: CostEstimator) => [...root(el).querySelectorAll<HTMLElement>('[role=option]')];
const live = (el: CostEstimator) => [...root(el).querySelectorAll('[role=status][aria-live=polite]')].map((n) => n.textContent.trim());

async function mount(adapter: FrontdeskAdapter = memory(), attrs: Partial<CostEstimator> = {}): Promise<CostEstimator> {
  const el = await fixture<CostEstimator>(html`<fd-cost-estimator .adapter=${adapter} .debounce=${0}></fd-cost-estimator>`);
  Object.assign(el, attrs);
  await el.updateComplete;
  return el;
}

/** Types into the search field by keyboard and waits for the suggestions. */
async function type(el: CostEstimator, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await waitUntil(() => options(el).length > 0 || textOf(el).includes('No matching services'), 'no suggestions arrived');
}

async function chooseMode(el: CostEstimator, mode: 'insured' | 'self-pay') {
  const radio = $<HTMLInputElement>(el, `input[name=mode][value=${mode}]`);
  radio.click();
  await el.updateComplete;
}

async function choosePlan(el: CostEstimator, planId: string) {
  await waitUntil(() => root(el).querySelector('#plan'), 'no plan picker');
  const select = $<HTMLSelectElement>(el, '#plan');
  select.value = planId;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}


/** Whether a `display: none` rule inside one of the widget's `@media print` blocks matches the element. */
function hiddenInPrint(el: HTMLElement, node: Element): boolean {
  const sheets = [...el.shadowRoot!.adoptedStyleSheets, ...[...el.shadowRoot!.querySelectorAll('style')].flatMap((s) => (s.sheet ? [s.sheet] : []))];
  const printRules = sheets.flatMap((sheet) => [...sheet.cssRules]).filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText.includes('print'));
  if (!printRules.length) throw new Error('the widget has no @media print rules');
  return printRules.some((media) => [...media.cssRules].some((r) => r instanceof CSSStyleRule && r.style.display === 'none' && node.matches(r.selectorText)));
}

describe('fd-cost-estimator', () => {
  it('search: suggestions as the patient types, as an ARIA combobox', async () => {
    const el = await mount();
    expect(el.viewState).to.equal('ready');
    await expect(el).to.be.accessible();
    await type(el, 'mri');
    const field = input(el);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    expect(field.getAttribute('aria-controls')).to.equal('suggestions');
    expect(options(el)[0]?.textContent).to.contain('Brain MRI');
    expect(live(el).join(' ')).to.match(/\d+ suggestions?\./);
    await expect(el).to.be.accessible();
  });

  it('keyboard only: arrows move the active option, Enter chooses, focus stays in the input until then', async () => {
    const el = await mount();
    await type(el, 'visit');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('option-0');
    expect(options(el)[0]?.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('option-1');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant'), 'wraps to the last').to.equal(`option-${options(el).length - 1}`);
    expect(root(el).activeElement).to.equal(input(el));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).hasAttribute('aria-activedescendant'), 'no active option while closed').to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const name = options(el)[0]?.querySelector('span')?.textContent;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '.service-name').textContent).to.equal(name);
  });

  it('insured: plan, then "You may pay about", the negotiated rate and the breakdown; the result is announced once', async () => {
    const el = await mount();
    await type(el, '70551');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await untilState(el, 'ready');
    await chooseMode(el, 'insured');
    const estimate = oneEvent(el, 'fd-estimate');
    await choosePlan(el, 'platform-ppo');
    const { detail } = (await estimate) as CustomEvent<EstimateDetail>;
    await untilState(el, 'estimate');
    // Deductible left empty: taken as not met, so the patient may pay the whole $400.
    expect(detail).to.deep.equal({ serviceCode: '70551', codeType: 'CPT', planId: 'platform-ppo', low: 40_000, high: 40_000 });
    const text = textOf(el);
    expect(text).to.contain('You may pay about $400');
    expect(text).to.contain('Your plan’s negotiated rate: $400');
    expect($(el, '[part~=facts]').textContent).to.match(/Standard \(list\) price before any discount\s*\$1,200/);
    expect(text).to.contain('Source: West Mercy Hospital standard charges, updated April 1, 2026.');
    expect(text).to.contain('This is an estimate, not a guarantee');
    // What it leaves out, item by item.
    expect([...el.shadowRoot!.querySelectorAll('[part~=exclusions] li')].map((li) => li.textContent.trim())).to.deep.equal([
      'Other services you may need on the same day, such as labs or medicines',
      'A separate provider’s fee',
      'Facility fees',
      'Anything your plan does not cover',
    ]);
    expect(live(el)).to.include('Estimate for Brain MRI: you may pay about $400.');
    await expect(el).to.be.accessible();
  });

  it('plan details: deductible, copay, coinsurance and the out-of-pocket cap narrow the estimate, line by line', async () => {
    const el = await mount(memory(), { service: 'ct-abdomen', plan: 'region-hmo' });
    await untilState(el, 'estimate');
    // Region HMO allows $540. Deductible $100 left, $25 copay, 20 % coinsurance: 100 + 25 + 83 = 208.
    $<HTMLDetailsElement>(el, '[part~=benefits]').open = true;
    const set = (id: string, value: string) => ($<HTMLInputElement>(el, `#${id}`).value = value);
    set('deductible', '100');
    set('copay', '$25');
    set('coinsurance', '20%');
    const estimate = oneEvent(el, 'fd-estimate');
    $<HTMLButtonElement>(el, '[part~=update-button]').click();
    const { detail } = (await estimate) as CustomEvent<EstimateDetail>;
    expect([detail.low, detail.high]).to.deep.equal([21_000, 21_000]); // $208, rounded up to $210 (no false precision)
    await el.updateComplete;
    const table = $(el, '[part~=breakdown] table').textContent.replace(/\s+/g, ' ');
    expect(table).to.contain('Amount your plan allows$540');
    expect(table).to.contain('Toward your deductible$100');
    expect(table).to.contain('Copay$25');
    expect(table).to.contain('Coinsurance$83');
    expect(table).to.contain('Your plan pays$332');
    expect(textOf(el)).to.contain('You may pay about $210');
    // The lines that make it, in sight beside the figure (not only in the closed breakdown).
    const lines = $(el, '[part~=estimate-lines]');
    expect(lines.closest('details'), 'outside the breakdown').to.equal(null);
    expect(lines.textContent.replace(/\s+/g, ' ').trim()).to.equal('Toward your deductible $100 + Copay $25 + Coinsurance $83');
    expect(textOf(el)).not.to.contain('We assumed you haven’t met your deductible');
    // The out-of-pocket remaining caps it.
    set('oop', '150');
    $<HTMLButtonElement>(el, '[part~=update-button]').click();
    await waitUntil(() => textOf(el).includes('You may pay about $150'), 'the cap did not apply');
    expect($(el, '[part~=breakdown] table').textContent).to.contain('Less: your out-of-pocket maximum is reached');
    await expect(el).to.be.accessible();
  });

  it('plan details: a field that is not an amount is marked, described and focused; the estimate stays', async () => {
    const el = await mount(memory(), { service: 'ct-abdomen', plan: 'region-hmo' });
    await untilState(el, 'estimate');
    $<HTMLDetailsElement>(el, '[part~=benefits]').open = true;
    $<HTMLInputElement>(el, '#coinsurance').value = '120';
    $<HTMLButtonElement>(el, '[part~=update-button]').click();
    await el.updateComplete;
    await el.updateComplete;
    const field = $<HTMLInputElement>(el, '#coinsurance');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.contain('coinsurance-error');
    expect($(el, '#coinsurance-error').textContent).to.equal('Enter a percentage from 0 to 100.');
    expect(root(el).activeElement).to.equal(field);
    expect(textOf(el)).to.contain('You may pay about $540');
    await expect(el).to.be.accessible();
  });

  it('self-pay: the discounted cash price, the Good Faith Estimate right and action (event without a URL)', async () => {
    const el = await mount(memory(), { service: 'mri-brain' });
    await untilState(el, 'ready');
    const estimate = oneEvent(el, 'fd-estimate');
    await chooseMode(el, 'self-pay');
    const { detail } = (await estimate) as CustomEvent<EstimateDetail>;
    expect(detail).to.deep.equal({ serviceCode: '70551', codeType: 'CPT', planId: 'self-pay', low: 108_000, high: 108_000 });
    await untilState(el, 'self-pay');
    expect(textOf(el)).to.contain('Discounted cash price: $1,080');
    expect(textOf(el)).to.contain('you have the right to a Good Faith Estimate');
    expect(live(el)).to.include('Brain MRI: discounted cash price $1,080.');
    const gfe = oneEvent(el, 'fd-good-faith-estimate-request');
    [...root(el).querySelectorAll<HTMLButtonElement>('[part~=good-faith-estimate] button')][0].click();
    expect(((await gfe)).detail).to.deep.equal({ serviceCode: '70551', codeType: 'CPT' });
    await expect(el).to.be.accessible();
  });

  it('self-pay with configured links: Good Faith Estimate, payment plans and financial assistance; javascript: links are dropped', async () => {
    const el = await mount(memory(), {
      service: 'mri-brain',
      gfeUrl: '/good-faith-estimate',
      paymentPlansUrl: 'https://clinic.example/payment-plans',
      financialAssistanceUrl: 'javascript:alert(1)',
    });
    await untilState(el, 'ready');
    await chooseMode(el, 'self-pay');
    await untilState(el, 'self-pay');
    const links = [...root(el).querySelectorAll('a')].map((a) => [a.textContent.trim(), a.getAttribute('href')]);
    expect(links).to.deep.include(['Request a Good Faith Estimate', '/good-faith-estimate']);
    expect(links).to.deep.include(['Payment plans', 'https://clinic.example/payment-plans']);
    expect(links.map(([, href]) => href)).not.to.include('javascript:alert(1)');
    expect(textOf(el)).not.to.contain('Financial assistance');
  });

  it('no data for the plan: says so plainly, still shows the gross charge and the source', async () => {
    const el = await mount(memory(), { service: 'mri-brain', plan: 'sunrise-bronze' });
    await untilState(el, 'no-rate');
    expect(textOf(el)).to.contain('We don’t have a published rate for this service with your plan.');
    expect(textOf(el)).to.contain('$1,200');
    expect(live(el)).to.include('Brain MRI: no price for your plan.');
    await expect(el).to.be.accessible();
  });

  it('algorithmic rate: a range from what the plan actually paid, with the formula, never a precise figure', async () => {
    const el = await mount(memory(), { service: 'c-section', plan: 'platform-ppo' });
    await untilState(el, 'estimate');
    expect(textOf(el)).to.contain('You may pay about $8,000–$17,000');
    expect(textOf(el)).to.contain('10th to 90th percentile');
    expect(textOf(el)).to.contain('Allowed amount = $8,000 + MAX');
    const pct = await mount(memory(), { service: 'er-level-3', plan: 'region-hmo' });
    await untilState(pct, 'estimate');
    expect(textOf(pct)).to.contain('You may pay about $4,120–$10,100');
  });

  it('browse by category: choose a category, then a service, by keyboard', async () => {
    const el = await mount();
    await waitUntil(() => root(el).querySelector('#category option[value=labs]'), 'no categories');
    const select = $<HTMLSelectElement>(el, '#category');
    select.value = 'labs';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => root(el).querySelectorAll('.browse button').length > 0, 'no services listed');
    const first = $<HTMLButtonElement>(el, '.browse button');
    expect($(el, '.browse').getAttribute('aria-label')).to.equal('Services in Lab tests');
    await expect(el).to.be.accessible();
    first.focus();
    await sendKeys({ press: 'Enter' });
    await untilState(el, 'ready');
    expect($(el, '.service-name').textContent).to.equal('Complete blood count (CBC)');
    expect(root(el).activeElement).to.equal($(el, '.service-name'));
  });

  it('Spanish: every text and the money in the locale', async () => {
    const el = await mount(memory(), { service: 'mri-brain', plan: 'region-hmo', locale: 'es' });
    await waitUntil(() => textOf(el).includes('Podría pagar unos'), 'no Spanish estimate');
    const text = textOf(el);
    expect(text).to.contain('Calcule su costo');
    expect(text).to.contain('Tarifa negociada de su plan');
    expect(text).to.contain('1 de abril de 2026');
    expect(text).to.match(/250\s?US\$|\$250/);
    expect(text).not.to.contain('You may pay');
    await expect(el).to.be.accessible();
  });

  it('faults: a failed charge read shows the error with a retry and fires fd-error (kind only)', async () => {
    const adapter = memory();
    adapter.control.fail({ method: 'pricing.getCharges', kind: 'unavailable', times: 10 });
    const el = await fixture<CostEstimator>(html`<fd-cost-estimator .adapter=${adapter} service="mri-brain" phone="(555) 010-0199"></fd-cost-estimator>`);
    const error = await oneEvent(el, 'fd-error');
    expect(error.detail).to.deep.equal({ kind: 'unavailable', retryable: true, retryAfterMs: undefined, widget: 'fd-cost-estimator' });
    await untilState(el, 'error', 8000);
    expect(textOf(el)).to.contain('temporarily unavailable');
    expect(textOf(el)).to.contain('(555) 010-0199');
    adapter.control.clearFaults();
    $<HTMLButtonElement>(el, '[part~=retry-button]').click();
    await untilState(el, 'ready');
    await expect(el).to.be.accessible();
  });

  it('faults: a failed search says so in place of suggestions', async () => {
    const adapter = memory();
    adapter.control.fail({ method: 'pricing.searchServices', kind: 'unauthorized' });
    const el = await mount(adapter);
    input(el).focus();
    await sendKeys({ type: 'mri' });
    await untilState(el, 'error');
    expect(textOf(el)).to.contain('Your session may have ended');
  });

  it('schema-invalid data: an error, never a crash or a made-up price', async () => {
    const console = captureConsole();
    try {
      const adapter = memory();
      const broken: FrontdeskAdapter = {
        pricing: {
          ...adapter.pricing,
          getCharges: async (input) => ({ ...(await adapter.pricing.getCharges(input)), grossCharge: 1200.5 }),
        },
      };
      // A bad optional figure is left out alone (named in the console), never shown or guessed.
      const el = await mount(broken, { service: 'mri-brain' });
      await untilState(el, 'ready', 3000);
      expect(textOf(el)).not.to.contain('$1,200');
      expect(console.errors.join(' ')).to.contain('grossCharge');
      // A bad required part refuses the whole answer.
      const refused: FrontdeskAdapter = {
        pricing: {
          ...adapter.pricing,
          getCharges: async (input) => {
            const charges = await adapter.pricing.getCharges(input);
            return { ...charges, source: { ...charges.source, lastUpdatedOn: 'yesterday' } };
          },
        },
      };
      const failed = await mount(refused, { service: 'mri-brain' });
      await untilState(failed, 'error', 3000);
      expect(textOf(failed)).to.contain('We received information we couldn’t read');
    } finally {
      console.restore();
    }
  });

  it('events carry codes, the plan id and cents only: nothing the patient typed', async () => {
    const el = await mount(memory(), { service: 'ct-abdomen', plan: 'region-hmo' });
    await untilState(el, 'estimate');
    const seen: unknown[] = [];
    el.addEventListener('fd-estimate', (e) => seen.push(e.detail));
    $<HTMLDetailsElement>(el, '[part~=benefits]').open = true;
    $<HTMLInputElement>(el, '#deductible').value = '123.45';
    $<HTMLButtonElement>(el, '[part~=update-button]').click();
    await waitUntil(() => seen.length === 1, 'no event');
    const json = JSON.stringify(seen);
    expect(Object.keys(seen[0] as object).sort()).to.deep.equal(['codeType', 'high', 'low', 'planId', 'serviceCode']);
    expect(json).not.to.contain('12345');
    expect(json).not.to.contain('123.45');
  });

  it('not configured: no adapter, no made-up prices', async () => {
    const console = captureConsole();
    try {
      const el = await fixture<CostEstimator>(html`<fd-cost-estimator></fd-cost-estimator>`);
      expect(el.viewState).to.equal('not-configured');
      expect(textOf(el)).not.to.contain('$');
    } finally {
      console.restore();
    }
  });

  it('suggestions: debounced (one request for a burst of typing), and a slow stale answer never replaces a newer one', async () => {
    const adapter = memory();
    const calls: string[] = [];
    const slowFirst: FrontdeskAdapter = {
      pricing: {
        ...adapter.pricing,
        searchServices: async (input) => {
          calls.push(input.query);
          // The answer to the first query arrives last.
          if (calls.length === 1) await new Promise((r) => setTimeout(r, 600));
          return adapter.pricing.searchServices(input);
        },
      },
    };
    const el = await fixture<CostEstimator>(html`<fd-cost-estimator .adapter=${slowFirst} .debounce=${300}></fd-cost-estimator>`);
    input(el).focus();
    await sendKeys({ type: 'mri' });
    await new Promise((r) => setTimeout(r, 500));
    expect(calls, 'one request for the burst').to.deep.equal(['mri']);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'cbc' });
    await waitUntil(() => options(el).length > 0, 'no suggestions');
    // The answer to "mri" lands now; it must not replace the suggestions for "cbc".
    await new Promise((r) => setTimeout(r, 800));
    expect(calls).to.deep.equal(['mri', 'cbc']);
    expect(options(el).map((o) => o.textContent).join(' ')).to.contain('CBC').and.not.to.contain('MRI');
  });

  it('announces a result once: re-rendering for anything else says nothing new and fires no new fd-estimate', async () => {
    const el = await mount(memory(), { service: 'mri-brain', plan: 'platform-ppo' });
    await untilState(el, 'estimate');
    let events = 0;
    el.addEventListener('fd-estimate', () => events++);
    const region = $(el, '#announce');
    let changes = 0;
    new MutationObserver(() => changes++).observe(region, { childList: true, characterData: true, subtree: true });
    el.phone = '(555) 010-0199';
    el.headingLevel = 3;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect([events, changes]).to.deep.equal([0, 0]);
  });

  it('reflows at 320 px without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await mount(memory(), { service: 'c-section', plan: 'platform-ppo', paymentPlansUrl: '/payment-plans' });
      await untilState(el, 'estimate');
      $<HTMLDetailsElement>(el, '[part~=breakdown]').open = true;
      expect(el.scrollWidth, 'no wider than the viewport').to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('print layout: the print rules drop the controls and keep the estimate (read from the stylesheets, in every browser)', async () => {
    const el = await mount(memory(), { service: 'mri-brain', plan: 'platform-ppo' });
    await untilState(el, 'estimate');
    // Firefox cannot emulate print media over WebDriver BiDi: read what the widget's own
    // `@media print` rules do to each element instead, which every browser can.
    expect(hiddenInPrint(el, $(el, '.pay')), '.pay').to.equal(true);
    expect(hiddenInPrint(el, $(el, '[part~=update-button]')), 'update button').to.equal(true);
    expect(hiddenInPrint(el, $(el, '[part~=estimate]')), 'estimate').to.equal(false);
  });

  // Chromium can also render the page as printed: the same three facts, computed by the browser.
  if (!navigator.userAgent.includes('Firefox')) {
    it('print layout, emulated print media (Chromium): the controls are dropped, the estimate stays', async () => {
      const el = await mount(memory(), { service: 'mri-brain', plan: 'platform-ppo' });
      await untilState(el, 'estimate');
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle($(el, '.pay')).display).to.equal('none');
        expect(getComputedStyle($(el, '[part~=update-button]')).display).to.equal('none');
        expect(getComputedStyle($(el, '[part~=estimate]')).display).not.to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  }

  it('keyboard only, end to end: search, choose, "I have insurance", a plan, the plan details, the estimate', async () => {
    const el = await mount();
    await type(el, 'ct scan');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await untilState(el, 'ready');
    const focused = () => root(el).activeElement;
    expect(focused()).to.equal($(el, '.service-name'));
    await sendKeys({ press: 'Tab' }); // Choose another service
    await sendKeys({ press: 'Tab' }); // the first radio
    expect((focused() as HTMLInputElement).value).to.equal('insured');
    await sendKeys({ type: ' ' });
    await waitUntil(() => root(el).querySelector('#plan'), 'no plan picker');
    await sendKeys({ press: 'Tab' }); // past the second radio (one tab stop per radio group)
    expect(focused()?.id).to.equal('plan');
    const said = liveLog(el);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' }); // Region Health Insurance HMO
    await el.updateComplete;
    // Stepping through the closed list neither recomputes nor announces…
    expect(el.viewState).to.equal('ready');
    expect(said.said).to.deep.equal([]);
    await sendKeys({ press: 'Enter' }); // …Enter (or leaving the list) commits the plan.
    await untilState(el, 'estimate');
    expect(textOf(el)).to.contain('You may pay about $540');
    await waitUntil(() => said.said.length > 0, 'the estimate was not announced');
    expect(said.count(/pay about/), JSON.stringify(said.said)).to.equal(1);
    said.stop();
    await sendKeys({ press: 'Tab' }); // the plan details' summary
    expect(focused()?.localName).to.equal('summary');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('deductible');
    await sendKeys({ type: '0' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '10' }); // coinsurance
    await sendKeys({ press: 'Enter' }); // submits the form
    await waitUntil(() => textOf(el).includes('You may pay about $54'), 'the plan details were not applied');
  });
});

