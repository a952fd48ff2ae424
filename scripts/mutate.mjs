#!/usr/bin/env node
// Mutation testing by a scripted list of plausible one-line bugs (scripts/mutants/*.mjs:
// operators flipped, boundaries off by one, conditions negated, statements removed) over the
// logic modules. Each mutant is applied to its source file, only the test files that cover
// that module run (web-test-runner in Chromium, or `node --test` over a rebuilt dist/cli for
// the price readers), and the file is restored. The browser lock is taken per module (one
// batch of mutants), so other browser runs can go in between. Prints the score and every
// survivor with why it survives. Not part of `npm test`.
//   npm run mutate                 every mutant
//   npm run mutate -- hold outbox  only modules or mutants whose name contains one of the words
//   npm run mutate -- --check      only checks that every mutant's text occurs once (no runs)
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { takeBrowserLock } from './browser-lock.mjs';
import booking from './mutants/booking.mjs';
import formsChat from './mutants/forms-chat.mjs';
import platform from './mutants/platform.mjs';

/** A mutant that makes the tests hang counts as killed after this long (each batch's tests take 5–30 s). */
const TIMEOUT_MS = 90_000;

const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const words = args.filter((a) => !a.startsWith('--')).map((w) => w.toLowerCase());
const picked = (text) => !words.length || words.some((w) => text.toLowerCase().includes(w));
const batches = [...booking, ...formsChat, ...platform]
  .map((b) => ({ ...b, mutants: picked(b.module) ? b.mutants : b.mutants.filter((m) => picked(m.id)) }))
  .filter((b) => b.mutants.length);

/** Runs a command in its own process group; kills the whole group on timeout. */
function run(command, argv, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { detached: true, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, options.timeout ?? TIMEOUT_MS);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, out });
    });
  });
}

const testRun = (batch) =>
  batch.runner === 'node'
    ? run('sh', ['-c', `npm run build:cli >/dev/null && node --test ${batch.tests.join(' ')}`])
    : run('node_modules/.bin/web-test-runner', batch.tests, { env: { FD_BROWSERS: 'chromium' } });

const totalsOf = (r) =>
  r.signal === 'SIGKILL'
    ? `timed out after ${TIMEOUT_MS / 1000} s`
    : (/(\d+) passed, (\d+) failed[^\n]*\s*$/.exec(r.out.trim())?.[0] ?? /# pass \d+\n# fail \d+/.exec(r.out)?.[0].replace('\n', ', ') ?? `exit ${r.status}`);

const results = [];
let restore;
process.on('SIGINT', () => {
  restore?.();
  process.exit(130);
});

const started = performance.now();
for (const batch of batches) {
  const original = readFileSync(batch.file, 'utf8');
  const stale = batch.mutants.filter((m) => original.split(m.from).length !== 2);
  for (const m of stale) results.push({ ...m, module: batch.module, outcome: 'stale', detail: `the text occurs ${original.split(m.from).length - 1} times in ${batch.file}: update the mutant` });
  const live = batch.mutants.filter((m) => !stale.includes(m));
  if (checkOnly || !live.length) continue;
  const release = batch.runner === 'node' ? () => {} : await takeBrowserLock();
  try {
    restore = () => writeFileSync(batch.file, original);
    // The unmutated tests must pass first, or a "kill" means nothing.
    const baseline = await testRun(batch);
    if (baseline.status !== 0) {
      console.log(`! ${batch.module}: the tests fail without a mutant (${totalsOf(baseline)}); its mutants are not counted\n${baseline.out.slice(-3000)}`);
      for (const m of live) results.push({ ...m, module: batch.module, outcome: 'stale', detail: 'tests fail without the mutant' });
      continue;
    }
    for (const m of live) {
      const t0 = performance.now();
      writeFileSync(batch.file, original.replace(m.from, () => m.to));
      const r = await testRun(batch);
      restore();
      const outcome = r.status === 0 ? 'survived' : 'killed';
      results.push({ ...m, module: batch.module, outcome, detail: totalsOf(r) });
      console.log(`${outcome === 'killed' ? '✓ killed  ' : '✗ SURVIVED'} ${m.id} (${totalsOf(r)}, ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
  } finally {
    restore();
    restore = undefined;
    if (batch.runner === 'node') await run('npm', ['run', 'build:cli']);
    release();
  }
}

const killed = results.filter((r) => r.outcome === 'killed').length;
const counted = results.filter((r) => r.outcome !== 'stale');
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
console.log(`\nMutation score: ${killed} of ${counted.length} killed (${counted.length ? ((100 * killed) / counted.length).toFixed(1) : '0'} %) in ${minutes} min`);
for (const r of results.filter((x) => x.outcome !== 'killed')) {
  console.log(`- ${r.outcome}: ${r.id} — ${r.outcome === 'survived' ? (r.why ?? 'NO EXPLANATION: add a test that kills it, or say why it is equivalent') : r.detail}`);
}
process.exit(results.every((r) => r.outcome === 'killed' || (r.outcome === 'survived' && r.why)) ? 0 : 1);
