import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http, type JsonBodyType } from 'msw';
import '../../src/widgets/cost-estimator/fd-cost-estimator.js';
import type { CostEstimator } from '../../src/widgets/cost-estimator/cost-estimator.js';
import { createPriceIndexAdapter, type PriceIndexManifest } from '../../src/adapters/price-index/index.js';
import { shardPath } from '../../src/adapters/price-index/format.js';
import { joinUrl } from '../../src/adapters/rest/index.js';
import { BASE, behavioursFor, busyOf, rawServerText, type Behaviour, type MatrixChecks } from '../support/fault-matrix.js';
import { memory } from '../support/fixtures.js';
import { useHandlers } from '../support/msw.js';
import { searchCell } from './cost-cells.js';

export const PRICE_INDEX = 'estimator GET prices.json (static index)';
export const PRICE_INDEX_SEARCH = 'estimator GET search part (static index)';
export const PRICE_INDEX_SHARD = 'estimator GET charges shard (static index)';
export const PRICE_INDEX_COLUMNS = [PRICE_INDEX, PRICE_INDEX_SEARCH, PRICE_INDEX_SHARD];

/** The sharded index the CLI built from the CMS v3.0 example (npm run prices:demo), served under BASE. */
const FIXTURES = '/test/fixtures/cms-price-transparency';
const manifest = fetch(`${FIXTURES}/v3-example.prices.json`).then((r) => r.json() as Promise<PriceIndexManifest>);
/** Search rows: `[id, description, codes, setting, shard]`. */
const searchRows = manifest.then(async (m) => ((await (await fetch(`${FIXTURES}/${m.search}`)).json()) as { services: [string, string, unknown[], number, number][] }).services);

/** The MRI (CPT 70551, gross $1,200) and a service in another shard. */
async function services() {
  const rows = await searchRows;
  const mri = rows.find((r) => r[2].includes('70551'))!;
  const other = rows.find((r) => r[4] !== mri[4])!;
  return { mri: { id: mri[0], shard: mri[4] }, other: { id: other[0] } };
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** The manifest and every part served as files under BASE, after the behaviour's own handlers for `path`. */
async function serve(behaviour: Behaviour, path: string): Promise<void> {
  const body = (await manifest) as unknown as JsonBodyType;
  await useHandlers(
    ...behaviour.handlers('get', path, memory()),
    http.get(joinUrl(BASE, '/prices.json'), () => HttpResponse.json(body)),
    // The search part, and the shards in their folder (`c.<hash>/<n>.json`).
    http.get(joinUrl(BASE, '/v3-example.prices/*'), async ({ request }) => {
      const response = await fetch(`${FIXTURES}/v3-example.prices/${new URL(request.url).pathname.split('/v3-example.prices/')[1]}`);
      return new HttpResponse(await response.text(), { status: response.status, headers: { 'content-type': 'application/json' } });
    }),
  );
}

const adapter = () => createPriceIndexAdapter({ url: joinUrl(BASE, '/prices.json') });

/**
 * The cost estimator over a static, sharded price index, served as files (msw): every server
 * behaviour on the manifest and on the search part as the patient types the first search, and
 * on one service's charge shard as its estimate opens — where a failed shard is a localized
 * error for that service, and a service of another shard still shows its prices.
 */
export function priceIndexColumns({ cell, expectLocalizedError, expectHonestLoading }: MatrixChecks): void {
  for (const [column, part] of [
    [PRICE_INDEX, async () => '/prices.json'],
    [PRICE_INDEX_SEARCH, async () => `/${(await manifest).search}`],
  ] as const) {
    describe(column, () => {
      for (const behaviour of behavioursFor('read')) {
        it(behaviour.name, async () => {
          await cell(behaviour, column, async () => {
            await serve(behaviour, await part());
            await searchCell(adapter(), behaviour, { expectLocalizedError });
          });
        });
      }
    });
  }

  describe(PRICE_INDEX_SHARD, () => {
    for (const behaviour of behavioursFor('read')) {
      it(behaviour.name, async () => {
        await cell(behaviour, PRICE_INDEX_SHARD, async () => {
          const { mri, other } = await services();
          await serve(behaviour, `/${shardPath(await manifest, mri.shard)}`);
          const shared = adapter();
          const el = await fixture<CostEstimator>(html`<fd-cost-estimator .adapter=${shared} service=${mri.id} locale="en"></fd-cost-estimator>`);
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
          // Only that service: one in another shard, on the same adapter, shows its prices.
          const next = await fixture<CostEstimator>(html`<fd-cost-estimator .adapter=${shared} service=${other.id} locale="en"></fd-cost-estimator>`);
          await waitUntil(() => next.viewState === 'ready' && text(next).includes('$'), `the other service: stuck at ${next.viewState}`, { timeout });
        });
      });
    }
  });
}
