import type { FrontdeskAdapter, PricingPort } from '../../core/adapter.js';
import { abortReason, FrontdeskError } from '../../core/errors.js';
import type { CallOptions } from '../../core/port.js';
import { categoriesOf, chargesOf, payersOf } from './charges.js';
import { priceIndexVersion, type PriceIndex } from './format.js';
import { check, loadUrl, loadWhole, type Loaded } from './load.js';

export { priceIndexFormat, priceIndexVersion, shardedIndexVersion, type PriceIndex, type PriceIndexManifest } from './format.js';

/** An index handed over in memory must be a whole-file one (format 1). */
function checkWhole(value: unknown): PriceIndex {
  const index = check(value);
  // A sharded index (format 3) is read by its url.
  if (index.version !== priceIndexVersion) throw new FrontdeskError('invalid-response', 'The price index is incomplete.');
  return index;
}

export type PriceIndexAdapterOptions = (
  | {
      /** Where the index built by `frontdesk-prices build` is served (same site or a configured host). */
      url: string;
      /** Replaces the global `fetch` (tests, instrumentation). */
      fetch?: typeof fetch;
    }
  | {
      /** An index already in memory. */
      index: PriceIndex;
    }
) & {
  /** Marks the data as made up: widgets show their "Demo data" marker. */
  demo?: boolean;
};

export interface PriceIndexAdapter extends FrontdeskAdapter {
  pricing: Required<PricingPort>;
}

/** Resolves `work` unless the signal aborts first (the shared index load keeps going for others). */
function abortable<T>(signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  if (!signal) return work();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    work().then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The pricing port over a static price index (`frontdesk-prices build <file> -o prices.json`),
 * for a practice whose website is static files only: on the first call the manifest and the
 * search part are fetched once, and a service's charges (its shard) when it is first asked
 * for; every search and estimate is answered in the browser. A whole-file index (format 1)
 * is still read. A failed load is not kept, so the widget's "Try again" fetches again.
 *
 * ```ts
 * import { createPriceIndexAdapter } from 'frontdesk-widgets/adapters/price-index';
 * configure({ adapter: createPriceIndexAdapter({ url: '/prices.json' }) });
 * ```
 */
export function createPriceIndexAdapter(options: PriceIndexAdapterOptions): PriceIndexAdapter {
  let loading: Promise<Loaded> | undefined;
  const loaded = (): Promise<Loaded> => {
    loading ??= (async () => ('index' in options ? loadWhole(checkWhole(options.index)) : loadUrl(options.url, options.fetch)))();
    loading.catch(() => (loading = undefined));
    return loading;
  };
  const run = <T>(input: CallOptions, answer: (l: Loaded) => T | Promise<T>): Promise<T> => abortable(input.signal, async () => answer(await loaded()));

  const pricing: Required<PricingPort> = {
    searchServices: (input) =>
      run(input, (l) => {
        if (!Number.isInteger(input.limit) || input.limit < 1 || input.limit > 100) {
          throw new FrontdeskError('invalid-input', 'limit must be 1–100.', { fieldErrors: { limit: 'range' } });
        }
        const keep = (i: number) => {
          const s = l.services[i];
          return (!input.category || s.category === input.category) && (!input.setting || s.setting === input.setting || s.setting === 'both');
        };
        return l.search.find(input.query, input.limit, keep).map((i) => l.services[i]);
      }),
    listCategories: (input) => run(input, categoriesOf),
    listPlans: (input) => run(input, payersOf),
    getCharges: (input) =>
      run(input, (l) => {
        const service = l.byId.get(input.serviceId);
        if (service === undefined) throw new FrontdeskError('not-found', 'Unknown service id.');
        const plan = input.planId === undefined ? undefined : l.planById.get(input.planId);
        if (input.planId !== undefined && plan === undefined) throw new FrontdeskError('not-found', 'Unknown plan id.');
        return chargesOf(l, service, plan === undefined ? () => false : (r) => r[1] === plan);
      }),
  };
  return { ...(options.demo ? { demo: true } : {}), pricing };
}
