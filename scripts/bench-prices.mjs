// `npm run bench:prices`: the price-file indexer beside DuckDB on the same generated CMS v3.0 files
// (tall CSV, wide CSV, JSON; 10,000 services × 20 plans) of 20 MB, 200 MB and 2 GB (FD_PRICES_MB,
// e.g. `FD_PRICES_MB=20,200`; FD_PRICES_FORMATS=tall,wide,json). Each file is written to the OS temp
// dir, read by both, then deleted before the next. Prints wall MB/s, MB per CPU second (the machine
// is shared: wall time depends on the others), peak RSS, the ratio to DuckDB, the peak-RSS ratio
// from the smallest to the largest file (flat memory ⇒ close to 1×), and the sharded index's
// bytes (gzip -9): what the first search loads, one service's shard, and a keystroke's suggestions.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { generateJson, generateTallCsv, generateWideCsv } from './bench/prices-data.mjs';

const dir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-prices-'));
const sizes = (process.env.FD_PRICES_MB ?? '20,200,2000').split(',').map(Number);
const formats = [
  ['tall', 'tall CSV', generateTallCsv, 'csv'],
  ['wide', 'wide CSV', generateWideCsv, 'csv'],
  ['json', 'JSON', generateJson, 'json'],
].filter(([kind]) => (process.env.FD_PRICES_FORMATS ?? 'tall,wide,json').split(',').includes(kind));
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (v, n) => String(v).padStart(n);

async function generate(generator, file, mb) {
  const out = createWriteStream(file);
  for await (const chunk of generator({ services: 10000, plans: 20, bytes: mb * 1e6 })) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function json(command, args) {
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

/** The search code the adapter runs, bundled for Node, timed over a built search part. */
async function keystrokes(manifestFile) {
  const out = join(dir, 'search-bundle');
  await build({ logLevel: 'silent', configFile: false, publicDir: false, build: { outDir: out, emptyOutDir: true, minify: false, target: 'node20', lib: { entry: 'src/adapters/price-index/search.ts', formats: ['es'], fileName: 'search' } } });
  const { ServiceSearch } = await import(join(out, 'search.js'));
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const rows = JSON.parse(readFileSync(join(dirname(manifestFile), manifest.search), 'utf8')).services;
  const started = performance.now();
  const search = new ServiceSearch(rows.map(([, description, codes]) => ({ description, codes: [{ type: 'CPT', code: String(codes[1]) }] })));
  const prepare = performance.now() - started;
  const times = [];
  for (const query of ['knee mri', 'blood panel', 'office visit new', '10542', 'ultrasound abdomen']) {
    for (let i = 1; i <= query.length; i++) {
      // The median of 9 calls: one call can be preempted on a shared machine.
      const runs = [];
      for (let k = 0; k < 9; k++) {
        const t = performance.now();
        search.find(query.slice(0, i), 8);
        runs.push(performance.now() - t);
      }
      times.push(runs.sort((a, b) => a - b)[4]);
    }
  }
  times.sort((a, b) => a - b);
  return { prepare, median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)], max: times.at(-1) };
}

