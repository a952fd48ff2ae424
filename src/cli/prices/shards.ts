import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import {
  indexSettings,
  priceIndexFormat,
  shardedIndexVersion,
  type ChargeRow,
  type ChargeShard,
  type PriceIndexManifest,
  type RateRow,
  type SearchRow,
  type ServiceRow,
} from '../../adapters/price-index/format.js';
import { methodologies } from '../../core/schemas/pricing.js';
import { rateFields, type RateSpill } from './spill.js';

/** A shard holds services until its JSON would pass this size (≈ 6–10 KB gzip for typical rates). */
export const shardTargetBytes = 48 * 1024;

export interface ShardedIndexData extends Pick<PriceIndexManifest, 'sources' | 'codeTypes' | 'payers' | 'plans' | 'categories' | 'problems'> {
  /** Every text the rates and services point to (algorithms, counts, notes). */
  texts: string[];
  services: ServiceRow[];
  spill: RateSpill;
}

export interface WrittenIndex {
  /** The manifest, the search part and the shards: paths and sizes in bytes. */
  manifest: { path: string; bytes: number };
  search: { path: string; bytes: number };
  shards: { path: string; bytes: number; services: number }[];
}

/** `prices.json` → the folder of its parts, `prices/`, next to it. */
export const partsDir = (output: string): string => join(dirname(output), basename(output, extname(output)));

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Writes a file whole or not at all (a temp file renamed into place). */
function writeAtomically(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

/**
 * Writes the sharded index: the charge shards (one spill partition at a time, services in
 * buckets of about `targetBytes`), then the search part, then the manifest at `output`,
 * last, so a reader never sees a manifest whose parts are missing. Parts are named by content
 * hash in `partsDir(output)`; parts of earlier builds that the new manifest does not name are
 * removed from that folder.
 */
export async function writeShardedIndex(output: string, data: ShardedIndexData, targetBytes = shardTargetBytes): Promise<WrittenIndex> {
  const dir = partsDir(output);
  const folder = basename(dir);
  mkdirSync(dir, { recursive: true });
  const shardOf = new Int32Array(data.services.length).fill(-1);
  const shards: WrittenIndex['shards'] = [];
  const writePart = (prefix: string, text: string) => {
    const name = `${prefix}.${hashOf(text)}.json`;
    writeAtomically(join(dir, name), text);
    return { path: `${folder}/${name}`, bytes: Buffer.byteLength(text) };
  };
  /** Services waiting for their shard, with their rates (text indices still global). */
  let members: { s: number; rates: RateRow[] }[] = [];
  let bytes = 0;
  const writeShard = () => {
    const texts = new Map<number, number>();
    const local = (i: number | null | undefined) => {
      if (i === null || i === undefined) return null;
      let l = texts.get(i);
      if (l === undefined) texts.set(i, (l = texts.size));
      return l;
    };
    const services: ChargeRow[] = [];
    const rates: RateRow[] = [];
    for (const { s, rates: own } of members) {
      const [, , , , gross, cash, min, max, , drugAmount, drugUnit, notes, , source] = data.services[s];
      services.push(trimRow<ChargeRow>([s, gross, cash, min, max, drugAmount, drugUnit, local(notes), source]));
      for (const rate of own) {
        rate[5] = local(rate[5]);
        rate[10] = local(rate[10]);
        rate[11] = local(rate[11]);
        rates.push(trimRow(rate));
      }
      shardOf[s] = shards.length;
    }
    const shard: ChargeShard = { format: 'frontdesk-price-charges', texts: [...texts.keys()].map((i) => data.texts[i]), services, rates };
    shards.push({ ...writePart('c', JSON.stringify(shard)), services: members.length });
    members = [];
    bytes = 0;
  };

  // One partition at a time; a shard may take services of several partitions (small indexes).
  for (let p = 0; p < data.spill.partitions; p++) {
    const numbers = data.spill.read(p);
    const ratesOf = new Map<number, number[]>();
    for (let at = 0; at < numbers.length; at += rateFields) {
      const s = numbers[at];
      const list = ratesOf.get(s);
      if (list) list.push(at);
      else ratesOf.set(s, [at]);
    }
    for (let s = p; s < data.services.length; s += data.spill.partitions) {
      const at = ratesOf.get(s) ?? [];
      // About 40 bytes of JSON per rate, 80 per service.
      const size = at.length * 40 + 80;
      if (members.length && bytes + size > targetBytes) writeShard();
      const v = (i: number) => (Number.isNaN(numbers[i]) ? null : numbers[i]);
      const rates = at.map((i): RateRow => {
        const modifiers = v(i + 12);
        return [s, numbers[i + 1], numbers[i + 2], v(i + 3), v(i + 4), v(i + 5), v(i + 6), v(i + 7), v(i + 8), v(i + 9), v(i + 10), v(i + 11), modifiers === null ? null : data.texts[modifiers]];
      });
      members.push({ s, rates });
      bytes += size;
    }
  }
  if (members.length) writeShard();

  const searchRows = data.services.map(([id, description, codes, setting, , , , , category, , , , plainName], s) =>
    trimRow<SearchRow>([id, description, codes, setting, shardOf[s], category, plainName]),
  );
  const search = writePart('search', JSON.stringify({ format: 'frontdesk-price-search', services: searchRows }));
  const manifest: PriceIndexManifest = {
    format: priceIndexFormat,
    version: shardedIndexVersion,
    sources: data.sources,
    settings: indexSettings,
    codeTypes: data.codeTypes,
    methodologies: [...methodologies],
    payers: data.payers,
    plans: data.plans,
    categories: data.categories,
    search: search.path,
    shards: shards.map((s) => s.path),
    problems: data.problems,
  };
  const manifestText = JSON.stringify(manifest);
  writeAtomically(output, manifestText);
  const keep = new Set([search.path, ...manifest.shards].map((path) => path.slice(folder.length + 1)));
  for (const name of readdirSync(dir)) if (/^(c|search)\.[0-9a-f]{16}\.json$/.test(name) && !keep.has(name)) rmSync(join(dir, name));
  return { manifest: { path: output, bytes: Buffer.byteLength(manifestText) }, search, shards };
}

/** Drops trailing nulls and undefineds. */
function trimRow<T extends unknown[]>(row: T): T {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
  return row.slice(0, end).map((v) => v ?? null) as T;
}
