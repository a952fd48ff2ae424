import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { IndexWriter, type IndexSummary } from './index-writer.js';
import type { PriceFileProblem, SourceMeta } from './model.js';
import { parsePriceFile } from './parse.js';
import { readPlainNames } from './names.js';
import type { DecodeStats } from './decode.js';
import type { WrittenIndex } from './shards.js';

export interface BuildOptions {
  /** File paths, `-` for standard input, or `https:`/`http:` URLs: one index from all of them. */
  inputs: readonly string[];
  output: string;
  /** A plain-names CSV (`code_type,code,plain_name[,category]`). */
  names?: string;
  onProblem?: (problem: PriceFileProblem) => void;
  /** How big a charge shard may grow, in bytes of JSON (default `shardTargetBytes`, 48 KB). */
  shardBytes?: number;
  /** Called as the bytes of each input are read (every chunk, about 256 KB). */
  onProgress?: (progress: BuildProgress) => void;
  /** For tests: fetch to use for URLs. */
  fetch?: typeof fetch;
}

export interface BuildProgress {
  /** The input being read (0-based) and how many there are. */
  input: number;
  inputs: number;
  fileName: string;
  /** Bytes read of this input as stored (gzip: compressed) and its size when known. */
  bytesRead: number;
  totalBytes?: number;
  /** Items (a tall CSV's rows) and rates read so far, all inputs together. */
  items: number;
  rates: number;
}

export interface BuildResult {
  /** Per input, in order. */
  files: { fileName: string; meta: SourceMeta; decode: DecodeStats }[];
  bytes: number;
  summary: IndexSummary;
  seconds: number;
  /** What was written (absent when `fatal`). */
  written?: WrittenIndex;
  /** Problems that make the index unusable (a file without a date, no services): nothing was written. */
  fatal?: string;
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

async function openRaw(input: string, fetchImpl: typeof fetch): Promise<{ bytes: AsyncIterable<Uint8Array>; size?: number }> {
  if (input === '-') return { bytes: process.stdin };
  if (!isUrl(input)) {
    const { size } = await stat(input);
    return { bytes: createReadStream(input, { highWaterMark: 1 << 16 }), size };
  }
  const response = await fetchImpl(input);
  if (!response.ok || !response.body) throw new Error(`could not download ${input}: HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length'));
  return { bytes: Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), size: length > 0 ? length : undefined };
}

/** Counts the bytes as they are read and tells `progress`. */
async function* counted(bytes: AsyncIterable<Uint8Array>, progress: (read: number) => void): AsyncGenerator<Uint8Array> {
  let read = 0;
  for await (const chunk of bytes) {
    read += chunk.length;
    progress(read);
    yield chunk;
  }
}

/**
 * The file's bytes, gunzipped on the fly when it is gzip (`.json.gz`, `Content-Encoding` aside:
 * hospitals often publish compressed files). A ZIP archive is refused with the fix.
 */
async function* open(input: string, fetchImpl: typeof fetch, progress: (read: number, size?: number) => void): AsyncGenerator<Uint8Array> {
  const { bytes, size } = await openRaw(input, fetchImpl);
  const raw = counted(bytes, (read) => progress(read, size))[Symbol.asyncIterator]();
  const first = await raw.next();
  if (first.done) return;
  const head = Buffer.from(first.value);
  const rest = (async function* () {
    yield head;
    for (let next = await raw.next(); !next.done; next = await raw.next()) yield next.value;
  })();
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    throw new Error(`${input} is a ZIP archive: unzip it and build from the .json or .csv inside`);
  }
  if (head[0] === 0x1f && head[1] === 0x8b) yield* Readable.from(rest).pipe(createGunzip());
  else yield* rest;
}

/**
 * Reads CMS price files from disk, stdin or URLs, one after the other, and writes one static
 * price index (a hospital and its clinics, say; each service keeps its own file as source).
 * The index goes to a temporary file renamed into place at the end, so a failed build never
 * leaves half an index where the website serves it.
 */
export async function buildIndex({ inputs, output, names, shardBytes, onProblem, onProgress, fetch: fetchImpl = fetch }: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const plainNames = names ? readPlainNames(await readFile(names, 'utf8'), (p) => onProblem?.(p)) : undefined;
  // With several files, a problem names its file first.
  let prefix = '';
  const writer = new IndexWriter((p) => onProblem?.({ ...p, where: `${prefix}${p.where}` }), plainNames);
  try {
    const files: BuildResult['files'] = [];
    for (const [i, input] of inputs.entries()) {
      const fileName = input === '-' ? 'stdin' : basename(isUrl(input) ? new URL(input).pathname : input) || 'prices';
      prefix = inputs.length > 1 ? `${fileName}: ` : '';
      if (i) writer.nextSource();
      const progress = (bytesRead: number, totalBytes?: number) =>
        onProgress?.({ input: i, inputs: inputs.length, fileName, bytesRead, totalBytes, items: writer.summary.items, rates: writer.rates });
      const { meta, decode } = await parsePriceFile(open(input, fetchImpl, progress), writer);
      files.push({ fileName, meta, decode });
    }
    const bytes = files.reduce((n, f) => n + f.decode.bytes, 0);
    const undated = files.find((f) => !f.meta.lastUpdatedOn);
    const fatal = undated ? `${undated.fileName} has no valid last_updated_on` : !writer.tally().services ? 'no service could be read' : undefined;
    if (fatal) {
      writer.abort();
      return { files, bytes, summary: writer.tally(), seconds: (performance.now() - started) / 1000, fatal };
    }
    const { summary, written } = await writer.finish(
      output,
      files.map(({ fileName, meta }, i) => ({ fileName, meta, url: /^https:\/\//i.test(inputs[i]) ? inputs[i] : undefined })),
      shardBytes,
    );
    return { files, bytes, summary, written, seconds: (performance.now() - started) / 1000 };
  } catch (err) {
    writer.abort();
    throw err;
  }
}
