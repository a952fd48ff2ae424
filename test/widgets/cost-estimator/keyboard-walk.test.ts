import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/cost-estimator/fd-cost-estimator.js';
import type { CostEstimator } from '../../../src/widgets/cost-estimator/cost-estimator.js';
import { memory, textOf, untilState } from '../../support/fixtures.js';
import { deepActive, focusReaches, press, tabTo, typeText } from '../../support/keys.js';
import { liveLog } from '../../support/live.js';

/**
 * The estimate by keys alone (no `focus()`, no `click()`): from the page's Tab order into the
 * search, arrows and Enter choose a service, Space "I have insurance", arrows through the closed
 * plan list (no recompute, nothing said), Enter commits: the estimate is said once. After every
 * key focus is somewhere with the widget's focus ring (test/support/keys.ts).
 */
describe('fd-cost-estimator: keys only', () => {
  it('search, choose, insurance, plan, estimate — said once, only when the plan is committed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button>Before the estimator</button>
      <fd-cost-estimator .adapter=${memory()} .debounce=${0} locale="en"></fd-cost-estimator>
    </div>`);
    const el = wrapper.querySelector<CostEstimator>('fd-cost-estimator')!;
    await untilState(el);
    wrapper.querySelector('button')!.focus(); // the page's own starting point; everything after is keys

    await tabTo((e) => e.id === 'search', 'the search field');
    await typeText('ct scan');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[role=option]').length > 0, 'no suggestions', { timeout: 4000 });
    await press('ArrowDown');
    await press('Enter');
    await untilState(el, 'ready');
    await tabTo((e) => e.matches('input[name=mode]'), 'the insurance choice');
    if ((deepActive() as HTMLInputElement).value !== 'insured') await press('ArrowUp');
    await press('Space');
    await waitUntil(() => el.shadowRoot!.querySelector('#plan'), 'no plan picker', { timeout: 4000 });
    await tabTo((e) => e.id === 'plan', 'the plan list');
    const said = liveLog(el);
    await press('ArrowDown');
    await press('ArrowDown');
    await el.updateComplete;
    expect(el.viewState, 'stepping through the closed list recomputed').to.equal('ready');
    expect(said.said, 'stepping through the closed list announced').to.deep.equal([]);
    await press('Enter');
    await untilState(el, 'estimate');
    await waitUntil(() => said.count(/pay about/) === 1, `the estimate not said once: ${JSON.stringify(said.said)}`, { timeout: 4000 });
    expect(textOf(el)).to.match(/You may pay about \$\d/);
    // Focus stayed with the patient's last control, never the page.
    await focusReaches((e) => e.id === 'plan' || e.getRootNode() instanceof ShadowRoot, 'a control of the estimator');
    said.stop();
  });
});
