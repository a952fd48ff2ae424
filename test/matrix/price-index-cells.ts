import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http, type JsonBodyType } from 'msw';
import { createPriceIndexAdapter } from '../../src/adapters/price-index/index.js';
import { joinUrl } from '../../src/adapters/rest/index.js';
import '../../src/widgets/cost-estimator/fd-cost-estimator.js';
import type { CostEstimator } from '../../src/widgets/cost-estimator/cost-estimator.js';
import { BASE, behavioursFor, busyOf, errorText, rawServerText, type MatrixChecks } from '../support/fault-matrix.js';
import { memory } from '../support/fixtures.js';
import { useHandlers } from '../support/msw.js';

export const PRICE_INDEX = 'estimator GET prices.json (static index)';
export const PRICE_INDEX_COLUMNS = [PRICE_INDEX];

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
/** The index the CLI built from the CMS v3.0 example (npm run prices:demo). */
const index = fetch('/test/fixtures/cms-price-transparency/v3-example.prices.json').then((r) => r.json() as Promise<JsonBodyType>);

/**
 * The cost estimator over a static price index, served as a file (msw): every server
 * behaviour on the index download, as the patient types the first search.
 */
export function priceIndexColumns({ cell, expectLocalizedError }: MatrixChecks): void {
  describe(PRICE_INDEX, () => {
    for (const behaviour of behavioursFor('read')) {
      it(behaviour.name, async () => {
        await cell(behaviour, PRICE_INDEX, async () => {
          const body = await index;
          await useHandlers(...behaviour.handlers('get', '/prices.json', memory()), http.get(joinUrl(BASE, '/prices.json'), () => HttpResponse.json(body)));
          const adapter = createPriceIndexAdapter({ url: joinUrl(BASE, '/prices.json') });
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
            focusKept();
            return;
          }
          await waitUntil(() => el.viewState === 'error', `stuck at ${el.viewState}`, { timeout });
          await expectLocalizedError(el, 1000);
          expect(text(el)).not.to.match(rawServerText);
          expect(busyOf(el)).to.equal('false');
          focusKept();
        });
      });
    }
  });
}
