import type { FrontdeskAdapter, PricingPort } from '../../core/adapter.js';
import { abortReason, FrontdeskError } from '../../core/errors.js';
import { errorFromResponse } from '../../core/http.js';
import type { CallOptions } from '../../core/port.js';
import type { Category, Charges, NegotiatedRate, Payer, Service } from '../../core/schemas/pricing.js';
import { indexSettings, planId, priceIndexFormat, priceIndexVersion, slug, type PriceIndex, type RateRow } from './format.js';
import { ServiceSearch } from './search.js';

export { priceIndexFormat, priceIndexVersion, type PriceIndex } from './format.js';

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

/** What the adapter derives from an index once, when it loads. */
interface Loaded {
  index: PriceIndex;
  services: Service[];
  byId: Map<string, number>;
  planIds: string[];
  planById: Map<string, number>;
  ratesOf: number[][];
  search: ServiceSearch;
}

const isArray = Array.isArray;

/** The index's header: the right format, a version this reader knows, the tables it needs. */
function check(value: unknown): PriceIndex {
  const index = value as Partial<PriceIndex> | null;
  if (!index || typeof index !== 'object' || index.format !== priceIndexFormat) {
    throw new FrontdeskError('invalid-response', 'Not a Frontdesk price index.');
  }
  if (index.version !== priceIndexVersion) {
    throw new FrontdeskError('invalid-response', `Price index version ${String(index.version)} is not supported (expected ${priceIndexVersion}); rebuild it with this version of frontdesk-prices.`);
  }
  const tables = [index.services, index.rates, index.plans, index.payers, index.codeTypes, index.methodologies, index.texts, index.categories];
  if (!tables.every(isArray) || !isArray(index.sources) || !index.sources.length) throw new FrontdeskError('invalid-response', 'The price index is incomplete.');
  return index as PriceIndex;
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function load(index: PriceIndex): Loaded {
  const services = index.services.map((row): Service => {
    const [id, description, codes, setting, , , , , category, , , , plainName] = row;
    const pairs: Service['codes'] = [];
    for (let i = 0; i + 1 < codes.length; i += 2) pairs.push({ type: index.codeTypes[codes[i] as number], code: String(codes[i + 1]) });
    return {
      id,
      description,
      codes: pairs,
      setting: indexSettings[setting],
      ...(present(plainName) ? { plainName } : {}),
      ...(present(category) && index.categories[category] ? { category: index.categories[category][0] } : {}),
    };
  });
  const ratesOf: number[][] = services.map(() => []);
  index.rates.forEach((rate, i) => ratesOf[rate[0]]?.push(i));
  const planIds = index.plans.map(([payer, plan]) => planId(index.payers[payer] ?? '', plan));
  return {
    index,
    services,
    byId: new Map(services.map((s, i) => [s.id, i])),
    planIds,
    planById: new Map(planIds.map((id, i) => [id, i])),
    ratesOf,
    search: new ServiceSearch(services),
  };
}

function rateOf(loaded: Loaded, row: RateRow): NegotiatedRate {
  const { index } = loaded;
  const [, plan, methodology, dollar, percentage, algorithm, estimated, median, p10, p90, count, notes, modifiers] = row;
  const text = (i: number | null | undefined) => (present(i) ? index.texts[i] : undefined);
  const fields: Partial<NegotiatedRate> = {
    dollar: dollar ?? undefined,
    percentage: percentage ?? undefined,
    algorithm: text(algorithm),
    estimatedAmount: estimated ?? undefined,
    medianAmount: median ?? undefined,
    p10: p10 ?? undefined,
    p90: p90 ?? undefined,
    count: text(count),
    modifiers: present(modifiers) ? modifiers.split('|') : undefined,
    notes: text(notes),
  };
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return { planId: loaded.planIds[plan], methodology: index.methodologies[methodology] ?? 'other', ...defined };
}

function chargesOf(loaded: Loaded, service: number, plan: number | undefined): Charges {
  const { index } = loaded;
  const [, , , , gross, cash, min, max, , drugAmount, drugUnit, notes, , from] = index.services[service];
  const { fileName, lastUpdatedOn, version, hospitalName, url } = index.sources[from ?? 0] ?? index.sources[0];
  const rates = plan === undefined ? [] : loaded.ratesOf[service].map((i) => index.rates[i]).filter((r) => r[1] === plan);
  return {
    service: loaded.services[service],
    ...(present(gross) ? { grossCharge: gross } : {}),
    ...(present(cash) ? { discountedCash: cash } : {}),
    ...(present(min) ? { minNegotiated: min } : {}),
    ...(present(max) ? { maxNegotiated: max } : {}),
    rates: rates.map((r) => rateOf(loaded, r)),
    ...(present(drugAmount) && present(drugUnit) ? { drug: { amount: drugAmount, unit: drugUnit } } : {}),
    ...(present(notes) && present(index.texts[notes]) ? { notes: index.texts[notes] } : {}),
    source: { fileName, lastUpdatedOn, version, ...(hospitalName ? { hospitalName } : {}), ...(url ? { url } : {}) },
  };
}

/**
 * Fetches the index. Unlike `requestJson`, any content type is accepted (static hosts and
 * buckets often serve `.json` as `text/plain` or `application/octet-stream`): the format
 * marker checked next is what proves the file is a price index.
 */
async function fetchIndex(url: string, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { accept: 'application/json' } });
  } catch (error) {
    throw new FrontdeskError('network', 'The price index could not be downloaded.', { cause: error });
  }
  if (!response.ok) throw errorFromResponse(response.status, response.headers);
  try {
    return await response.json();
  } catch (error) {
    throw new FrontdeskError('invalid-response', 'The price index is not valid JSON.', { cause: error });
  }
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
 * for a practice whose website is static files only: the index is fetched once, on the first
 * call, and every search and estimate is answered in the browser. A failed load is not kept,
 * so the widget's "Try again" fetches again.
 *
 * ```ts
 * import { createPriceIndexAdapter } from 'frontdesk-widgets/adapters/price-index';
 * configure({ adapter: createPriceIndexAdapter({ url: '/prices.json' }) });
 * ```
 */