const rows = [];
try {
  for (const [kind, label, generator, ext] of formats) {
    for (const mb of sizes) {
      const file = join(dir, `prices-${mb}mb.${ext}`);
      const output = join(dir, `${kind}-${mb}`, 'prices.json');
      await generate(generator, file, mb);
      const indexer = json(process.execPath, ['dist/cli/frontdesk-prices.js', 'build', file, '-o', output, '--json', '-q']);
      // A CMS JSON file is one object: DuckDB's read_json reads it whole (GBs of memory for a 2 GB file).
      const duck = kind === 'json' && mb > 500 ? { error: 'not run: read_json reads the one top-level object whole' } : json(process.execPath, ['scripts/bench/duckdb-read.mjs', file, kind]);
      rmSync(file);
      const manifest = JSON.parse(readFileSync(output, 'utf8'));
      const shardGz = Array.from({ length: manifest.shardCount }, (_, n) => gz(join(dirname(output), `${manifest.shards}${n}.json`))).sort((a, b) => a - b);
      const row = { kind, label, mb, indexer, duck, firstSearch: gz(output) + gz(join(dirname(output), manifest.search)), shardGz };
      if (kind === formats[0][0] && mb === (sizes.includes(200) ? 200 : sizes[0])) row.keys = await keystrokes(output);
      rmSync(dirname(output), { recursive: true, force: true });
      rows.push(row);
      const i = indexer;
      const d = duck.error ? `DuckDB: ${duck.error}` : `DuckDB ${duck.seconds.toFixed(1)} s, ${(mb / duck.seconds).toFixed(0)} MB/s, ${(mb / duck.cpuSeconds).toFixed(0)} MB/CPU-s, RSS ${duck.peakRssMb.toFixed(0)} MB`;
      row.load = loadavg()[0];
      console.log(`${label} ${mb} MB (load ${row.load.toFixed(1)}): indexer ${i.seconds.toFixed(1)} s, ${i.mbPerSecond.toFixed(1)} MB/s, ${(mb / i.cpuSeconds).toFixed(1)} MB/CPU-s, RSS ${i.peakRssMb.toFixed(0)} MB · ${d}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\nfrontdesk-prices build beside DuckDB (2 threads), generated CMS v3.0 files, 10,000 services × 20 plans; ${process.env.FD_BENCH_NOTE ?? ''}load average (1 min) ${Math.min(...rows.map((r) => r.load)).toFixed(1)}–${Math.max(...rows.map((r) => r.load)).toFixed(1)} on 2 cores`);
console.log('format     size   rates        indexer s  MB/s   MB/CPU-s  RSS MB | DuckDB s  MB/s   MB/CPU-s  RSS MB | DuckDB ÷ indexer (wall, CPU)');
for (const { label, mb, indexer: i, duck: d } of rows) {
  const duck = d.error ? `n/a (${d.error.slice(0, 60)})` : `${pad(d.seconds.toFixed(1), 8)}  ${pad((mb / d.seconds).toFixed(0), 5)}  ${pad((mb / d.cpuSeconds).toFixed(0), 8)}  ${pad(d.peakRssMb.toFixed(0), 6)} | ${(i.seconds / d.seconds).toFixed(1)}×, ${(i.cpuSeconds / d.cpuSeconds).toFixed(1)}×`;
  console.log(`${label.padEnd(9)} ${pad(mb, 5)}  ${pad(i.rates.toLocaleString('en-US'), 11)}  ${pad(i.seconds.toFixed(1), 9)}  ${pad(i.mbPerSecond.toFixed(1), 5)}  ${pad((mb / i.cpuSeconds).toFixed(1), 8)}  ${pad(i.peakRssMb.toFixed(0), 6)} | ${duck}`);
}
for (const [, label] of formats) {
  const of = rows.filter((r) => r.label === label);
  if (of.length > 1) console.log(`${label}: peak RSS ${of.at(-1).mb} MB vs ${of[0].mb} MB: ${(of.at(-1).indexer.peakRssMb / of[0].indexer.peakRssMb).toFixed(2)}× for ${(of.at(-1).mb / of[0].mb).toFixed(0)}× the input`);
}
console.log('\nsharded index (gzip -9): first search = manifest + search part; one service = its shard (budgets 250 KB, 20 KB)');
for (const { label, mb, firstSearch, shardGz, indexer } of rows) {
  console.log(`${label.padEnd(9)} ${pad(mb, 5)} MB: first search ${kb(firstSearch)}; ${indexer.shards} shards, one service's shard median ${kb(shardGz[Math.floor(shardGz.length / 2)])}, max ${kb(shardGz.at(-1))}`);
}
const keys = rows.find((r) => r.keys)?.keys;
if (keys) console.log(`suggestions per keystroke over the search part (10,000 services, Node): median ${keys.median.toFixed(2)} ms, p95 ${keys.p95.toFixed(2)} ms, max ${keys.max.toFixed(2)} ms (budget 16 ms); preparing ${keys.prepare.toFixed(0)} ms once`);
