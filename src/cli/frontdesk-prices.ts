#!/usr/bin/env node
/**
 * `frontdesk-prices build <file-or-url> -o prices.json`: turns a CMS Hospital Price
 * Transparency file (v2.0/v3.0, JSON or CSV tall/wide) into the static, sharded index that
 * `createPriceIndexAdapter({ url })` loads (a manifest at `-o`, its parts in the folder of the
 * same name). Streams the file (flat memory), shows progress, reports every problem with its
 * row/column or JSON path on stderr, and writes the index even when some rows had to be left
 * out (`--strict` makes any error fail the build).
 */
import { parseArgs } from 'node:util';
import { buildIndex } from './prices/build.js';
import type { PriceFileProblem } from './prices/model.js';
import { createProgress } from './prices/progress.js';

const usage = `Usage: frontdesk-prices build <file | url | ->… -o <prices.json> [options]

Reads CMS Hospital Price Transparency machine-readable files (v2.0 or v3.0; JSON, CSV tall
or CSV wide; UTF-8 or Windows-1252; plain or gzip) and writes one price index for static
hosting: <prices.json> (the manifest a page points at) and its parts, named by content hash,
in the folder <prices>/ next to it (a search part, and the charges in shards). Publish both.

Options:
  -o, --output <file>      where to write the index (required)
      --names <file.csv>   plain-language names (and categories) by code:
                           code_type,code,plain_name[,category]
      --shard-kb <n>       charges per shard file, in KB of JSON (default 48: a
                           service's charges load in one small file)
      --strict             exit with status 1 when any row had an error
      --max-problems <n>   print at most n problems (default 50; all are counted)
      --json               print the summary as one JSON line (for scripts)
  -q, --quiet              print no problems and no progress, only the summary
  -h, --help               show this help

Exit status: 0 index written; 1 index written but --strict and errors; 2 no index (unusable file or bad usage).`;

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        names: { type: 'string' },
        strict: { type: 'boolean' },
        'shard-kb': { type: 'string' },
        'max-problems': { type: 'string' },
        json: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    err(`${e instanceof Error ? e.message : String(e)}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) return out(usage), 0;
  const [command, ...inputs] = positionals;
  if (command !== 'build' || !inputs.length || !values.output) {
    err(usage);
    return 2;
  }
  const maxProblems = Number(values['max-problems'] ?? 50);
  const shardKb = values['shard-kb'] === undefined ? undefined : Number(values['shard-kb']);
  if (shardKb !== undefined && !(shardKb > 0)) {
    err(`--shard-kb must be a positive number\n\n${usage}`);
    return 2;
  }
  // FRONTDESK_PRICES_PROGRESS_MS: how often progress is shown (tests; default 100 ms on a terminal, 5 s elsewhere).
  const intervalMs = Number(process.env.FRONTDESK_PRICES_PROGRESS_MS) || undefined;
  const progress =
    values.json || values.quiet ? undefined : createProgress({ tty: process.stderr.isTTY, columns: process.stderr.columns, intervalMs, write: (text) => process.stderr.write(text) });
  let shown = 0;
  const onProblem = (problem: PriceFileProblem) => {
    if (values.quiet || shown++ >= maxProblems) return;
    progress?.clear();
    err(`${problem.severity}: ${problem.where}: ${problem.message}`);
  };
  let result;
  try {
    result = await buildIndex({ inputs, output: values.output, names: values.names, shardBytes: shardKb && shardKb * 1024, onProblem, onProgress: progress && ((p) => progress.update(p)) });
  } catch (e) {
    progress?.done();
    err(`frontdesk-prices: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  progress?.done();
  const { files, bytes, summary, seconds, fatal, written } = result;
  const problems = summary.errors + summary.warnings;
  if (!values.quiet && problems > maxProblems) err(`… and ${problems - maxProblems} more problems`);
  const mb = bytes / 1e6;
  const kinds = files.map((f) => `${f.meta.format} v${f.meta.version ?? '?'}`);
  const resources = process.resourceUsage();
  const peakRssMb = resources.maxRSS / 1024;
  const cpuSeconds = (resources.userCPUTime + resources.systemCPUTime) / 1e6;
  if (values.json) {
    const described = files.map((f) => ({ fileName: f.fileName, format: f.meta.format, version: f.meta.version }));
    const parts = written && { manifestBytes: written.manifest.bytes, searchBytes: written.search.bytes, shards: written.shards.length, shardBytes: written.shards.reduce((n, s) => n + s.bytes, 0) };
    out(JSON.stringify({ ...summary, files: described, bytes, seconds, mbPerSecond: mb / seconds, cpuSeconds, peakRssMb, ...parts, fatal }));
  } else {
    const kb = (n: number) => `${(n / 1e3).toFixed(1)} kB`;
    out(
      `${fatal || !written ? 'No index written' : `Wrote ${values.output} (search ${kb(written.search.bytes)}, charges in ${written.shards.length} shard${written.shards.length === 1 ? '' : 's'}, ${kb(written.shards.reduce((n, s) => n + s.bytes, 0))})`}: ` +
        `${summary.services} services, ${summary.rates} rates, ${summary.plans} plans of ${summary.payers} payers ` +
        `from ${files.length === 1 ? `a ${kinds[0]} file` : `${files.length} files (${kinds.join(', ')})`} (${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s, ${(mb / seconds).toFixed(1)} MB/s, peak RSS ${peakRssMb.toFixed(0)} MB); ` +
        `${summary.errors} errors, ${summary.warnings} warnings.`,
    );
  }
  if (fatal) {
    err(`frontdesk-prices: ${fatal}`);
    return 2;
  }
  return values.strict && summary.errors ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
