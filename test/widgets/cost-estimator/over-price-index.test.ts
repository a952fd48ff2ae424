import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createPriceIndexAdapter } from '../../../src/adapters/price-index/index.js';
import '../../../src/widgets/cost-estimator/fd-cost-estimator.js';
import type { CostEstimator } from '../../../src/widgets/cost-estimator/cost-estimator.js';
import type { EstimateDetail } from '../../../src/widgets/cost-estimator/events.js';
import { textOf, untilState } from '../../support/fixtures.js';

// A practice with only a static website: the widget over the index `frontdesk-prices build`
// made from the practice's own CMS file (demo/data/prices.json), nothing else.
describe('fd-cost-estimator over a static price index', () => {
  it('search by keyboard, choose the plan, see the estimate from the published rate', async () => {
    const adapter = createPriceIndexAdapter({ url: '/demo/data/prices.json' });
    const el = await fixture<CostEstimator>(html`<fd-cost-estimator .adapter=${adapter} .debounce=${0}></fd-cost-estimator>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    input.focus();
    await sendKeys({ type: 'chest x-ray' });
    await waitUntil(() => el.shadowRoot!.querySelector('[role=option]'), 'no suggestions from the index', { timeout: 5000 });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await untilState(el, 'ready');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name=mode][value=insured]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#plan option[value]:not([value=""])'), 'no plans from the index');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#plan')!;
    const region = [...select.options].find((o) => o.textContent.includes('Region'))!;
    const estimate = oneEvent(el, 'fd-estimate');
    select.value = region.value;
    select.dispatchEvent(new Event('change'));
    const { detail } = (await estimate) as CustomEvent<EstimateDetail>;
    expect(detail).to.include({ serviceCode: '71046', low: 4_900, high: 4_900 });
    await untilState(el, 'estimate');
    expect(textOf(el)).to.contain('You may pay about $49');
    // The source named is the practice's own file, not another hospital's.
    expect(textOf(el)).to.match(/Desert Sage Health.*updated March 1, 2026/s);
    expect(textOf(el)).to.contain('desert-sage-standard-charges.csv').and.not.contain('West Mercy');
    await expect(el).to.be.accessible();
  });
});
