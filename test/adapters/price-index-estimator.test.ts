import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createPriceIndexAdapter } from '../../src/adapters/price-index/index.js';
import '../../src/widgets/cost-estimator/fd-cost-estimator.js';
import type { CostEstimator } from '../../src/widgets/cost-estimator/cost-estimator.js';
import type { EstimateDetail } from '../../src/widgets/cost-estimator/events.js';
import { textOf } from '../support/fixtures.js';

// The static-website path end to end: the estimator over the index the CLI built from the CMS
// v3.0 example file (test/fixtures/cms-price-transparency/v3-example.prices.json), no server behind it.
const root = (el: CostEstimator) => el.shadowRoot!;
const options = (el: CostEstimator) => [...root(el).querySelectorAll<HTMLElement>('[role=option]')];

async function mount(): Promise<CostEstimator> {
  const adapter = createPriceIndexAdapter({ url: '/test/fixtures/cms-price-transparency/v3-example.prices.json' });
  return fixture<CostEstimator>(html`<fd-cost-estimator .adapter=${adapter} .debounce=${0}></fd-cost-estimator>`);
}

async function choose(el: CostEstimator, text: string): Promise<void> {
  root(el).querySelector<HTMLInputElement>('#search')!.focus();
  await sendKeys({ type: text });
  await waitUntil(() => options(el).length > 0, 'no suggestions', { timeout: 5000 });
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => root(el).querySelector('input[name=mode]'), 'no payment choice', { timeout: 5000 });
}

async function pay(el: CostEstimator, mode: 'insured' | 'self-pay', planId?: string) {
  root(el).querySelector<HTMLInputElement>(`input[name=mode][value=${mode}]`)!.click();
  await el.updateComplete;
  if (!planId) return;
  await waitUntil(() => root(el).querySelector('#plan'), 'no plan picker');
  const select = root(el).querySelector<HTMLSelectElement>('#plan')!;
  select.value = planId;
  select.dispatchEvent(new Event('change'));
}

describe('fd-cost-estimator over a static price index', () => {
  it('finds a service by plain name, shows its codes, list price and the source file', async () => {
    const el = await mount();
    await choose(el, 'brain');
    await waitUntil(() => textOf(el).includes('$1,200'), 'no list price');
    const text = textOf(el);
    expect(text).to.contain('Brain MRI');
    expect(text).to.contain('CPT 70551');
    expect(text).to.contain('$1,200');
    expect(text).to.contain('v3-example.json');
    await expect(el).to.be.accessible();
  });

  it('self-pay: the discounted cash price', async () => {
    const el = await mount();
    await choose(el, '70551');
    const estimate = oneEvent<CustomEvent<EstimateDetail>>(el, 'fd-estimate');
    await pay(el, 'self-pay');
    const { detail } = await estimate;
    expect(detail).to.deep.equal({ serviceCode: '70551', codeType: 'CPT', planId: 'self-pay', low: 108_000, high: 108_000 });
    await waitUntil(() => textOf(el).includes('$1,080'), 'no cash price shown');
    await expect(el).to.be.accessible();
  });

  it('insured: the plan from the file, an estimate no higher than its negotiated rate', async () => {
    const el = await mount();
    await choose(el, 'brain mri');
    await pay(el, 'insured');
    const estimate = oneEvent<CustomEvent<EstimateDetail>>(el, 'fd-estimate');
    await pay(el, 'insured', 'platform-health-insurance--ppo');
    const { detail } = await estimate;
    expect(detail.planId).to.equal('platform-health-insurance--ppo');
    expect(detail.serviceCode).to.equal('70551');
    expect(detail.low).to.be.at.most(detail.high);
    expect(detail.high).to.be.at.most(40_000);
    await waitUntil(() => textOf(el).includes('$400'), 'no negotiated rate shown');
    await expect(el).to.be.accessible();
  });

  it('an algorithm with percentiles: a range, not a single figure', async () => {
    const el = await mount();
    await choose(el, 'pacemaker');
    const estimate = oneEvent<CustomEvent<EstimateDetail>>(el, 'fd-estimate');
    await pay(el, 'insured', 'region-health-insurance--hmo');
    const { detail } = await estimate;
    expect(detail.serviceCode).to.equal('C1785');
    expect(detail.low).to.be.below(detail.high);
  });
});