export function createPriceIndexAdapter(options: PriceIndexAdapterOptions): PriceIndexAdapter {
  let loading: Promise<Loaded> | undefined;
  const loaded = (): Promise<Loaded> => {
    loading ??= (async () => load(check('index' in options ? options.index : await fetchIndex(options.url, options.fetch))))();
    loading.catch(() => (loading = undefined));
    return loading;
  };
  const run = <T>(input: CallOptions, answer: (l: Loaded) => T): Promise<T> => abortable(input.signal, async () => answer(await loaded()));

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
    listCategories: (input) =>
      run(input, (l) =>
        l.index.categories
          .map(([id, name]): Category => ({ id, name, count: l.services.filter((s) => s.category === id).length }))
          .filter((c) => c.count),
      ),
    listPlans: (input) =>
      run(input, (l) => {
        const payers = new Map<number, Payer>();
        l.index.plans.forEach(([payer, name], i) => {
          const entry = payers.get(payer) ?? { id: slug(l.index.payers[payer] ?? ''), name: l.index.payers[payer] ?? '', plans: [] };
          entry.plans.push({ id: l.planIds[i], name });
          payers.set(payer, entry);
        });
        return [...payers.values()];
      }),
    getCharges: (input) =>
      run(input, (l) => {
        const service = l.byId.get(input.serviceId);
        if (service === undefined) throw new FrontdeskError('not-found', 'Unknown service id.');
        const plan = input.planId === undefined ? undefined : l.planById.get(input.planId);
        if (input.planId !== undefined && plan === undefined) throw new FrontdeskError('not-found', 'Unknown plan id.');
        return chargesOf(l, service, plan);
      }),
  };
  return { ...(options.demo ? { demo: true } : {}), pricing };
}
