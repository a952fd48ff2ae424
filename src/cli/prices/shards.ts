import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
import { JsonBytes } from './json-bytes.js';
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
 * Part files, written synchronously through one reused buffer. Written in the background (8 at
 * a time, as before), the 10,000 shards of a 200 MB wide CSV took 6–9 s of a 15–20 s build on
 * this shared 2-core machine (an open, a write, a close and a rename per part, each a thread-pool
 * round trip that waits for a core); synchronously, 0.5 s. One buffer: a new Buffer per part
 * lives outside the heap until a GC frees it, and RSS grew with the number of parts.
 */
class PartWriter {
  private buffer = Buffer.allocUnsafe(64 * 1024);

  /** Writes `text` and then `tail` (bytes) at `path`; returns the bytes written. */
  write(path: string, text: string, tail = new Uint8Array(0)): Uint8Array {
    const size = Buffer.byteLength(text) + tail.length;
    if (this.buffer.length < size) this.buffer = Buffer.allocUnsafe(size);
    const head = this.buffer.write(text);
    this.buffer.set(tail, head);
    const bytes = this.buffer.subarray(0, head + tail.length);
    writeFileSync(path, bytes);
    return bytes;
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
    return writeParts(output, data, targetBytes);
  } catch (error) {
    // A failed build leaves no temporary shards behind (the parts of the last good build stay).
    const dir = partsDir(output);
    for (const name of existsSync(dir) ? readdirSync(dir) : []) if (name.endsWith(`.${process.pid}.tmp`)) rmSync(join(dir, name), { recursive: true, force: true });
    throw error;
  }
}

function writeParts(output: string, data: ShardedIndexData, targetBytes: number): WrittenIndex {
  const dir = partsDir(output);
  const folder = basename(dir);
  mkdirSync(dir, { recursive: true });
  const shardOf = new Int32Array(data.services.length).fill(-1);
  const shards: WrittenIndex['shards'] = [];
  const writer = new PartWriter();
  /**
   * Shards go to a temporary folder first, renamed at the end to `c.<hash>` (a hash of all of
   * them, in order, known once the last is written): one rename, not one per shard (a rename
   * or a file's creation takes a fifth of a millisecond on a busy disk, and a big file has
   * tens of thousands of shards).
   */
  const temp = join(dir, `c.${process.pid}.tmp`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp);
  const shardsHash = createHash('sha256');
  /** Services waiting for their shard, and their rates as JSON (`,`-separated). */
  let members: number[] = [];
  const rates = new JsonBytes();
  let texts = new Map<number, number>();
  let bytes = 0;
  /** A global text index → this shard's (texts are numbered in the order the shard first uses them). */
  const local = (i: number) => {
    let l = texts.get(i);
    if (l === undefined) texts.set(i, (l = texts.size));
    return l;
  };
  const writeShard = () => {
    const shardTexts = JSON.stringify([...texts.keys()].map((i) => data.texts[i]));
    const services = members.map((s) => {
      const [, , , , gross, cash, min, max, , drugAmount, drugUnit, notes, , source] = data.services[s];
      return JSON.stringify(trimRow<ChargeRow>([s, gross, cash, min, max, drugAmount, drugUnit, notes === null || notes === undefined ? null : (texts.get(notes) ?? null), source]));
    });
    // The key order of `ChargeShard`.
    const head = `{"format":"frontdesk-price-charges","texts":${shardTexts},"services":[${services.join(',')}],"rates":[`;
    rates.text(']}');
    const n = shards.length;
    const written = writer.write(join(temp, `${n}.json`), head, rates.bytes.subarray(0, rates.length));
    shardsHash.update(`${written.length}:`).update(written);
    shards.push({ path: `${n}.json`, bytes: written.length, services: members.length });
    members = [];
    rates.length = 0;
    texts = new Map();
    bytes = 0;
  };

  /**
   * Appends service `s`'s rates to the shard being filled (texts numbered in it); returns their
   * size in bytes of JSON (its amounts row counted as 80): measured, not estimated, so shards
   * fill to the target whatever a rate weighs.
   */
  const serviceRates = (s: number, from: number, to: number, numbers: Float64Array): number => {
    // The service's notes come first in the shard's texts, then its rates' texts.
    const notes = data.services[s][11];
    if (notes !== null && notes !== undefined) local(notes);
    const start = rates.length;
    for (let r = from; r < to; r++) {
      if (rates.length) rates.byte(44);
      rates.rate(numbers, r * rateFields, local, data.texts);
    }
    return rates.length - start + 80;
  };

  /** The bytes and number of the rates written so far. */
  let [rateBytes, rateCount] = [0, 0];
  // One partition at a time; a shard may take services of several partitions (small indexes).
  for (let p = 0; p < data.spill.partitions; p++) {
    for (const { first, count, starts, numbers } of data.spill.read(p, data.services.length)) {
      for (let i = 0; i < count; i++) {
        const s = first + i * data.spill.partitions;
        // A service that will not fit by the rates' average size so far starts the next shard
        // (written once, not written here, taken back and written again there).
        if (members.length && bytes + 80 + (starts[i + 1] - starts[i]) * (rateBytes / Math.max(1, rateCount)) > targetBytes) writeShard();
        const [known, mark] = [texts.size, rates.length];
        let size = serviceRates(s, starts[i], starts[i + 1], numbers);
        rateBytes += size - 80;
        rateCount += starts[i + 1] - starts[i];
        if (members.length && bytes + size > targetBytes) {
          // It goes to the next shard: its rates and the texts it added here are taken back.
          for (const [text, l] of texts) if (l >= known) texts.delete(text);
          rates.length = mark;
          writeShard();
          size = serviceRates(s, starts[i], starts[i + 1], numbers);
        }
        members.push(s);
        shardOf[s] = shards.length;
        bytes += size;
      }
    }
  }
  if (members.length) writeShard();

  const searchRows = data.services.map(([id, description, codes, setting, , , , , category, , , , plainName], s) =>
    trimRow<SearchRow>([id, description, codes, setting, shardOf[s], category, plainName]),
  );
  const shardsName = `c.${shardsHash.digest('hex').slice(0, 16)}`;
  // The same shards already there (a rebuild of the same file): they stay.
  if (existsSync(join(dir, shardsName))) rmSync(temp, { recursive: true });
  else renameSync(temp, join(dir, shardsName));
  for (const shard of shards) shard.path = `${folder}/${shardsName}/${shard.path}`;
  const searchText = JSON.stringify({ format: 'frontdesk-price-search', services: searchRows });
  const searchName = `search.${hashOf(searchText)}.json`;
  writer.write(join(dir, `${searchName}.${process.pid}.tmp`), searchText);
  renameSync(join(dir, `${searchName}.${process.pid}.tmp`), join(dir, searchName));
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
    shards: `${folder}/${shardsName}/`,
    shardCount: shards.length,
    problems: data.problems,
  };
  const manifestText = JSON.stringify(manifest);
  // Every part is in place before the manifest that names them.
  writeAtomically(output, manifestText);
  const keep = new Set([search.path.slice(folder.length + 1), shardsName]);
  for (const name of readdirSync(dir)) if (/^(c\.[0-9a-f]{16}(\.json)?|search\.[0-9a-f]{16}\.json)$/.test(name) && !keep.has(name)) rmSync(join(dir, name), { recursive: true });
  return { manifest: { path: output, bytes: Buffer.byteLength(manifestText) }, search, shards };
}

/** Drops trailing nulls and undefineds. */
function trimRow<T extends unknown[]>(row: T): T {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
  return row.slice(0, end).map((v) => v ?? null) as T;
}
