import { HttpResponse, http, type JsonBodyType } from 'msw';
import { createPriceIndexAdapter } from '../../src/adapters/price-index/index.js';
import { joinUrl } from '../../src/adapters/rest/index.js';
import { BASE, behavioursFor, type MatrixChecks } from '../support/fault-matrix.js';
import { memory } from '../support/fixtures.js';
import { useHandlers } from '../support/msw.js';
import { searchCell } from './cost-cells.js';

export const PRICE_INDEX = 'estimator GET prices.json (static index)';
export const PRICE_INDEX_COLUMNS = [PRICE_INDEX];

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
          await searchCell(adapter, behaviour, { expectLocalizedError });
        });
      });
    }
  });
}
