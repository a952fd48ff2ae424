import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { restPaths } from '../../src/adapters/rest/paths.js';
import '../../src/widgets/cost-estimator/fd-cost-estimator.js';
import type { CostEstimator } from '../../src/widgets/cost-estimator/cost-estimator.js';
import type { FrontdeskAdapter } from '../../src/core/adapter.js';
import { behavioursFor, busyOf, errorText, rawServerText, serveWithFault, type Behaviour, type MatrixChecks } from '../support/fault-matrix.js';

export const COST_SEARCH = 'estimator POST /pricing/services/search';
export const COST_CHARGES = 'estimator GET /pricing/…/charges';
export const COST_COLUMNS = [COST_SEARCH, COST_CHARGES];

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/**
 * One search cell: the patient types "mri" into an estimator on `adapter`; the field keeps
 * focus whatever the server does, and the outcome is suggestions, an honest "Searching…" or a
 * localized error. Shared by the REST search column and the static-index column.
 */
export async function searchCell(
  adapter: FrontdeskAdapter,
  behaviour: Behaviour,
  { expectLocalizedError }: Pick<MatrixChecks, 'expectLocalizedError'>,
): Promise<void> {
  const el = await fixture<CostEstimator>(html`<fd-cost-estimator .adapter=${adapter} .debounce=${0} locale="en"></fd-cost-estimator>`);
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  input.focus();
  input.value = 'mri';
  input.dispatchEvent(new Event('input'));
  const timeout = behaviour.timeoutMs ?? 5000;
  const focusKept = (): void => {
    expect(el.shadowRoot!.activeElement, 'focus stays in the search field').to.equal(input);
  };
  await el.updateComplete;
  if (behaviour.outcome === 'pending') {
    const until = performance.now() + 1000;
    while (performance.now() < until) {
      expect(text(el)).to.contain('Searching…');
      expect(errorText(el)).to.equal('');
      await new Promise((r) => setTimeout(r, 100));
    }
    focusKept();
    return;
  }
  if (behaviour.outcome === 'ready') {
    await waitUntil(() => el.shadowRoot!.querySelector('[role=option]'), 'no suggestions', { timeout });
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    focusKept();
    return;
  }
  await waitUntil(() => el.viewState === 'error', `stuck at ${el.viewState}`, { timeout });
  await expectLocalizedError(el, 1000);
  expect(text(el)).not.to.match(rawServerText);
  expect(busyOf(el)).to.equal('false');
  focusKept();
}

/**
 * The cost estimator's columns: the search as the patient types (the field keeps focus
 * whatever the server does) and the charges of a chosen service.
 */
export function costColumns({ cell, expectLocalizedError, expectHonestLoading }: MatrixChecks): void {
  describe(COST_SEARCH, () => {
    for (const behaviour of behavioursFor('read')) {
      it(behaviour.name, async () => {
        await cell(behaviour, COST_SEARCH, async () => {
          const { adapter } = await serveWithFault(behaviour, 'post', restPaths.pricingSearch);
          await searchCell(adapter, behaviour, { expectLocalizedError });
        });
      });
    }
  });

  describe(COST_CHARGES, () => {
    for (const behaviour of behavioursFor('read')) {
      it(behaviour.name, async () => {
        await cell(behaviour, COST_CHARGES, async () => {
          const { adapter } = await serveWithFault(behaviour, 'get', restPaths.pricingCharges);
          const el = await fixture<CostEstimator>(html`<fd-cost-estimator .adapter=${adapter} service="mri-brain" locale="en"></fd-cost-estimator>`);
          const timeout = behaviour.timeoutMs ?? 5000;
          if (behaviour.outcome === 'pending') return expectHonestLoading(el);
          if (behaviour.outcome === 'ready') {
            await waitUntil(() => el.viewState === 'ready' && text(el).includes('$1,200'), `stuck at ${el.viewState}`, { timeout });
            expect(busyOf(el)).to.equal('false');
            return;
          }
          await waitUntil(() => el.viewState === 'error', `stuck at ${el.viewState}`, { timeout });
          await expectLocalizedError(el, 1000);
          expect(text(el)).not.to.match(rawServerText);
          expect(text(el)).not.to.contain('$');
          expect(busyOf(el)).to.equal('false');
        });
      });
    }
  });
}
