import { FrontdeskError } from '../../core/errors.js';
import { errorFromResponse } from '../../core/http.js';
import type { Service } from '../../core/schemas/pricing.js';
import {
  indexSettings,
  planId,
  priceIndexFormat,
  priceIndexVersion,
  shardedIndexVersion,
  type ChargeRow,
  type ChargeShard,
  type CodeList,
  type PriceIndex,
  type PriceIndexManifest,
  type PriceIndexSource,
  type RateRow,
  type SearchRow,
  shardPath,
} from './format.js';
import { ServiceSearch } from './search.js';

/** One service's charges as the adapter answers them: its amounts, its rates, the texts they point to. */
export interface ServiceCharges {
  row: ChargeRow;
  rates: RateRow[];
  texts: readonly string[];
}

/** What the adapter derives from an index once, when it loads (either format). */
export interface Loaded {
  header: Pick<PriceIndex, 'sources' | 'methodologies' | 'payers' | 'plans' | 'categories'>;
  services: Service[];
  byId: Map<string, number>;
  planIds: string[];
  planById: Map<string, number>;
  search: ServiceSearch;
  /** The charges of service `s` (format 3: its shard, fetched once). */
  charges(s: number): Promise<ServiceCharges>;
}

const isArray = Array.isArray;
const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;
/** A part of a sharded index that is not what its manifest promises (the charges of its services fail). */
const damaged = 'A part of the price index is missing or damaged.';
const invalid = (message: string, cause?: unknown) => new FrontdeskError('invalid-response', message, { cause });

/**
 * Fetches one file of the index. Unlike `requestJson`, any content type is accepted (static
 * hosts and buckets often serve `.json` as `text/plain` or `application/octet-stream`): the
 * format marker checked next is what proves the file is a price index.
 */
async function fetchJson(url: string, fetchImpl: typeof fetch): Promise<unknown> {
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
    throw invalid('The price index is not valid JSON.', error);
  }
}

function serviceOf(codeTypes: readonly string[], categories: PriceIndex['categories'], [id, description, codes, setting, category, plainName]: [string, string, CodeList, 0 | 1 | 2, number | null | undefined, string | null | undefined]): Service {
  const pairs: Service['codes'] = [];
  for (let i = 0; i + 1 < codes.length; i += 2) pairs.push({ type: codeTypes[codes[i] as number] as Service['codes'][number]['type'], code: String(codes[i + 1]) });
  return {
    id,
    description,
    codes: pairs,
    setting: indexSettings[setting],
    ...(present(plainName) ? { plainName } : {}),
    ...(present(category) && categories[category] ? { category: categories[category][0] } : {}),
  };
}

function derive(header: Loaded['header'], services: Service[], charges: Loaded['charges']): Loaded {
  const planIds = header.plans.map(([payer, plan]) => planId(header.payers[payer] ?? '', plan));
  return {
    header,
    services,
    byId: new Map(services.map((s, i) => [s.id, i])),
    planIds,
    planById: new Map(planIds.map((id, i) => [id, i])),
    search: new ServiceSearch(services),
    charges,
  };
}

/** The whole-file index (format 1, and the adapter's `{ index }` option). */
export function loadWhole(index: PriceIndex): Loaded {
  const services = index.services.map((row) => serviceOf(index.codeTypes, index.categories, [row[0], row[1], row[2], row[3], row[8], row[12]]));
  const ratesOf: RateRow[][] = services.map(() => []);
  for (const rate of index.rates) ratesOf[rate[0]]?.push(rate);
  return derive(index, services, async (s) => {
    const [, , , , gross, cash, min, max, , drugAmount, drugUnit, notes, , source] = index.services[s];
    return { row: [s, gross, cash, min, max, drugAmount, drugUnit, notes, source], rates: ratesOf[s], texts: index.texts };
  });
}

/** The header of either format: the right format, a version this reader knows, the tables it needs. */
export function check(value: unknown): PriceIndex | PriceIndexManifest {
  const index = value as (Partial<Omit<PriceIndex, 'version'>> & Partial<Omit<PriceIndexManifest, 'version'>> & { version?: unknown }) | null;
  if (!index || typeof index !== 'object' || index.format !== priceIndexFormat) throw invalid('Not a Frontdesk price index.');
  if (index.version !== priceIndexVersion && index.version !== shardedIndexVersion) {
    throw invalid('Unknown price index version: rebuild it with this frontdesk-prices.');
  }
  const tables: unknown[] = [index.plans, index.payers, index.codeTypes, index.methodologies, index.categories];
  if (index.version === priceIndexVersion) tables.push(index.services, index.rates, index.texts);
  if (!tables.every(isArray) || !isArray(index.sources) || !index.sources.length || (index.version === shardedIndexVersion && (typeof index.search !== 'string' || typeof index.shards !== 'string'))) {
    throw invalid('The price index is incomplete.');
  }
  return index as unknown as PriceIndex | PriceIndexManifest;
}

/**
 * The sharded index (format 3): the manifest at `url`, then its search part; each shard is
 * fetched when one of its services is asked for and kept. A shard that fails (missing,
 * corrupt) fails only its services' charges, and is fetched again on the next call.
 */
export async function loadSharded(manifest: PriceIndexManifest, url: string, fetchImpl: typeof fetch): Promise<Loaded> {
  // The document base: an iframe from srcdoc has no URL of its own, but its parent base.
  const base = new URL(url, globalThis.document?.baseURI);
  const part = (path: string) => new URL(path, base).href;
  const search = (await fetchJson(part(manifest.search), fetchImpl)) as { format?: unknown; services?: unknown } | null;
  if (search?.format !== 'frontdesk-price-search' || !isArray(search.services)) throw invalid(damaged);
  const rows = search.services as SearchRow[];
  const services = rows.map((row) => serviceOf(manifest.codeTypes, manifest.categories, [row[0], row[1], row[2], row[3], row[5], row[6]]));
  const shards = new Map<number, Promise<ChargeShard>>();
  const shard = (n: number): Promise<ChargeShard> => {
    let loading = shards.get(n);
    if (!loading) {
      loading = (async () => {
        const value = (n < manifest.shardCount ? await fetchJson(part(shardPath(manifest, n)), fetchImpl) : null) as Partial<ChargeShard> | null;
        if (value?.format !== 'frontdesk-price-charges' || !isArray(value.services) || !isArray(value.rates) || !isArray(value.texts)) throw invalid(damaged);
        return value as ChargeShard;
      })();
      shards.set(n, loading);
      loading.catch(() => shards.delete(n));
    }
    return loading;
  };
  return derive(manifest, services, async (s) => {
    const { services: charged, rates, texts } = await shard(rows[s][4]);
    const row = charged.find((r) => r[0] === s);
    if (!row) throw invalid(damaged);
    return { row, rates: rates.filter((r) => r[0] === s), texts };
  });
}

/** Fetches and loads the index at `url`, whichever format it has. */
export async function loadUrl(url: string, fetchImpl: typeof fetch = fetch): Promise<Loaded> {
  const index = check(await fetchJson(url, fetchImpl));
  return index.version === shardedIndexVersion ? loadSharded(index, url, fetchImpl) : loadWhole(index);
}

export type { PriceIndexSource };
