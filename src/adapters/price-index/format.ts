import type { CareSetting, CodeType, Methodology } from '../../core/schemas/pricing.js';

/**
 * The static price index (`prices.json`) that `frontdesk-prices build` writes and
 * `createPriceIndexAdapter` reads. Compact: rows are arrays, repeated strings (payers, plans,
 * code types, methodologies, algorithm and note texts) are dictionary-coded, money is integer
 * cents, and a missing value is `null` (trailing nulls are dropped).
 *
 * Bump `version` on any change a reader could misread; readers refuse versions they do not know.
 */
export const priceIndexFormat = 'frontdesk-price-index';
export const priceIndexVersion = 1;

/** `[type index, code, type index, code, …]` into `codeTypes`. */
export type CodeList = (number | string)[];

/**
 * A service: `[id, description, codes, setting, gross, cash, min, max, category, drugAmount,
 * drugUnit, notes (text index), plainName, source (index into `sources`, default 0)]`.
 */
export type ServiceRow = [
  id: string,
  description: string,
  codes: CodeList,
  setting: 0 | 1 | 2,
  gross?: number | null,
  cash?: number | null,
  min?: number | null,
  max?: number | null,
  category?: number | null,
  drugAmount?: number | null,
  drugUnit?: string | null,
  notes?: number | null,
  plainName?: string | null,
  source?: number | null,
];

/**
 * A negotiated rate: `[service, plan, methodology, dollar, percentage, algorithm (text),
 * estimated, median, p10, p90, count (text), notes (text), modifiers]`.
 */
export type RateRow = [
  service: number,
  plan: number,
  methodology: number,
  dollar?: number | null,
  percentage?: number | null,
  algorithm?: number | null,
  estimated?: number | null,
  median?: number | null,
  p10?: number | null,
  p90?: number | null,
  count?: number | null,
  notes?: number | null,
  modifiers?: string | null,
];

/** One price file the index was built from. */
export interface PriceIndexSource {
  fileName: string;
  /** `YYYY-MM-DD`. */
  lastUpdatedOn: string;
  /** The CMS template version of the source file. */
  version: string;
  hospitalName?: string;
  url?: string;
  fileFormat: 'json' | 'csv-tall' | 'csv-wide';
  locations?: string[];
}

export interface PriceIndex {
  format: typeof priceIndexFormat;
  version: typeof priceIndexVersion;
  /** The files the index was built from (a hospital's and its clinics', say); services point here. */
  sources: PriceIndexSource[];
  settings: readonly CareSetting[];
  codeTypes: CodeType[];
  methodologies: Methodology[];
  payers: string[];
  /** `[payer index, plan name]`. */
  plans: [number, string][];
  /** `[id, name]`. */
  categories: [string, string][];
  texts: string[];
  services: ServiceRow[];
  rates: RateRow[];
  /** How many problems the indexer reported (details are in its output, not here). */
  problems: { errors: number; warnings: number };
}

export const indexSettings = ['inpatient', 'outpatient', 'both'] as const satisfies readonly CareSetting[];

/** `Platform Health Insurance` → `platform-health-insurance` (payer and plan ids). */
export const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'x';

/** Plan ids are unique across payers: `<payer>--<plan>`. */
export const planId = (payer: string, plan: string): string => `${slug(payer)}--${slug(plan)}`;

/**
 * The sharded index (format version 3) that `frontdesk-prices build` writes: the file the
 * page points at is a small manifest; the search part (what a search needs) loads on first
 * use, and each service's charges live in one shard (a bucket of services) that loads when
 * the service is chosen. Part names carry a hash of their content, so a CDN may cache them
 * forever; only the manifest changes name-free. Paths are relative to the manifest. The shards
 * are numbered in one folder named by a hash over all of them (`shardPath`), so the manifest
 * stays a few hundred bytes however many shards a big file needs (format 2 listed each one:
 * 100 KB gzip of names for 10,000 shards, loaded on the first search).
 */
export const shardedIndexVersion = 3;

export interface PriceIndexManifest {
  format: typeof priceIndexFormat;
  version: typeof shardedIndexVersion;
  sources: PriceIndexSource[];
  settings: readonly CareSetting[];
  codeTypes: CodeType[];
  methodologies: Methodology[];
  payers: string[];
  plans: [number, string][];
  categories: [string, string][];
  /** The search part: `{ services: SearchRow[] }`. */
  search: string;
  /** The charge shards' folder (`prices/c.<hash>/`): shard `n` (`SearchRow[shard]`) is `shardPath(manifest, n)`. */
  shards: string;
  /** How many shards. */
  shardCount: number;
  problems: { errors: number; warnings: number };
}

/** Where charge shard `n` is, relative to the manifest. */
export const shardPath = (manifest: Pick<PriceIndexManifest, 'shards'>, n: number): string => `${manifest.shards}${n}.json`;

/** What a search needs of a service: `[id, description, codes, setting, shard, category, plainName]`. */
export type SearchRow = [id: string, description: string, codes: CodeList, setting: 0 | 1 | 2, shard: number, category?: number | null, plainName?: string | null];

/** A service's own amounts in its shard: `[service, gross, cash, min, max, drugAmount, drugUnit, notes (text), source]`. */
export type ChargeRow = [
  service: number,
  gross?: number | null,
  cash?: number | null,
  min?: number | null,
  max?: number | null,
  drugAmount?: number | null,
  drugUnit?: string | null,
  notes?: number | null,
  source?: number | null,
];

/** One shard: its services' amounts and rates; text indices point into its own `texts`. */
export interface ChargeShard {
  format: 'frontdesk-price-charges';
  texts: string[];
  services: ChargeRow[];
  rates: RateRow[];
}
