#!/usr/bin/env node
// Runs `npm run test:browser` N times (default 3) under a CPU load generator (two busy loops in
// worker threads) and reports each run: `node scripts/reliability.mjs [--runs N] [test files…]`.
// Not part of `npm test`. Each run takes the browser lock (scripts/browser-lock.mjs), so other
// browser runs on the machine wait for it rather than add to it.
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { takeBrowserLock } from './browser-lock.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at >= 0 ? Number(args.splice(at, 2)[1]) : 3;
const files = args;

// The suite runs on what `npm run build` makes (the embed and end-to-end files load dist/ and the
// server's build): build once first, so a run never tests stale output.
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
const buildServer = build.status === 0 ? spawnSync('npm', ['run', 'build', '-w', 'server'], { stdio: 'inherit' }) : build;
if (buildServer.status !== 0) {
  console.log('the build failed: no runs');
  process.exit(1);
}

const busy = 'const { workerData } = require("node:worker_threads"); const end = Date.now() + workerData; while (Date.now() < end) Math.sqrt(Math.random());';
const results = [];
for (let run = 1; run <= runs; run++) {
  const release = await takeBrowserLock();
  const load = [0, 1].map(() => new Worker(busy, { eval: true, workerData: 3_600_000 }));
  const started = performance.now();
  const out = spawnSync('npx', ['web-test-runner', ...files], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  await Promise.all(load.map((w) => w.terminate()));
  release();
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const totals = /(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(out.stdout.trim())?.[0] ?? 'no totals line';
  const failed = [...new Set([...out.stdout.matchAll(/^(test\/\S+\.test\.ts):$/gm)].map((m) => m[1]))];
  results.push(out.status === 0);
  console.log(`run ${run}/${runs} under two busy loops: ${out.status === 0 ? 'passed' : 'FAILED'} — ${totals} in ${seconds} s${out.status === 0 ? '' : `; files with output: ${failed.join(', ')}`}`);
  if (out.status !== 0) console.log(out.stdout.split('\n').filter((l) => /rror|expected|✖|❌/.test(l)).slice(0, 30).join('\n'));
}
console.log(`${results.filter(Boolean).length} of ${runs} runs passed`);
process.exit(results.every(Boolean) ? 0 : 1);
