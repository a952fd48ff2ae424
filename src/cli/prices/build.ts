import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { IndexWriter, type IndexSummary } from './index-writer.js';
import type { PriceFileProblem, SourceMeta } from './model.js';
import { parsePriceFile } from './parse.js';
import { readPlainNames } from './names.js';
import type { DecodeStats } from './decode.js';

export interface BuildOptions {
  /** A file path, `-` for standard input, or an `https:`/`http:` URL. */
  input: string;
  output: string;
  /** A plain-names CSV (`code_type,code,plain_name[,category]`). */
  names?: string;
  onProblem?: (problem: PriceFileProblem) => void;
  /** For tests: fetch to use for URLs. */
  fetch?: typeof fetch;
}

export interface BuildResult {
  meta: SourceMeta;
  decode: DecodeStats;
  summary: IndexSummary;
  seconds: number;
  /** Problems that make the index unusable (no date, no services): nothing was written. */
  fatal?: string;
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

async function open(input: string, fetchImpl: typeof fetch): Promise<AsyncIterable<Uint8Array>> {
  if (input === '-') return process.stdin;
  if (!isUrl(input)) return createReadStream(input, { highWaterMark: 1 << 18 });
  const response = await fetchImpl(input);
  if (!response.ok || !response.body) throw new Error(`could not download ${input}: HTTP ${response.status}`);
  return Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
}

/**
 * Reads a CMS price file from disk, stdin or a URL and writes the static price index. The
 * index goes to a temporary file renamed into place at the end, so a failed build never
 * leaves half an index where the website serves it.
 */
export async function buildIndex({ input, output, names, onProblem, fetch: fetchImpl = fetch }: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const temp = `${output}.${process.pid}.tmp`;
  const plainNames = names ? readPlainNames(await readFile(names, 'utf8'), (p) => onProblem?.(p)) : undefined;
  const out = createWriteStream(temp);
  const writer = new IndexWriter(out, onProblem, plainNames);
  try {
    const { meta, decode } = await parsePriceFile(await open(input, fetchImpl), writer);
    const fileName = input === '-' ? 'stdin' : basename(isUrl(input) ? new URL(input).pathname : input) || 'prices';
    const url = /^https:\/\//i.test(input) ? input : undefined;
    const summary = await writer.finish(meta, { fileName, url });
    const seconds = (performance.now() - started) / 1000;
    const fatal = !meta.lastUpdatedOn ? 'the file has no valid last_updated_on' : !summary.services ? 'no service could be read' : undefined;
    if (fatal) await rm(temp, { force: true });
    else await rename(temp, output);
    return { meta, decode, summary, seconds, fatal };
  } catch (err) {
    out.destroy();
    await rm(temp, { force: true });
    throw err;
  }
}
