// `npm run bench:prices`: the price-file indexer on generated CMS v3.0 files (tall CSV and JSON) of
// 20 MB and 200 MB (written to the OS temp dir, deleted after): throughput (MB/s) and peak RSS, and the
// ratio of peak memory between the two (flat memory ⇒ close to 1×). Not a timed test.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateJson, generateTallCsv } from './bench/prices-data.mjs';

const dir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-prices-'));
const sizes = (process.env.FD_PRICES_MB ?? '20,200').split(',').map(Number);
try {
  for (const [kind, generate, ext] of [['tall CSV', generateTallCsv, 'csv'], ['JSON', generateJson, 'json']]) {
    const rows = [];
    for (const mb of sizes) {
      const file = join(dir, `prices-${mb}mb.${ext}`);
      const out = createWriteStream(file);
      for await (const chunk of generate({ services: 10000, plans: 20, bytes: mb * 1e6 })) {
        if (!out.write(chunk)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
      const run = spawnSync(process.execPath, ['dist/cli/frontdesk-prices.js', 'build', file, '-o', join(dir, `prices-${mb}mb.prices.json`), '--json', '-q'], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(run.stderr);
      rows.push({ mb, ...JSON.parse(run.stdout) });
      rmSync(file);
    }
    console.log(`\nfrontdesk-prices build (generated CMS v3.0 ${kind}, 10,000 services × 20 plans)`);
    for (const r of rows) {
      console.log(`  ${String(r.mb).padStart(4)} MB  ${r.rates.toLocaleString('en-US').padStart(10)} rates  ${r.seconds.toFixed(1).padStart(6)} s  ${r.mbPerSecond.toFixed(1).padStart(5)} MB/s  peak RSS ${r.peakRssMb.toFixed(0).padStart(4)} MB`);
    }
    if (rows.length > 1) {
      const [a, b] = [rows[0], rows.at(-1)];
      console.log(`  peak RSS ${b.mb} MB vs ${a.mb} MB: ${(b.peakRssMb / a.peakRssMb).toFixed(2)}× for ${(b.mb / a.mb).toFixed(0)}× the input`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
