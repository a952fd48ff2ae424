import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import {
  indexSettings,
  priceIndexFormat,
  shardedIndexVersion,
  type ChargeRow,
  type PriceIndexManifest,
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
 * Part files written in the background (the disk works while the next shard is built), at
 * most `ahead` at a time; the first failure is thrown by the next `drain`.
 */
class PartWrites {
  private readonly pending: Promise<void>[] = [];
  private failed: { error: unknown } | undefined;
  /**
   * Buffers the texts are encoded into, reused: a new Buffer per part (thousands of them, up to
   * hundreds of KB each in a big build) lives outside the heap until a GC frees it, and RSS grew
   * with the number of parts.
   */
  private readonly buffers: Buffer[] = [];

  constructor(private readonly ahead = 8) {}

  /** Writes `text` to `temp` and renames it to `path` (or leaves it at `temp` without a `path`). */
  async add(temp: string, text: string, path?: string): Promise<void> {
    const size = Buffer.byteLength(text);
    let buffer = this.buffers.pop();
    if (!buffer || buffer.length < size) buffer = Buffer.allocUnsafe(Math.max(size, 64 * 1024));
    const bytes = buffer.subarray(0, buffer.write(text));
    const reuse = buffer;
    this.pending.push(
      writeFile(temp, bytes)
        .then(() => (path === undefined ? undefined : rename(temp, path)))
        .catch((error: unknown) => void (this.failed ??= { error }))
        .finally(() => this.buffers.push(reuse)),
    );
    await this.drain(this.ahead);
  }

  /** Waits until at most `left` writes are pending. */
  async drain(left = 0): Promise<void> {
    while (this.pending.length > left) await this.pending.shift();
    if (this.failed) throw this.failed.error;
  }
}

/**
 * Writes the sharded index: the charge shards (one spill partition at a time, services in
 * buckets of about `targetBytes`), then the search part, then the manifest at `output`,
 * last, so a reader never sees a manifest whose parts are missing. Parts are named by content
 * hash in `partsDir(output)`; parts of earlier builds that the new manifest does not name are
 * removed from that folder.
 */
export async function writeShardedIndex(output: string, data: ShardedIndexData, targetBytes = shardTargetBytes): Promise<WrittenIndex> {
  try {
    return await writeParts(output, data, targetBytes);
  } catch (error) {
    // A failed build leaves no temporary shards behind (the parts of the last good build stay).
    const dir = partsDir(output);
    for (const name of existsSync(dir) ? readdirSync(dir) : []) if (name.endsWith(`.${process.pid}.tmp`)) rmSync(join(dir, name), { force: true });
    throw error;
  }
}

async function writeParts(output: string, data: ShardedIndexData, targetBytes: number): Promise<WrittenIndex> {
  const dir = partsDir(output);
  const folder = basename(dir);
  mkdirSync(dir, { recursive: true });
  const shardOf = new Int32Array(data.services.length).fill(-1);
  const shards: WrittenIndex['shards'] = [];
  const writes = new PartWrites();
  /**
   * Shards go to temporary files first: their common name is a hash of all of them (in order),
   * known once the last is written.
   */
  const temp = (n: number) => join(dir, `c.${n}.${process.pid}.tmp`);
  const shardsHash = createHash('sha256');
  const writeShardPart = async (text: string) => {
    const n = shards.length;
    shardsHash.update(`${text.length}:${text}`);
    await writes.add(temp(n), text);
    return { path: temp(n), bytes: Buffer.byteLength(text) };
  };
  /** Services waiting for their shard: their amounts and their rates as JSON text. */
  let members: number[] = [];
  let rates: string[] = [];
  let texts = new Map<number, number>();
  let bytes = 0;
  /** A global text index → this shard's (texts are numbered in the order the shard first uses them). */
  const local = (i: number) => {
    let l = texts.get(i);
    if (l === undefined) texts.set(i, (l = texts.size));
    return l;
  };
  const writeShard = async () => {
    const shardTexts = JSON.stringify([...texts.keys()].map((i) => data.texts[i]));
    const services = members.map((s) => {
      const [, , , , gross, cash, min, max, , drugAmount, drugUnit, notes, , source] = data.services[s];
      return JSON.stringify(trimRow<ChargeRow>([s, gross, cash, min, max, drugAmount, drugUnit, notes === null || notes === undefined ? null : (texts.get(notes) ?? null), source]));
    });
    // The key order of `ChargeShard`.
    const text = `{"format":"frontdesk-price-charges","texts":${shardTexts},"services":[${services.join(',')}],"rates":[${rates.join(',')}]}`;
    const count = members.length;
    members = [];
    rates = [];
    texts = new Map();
    bytes = 0;
    shards.push({ ...(await writeShardPart(text)), services: count });
  };

  /**
   * Service `s`'s rates as JSON, numbered in the shard being filled, and their size in bytes of
   * JSON (its amounts row counted as 80): measured, not estimated, so shards fill to the target
   * whatever a rate weighs (a wide file's rates are a third of the 40 bytes once assumed, and
   * each service got a shard of its own: 10,000 part names in the manifest).
   */
  const serviceRates = (s: number, from: number, to: number, numbers: Float64Array) => {
    // The service's notes come first in the shard's texts, then its rates' texts.
    const notes = data.services[s][11];
    if (notes !== null && notes !== undefined) local(notes);
    const json: string[] = [];
    let size = 80;
    for (let r = from; r < to; r++) {
      const row = rateJson(numbers, r * rateFields, local, data.texts);
      json.push(row);
      size += row.length + 1;
    }
    return { json, size };
  };

  // One partition at a time; a shard may take services of several partitions (small indexes).
  for (let p = 0; p < data.spill.partitions; p++) {
    for (const { first, count, starts, numbers } of data.spill.read(p, data.services.length)) {
      for (let i = 0; i < count; i++) {
        const s = first + i * data.spill.partitions;
        const known = texts.size;
        let service = serviceRates(s, starts[i], starts[i + 1], numbers);
        if (members.length && bytes + service.size > targetBytes) {
          // It goes to the next shard: the texts it added here are taken back.
          for (const [text, l] of texts) if (l >= known) texts.delete(text);
          await writeShard();
          service = serviceRates(s, starts[i], starts[i + 1], numbers);
        }
        members.push(s);
        shardOf[s] = shards.length;
        for (const row of service.json) rates.push(row);
        bytes += service.size;
      }
    }
  }
  if (members.length) await writeShard();

  const searchRows = data.services.map(([id, description, codes, setting, , , , , category, , , , plainName], s) =>
    trimRow<SearchRow>([id, description, codes, setting, shardOf[s], category, plainName]),
  );
  await writes.drain();
  const shardsName = `c.${shardsHash.digest('hex').slice(0, 16)}.`;
  for (const [n, shard] of shards.entries()) {
    const name = `${shardsName}${n}.json`;
    renameSync(shard.path, join(dir, name));
    shard.path = `${folder}/${name}`;
  }
  const searchText = JSON.stringify({ format: 'frontdesk-price-search', services: searchRows });
  const searchName = `search.${hashOf(searchText)}.json`;
  await writes.add(join(dir, `${searchName}.${process.pid}.tmp`), searchText, join(dir, searchName));
  const search = { path: `${folder}/${searchName}`, bytes: Buffer.byteLength(searchText) };
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
    shards: `${folder}/${shardsName}`,
    shardCount: shards.length,
    problems: data.problems,
  };
  const manifestText = JSON.stringify(manifest);
  // Every part is in place before the manifest that names them.
  await writes.drain();
  writeAtomically(output, manifestText);
  const keep = new Set([search.path, ...shards.map((s) => s.path)].map((path) => path.slice(folder.length + 1)));
  for (const name of readdirSync(dir)) if (/^(c|search)\.[0-9a-f]{16}\.(\d+\.)?json$/.test(name) && !keep.has(name)) rmSync(join(dir, name));
  return { manifest: { path: output, bytes: Buffer.byteLength(manifestText) }, search, shards };
}

/** Rate fields that are text indices (algorithm, count, notes) and the modifiers (a text, as is). */
const textFields = new Set([5, 10, 11]);
const modifiersField = 12;

/**
 * One rate of the spill (`rateFields` numbers at `at`, NaN for none) as the JSON of its
 * `RateRow`, trailing nulls dropped: written straight from the numbers (no array per rate).
 */
function rateJson(numbers: Float64Array, at: number, local: (text: number) => number, texts: readonly string[]): string {
  let last = 2;
  for (let f = rateFields - 1; f > 2; f--) {
    if (!Number.isNaN(numbers[at + f])) {
      last = f;
      break;
    }
  }
  let json = `[${numbers[at]},${numbers[at + 1]},${numbers[at + 2]}`;
  for (let f = 3; f <= last; f++) {
    const v = numbers[at + f];
    if (Number.isNaN(v)) json += ',null';
    else if (textFields.has(f)) json += `,${local(v)}`;
    else if (f === modifiersField) json += `,${JSON.stringify(texts[v])}`;
    else json += `,${v}`;
  }
  return `${json}]`;
}

/** Drops trailing nulls and undefineds. */
function trimRow<T extends unknown[]>(row: T): T {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
  return row.slice(0, end).map((v) => v ?? null) as T;
}
