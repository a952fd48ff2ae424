#!/usr/bin/env node
// Runs `npm run test:browser` N times (default 3) under a CPU load generator (two busy loops in
// worker threads) and reports each run: `node scripts/reliability.mjs [--runs N] [test files…]`.
// Not part of `npm test`; the whole suite holds the browser lock for a long time on 2 cores.
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at >= 0 ? Number(args.splice(at, 2)[1]) : 3;
const files = args;

const busy = 'const { workerData } = require("node:worker_threads"); const end = Date.now() + workerData; while (Date.now() < end) Math.sqrt(Math.random());';
const results = [];
for (let run = 1; run <= runs; run++) {
  const load = [0, 1].map(() => new Worker(busy, { eval: true, workerData: 3_600_000 }));
  const started = performance.now();
  const out = spawnSync('npx', ['web-test-runner', ...files], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  await Promise.all(load.map((w) => w.terminate()));
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const totals = /(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(out.stdout.trim())?.[0] ?? 'no totals line';
  const failed = [...new Set([...out.stdout.matchAll(/^(test\/\S+\.test\.ts):$/gm)].map((m) => m[1]))];
  results.push(out.status === 0);
  console.log(`run ${run}/${runs} under two busy loops: ${out.status === 0 ? 'passed' : 'FAILED'} — ${totals} in ${seconds} s${out.status === 0 ? '' : `; files with output: ${failed.join(', ')}`}`);
  if (out.status !== 0) console.log(out.stdout.split('\n').filter((l) => /rror|expected|✖|❌/.test(l)).slice(0, 30).join('\n'));
}
console.log(`${results.filter(Boolean).length} of ${runs} runs passed`);
process.exit(results.every(Boolean) ? 0 : 1);
