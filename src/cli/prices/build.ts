import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { IndexWriter, type IndexSummary } from './index-writer.js';
import type { PriceFileProblem, SourceMeta } from './model.js';
import { parsePriceFile } from './parse.js';
import { readPlainNames } from './names.js';
import type { DecodeStats } from './decode.js';

export interface BuildOptions {
  /** File paths, `-` for standard input, or `https:`/`http:` URLs: one index from all of them. */
  inputs: readonly string[];
  output: string;
  /** A plain-names CSV (`code_type,code,plain_name[,category]`). */
  names?: string;
  onProblem?: (problem: PriceFileProblem) => void;
  /** For tests: fetch to use for URLs. */
  fetch?: typeof fetch;
}

export interface BuildResult {
  /** Per input, in order. */
  files: { fileName: string; meta: SourceMeta; decode: DecodeStats }[];
  bytes: number;
  summary: IndexSummary;
  seconds: number;
  /** Problems that make the index unusable (a file without a date, no services): nothing was written. */
  fatal?: string;
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

async function openRaw(input: string, fetchImpl: typeof fetch): Promise<AsyncIterable<Uint8Array>> {
  if (input === '-') return process.stdin;
  if (!isUrl(input)) return createReadStream(input, { highWaterMark: 1 << 18 });
  const response = await fetchImpl(input);
  if (!response.ok || !response.body) throw new Error(`could not download ${input}: HTTP ${response.status}`);
  return Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
}

/**
 * The file's bytes, gunzipped on the fly when it is gzip (`.json.gz`, `Content-Encoding` aside:
 * hospitals often publish compressed files). A ZIP archive is refused with the fix.
 */
async function* open(input: string, fetchImpl: typeof fetch): AsyncGenerator<Uint8Array> {
  const raw = (await openRaw(input, fetchImpl))[Symbol.asyncIterator]();
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
export async function buildIndex({ inputs, output, names, onProblem, fetch: fetchImpl = fetch }: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const temp = `${output}.${process.pid}.tmp`;
  const plainNames = names ? readPlainNames(await readFile(names, 'utf8'), (p) => onProblem?.(p)) : undefined;
  // With several files, a problem names its file first.
  let prefix = '';
  const out = createWriteStream(temp);
  const writer = new IndexWriter(out, (p) => onProblem?.({ ...p, where: `${prefix}${p.where}` }), plainNames);
  try {
    const files: BuildResult['files'] = [];
    for (const [i, input] of inputs.entries()) {
      const fileName = input === '-' ? 'stdin' : basename(isUrl(input) ? new URL(input).pathname : input) || 'prices';
      prefix = inputs.length > 1 ? `${fileName}: ` : '';
      if (i) writer.nextSource();
      const { meta, decode } = await parsePriceFile(open(input, fetchImpl), writer);
      files.push({ fileName, meta, decode });
    }
    const summary = await writer.finish(files.map(({ fileName, meta }, i) => ({ fileName, meta, url: /^https:\/\//i.test(inputs[i]) ? inputs[i] : undefined })));
    const seconds = (performance.now() - started) / 1000;
    const undated = files.find((f) => !f.meta.lastUpdatedOn);
    const fatal = undated ? `${undated.fileName} has no valid last_updated_on` : !summary.services ? 'no service could be read' : undefined;
    if (fatal) await rm(temp, { force: true });
    else await rename(temp, output);
    return { files, bytes: files.reduce((n, f) => n + f.decode.bytes, 0), summary, seconds, fatal };
  } catch (err) {
    out.destroy();
    await rm(temp, { force: true });
    throw err;
  }
}
