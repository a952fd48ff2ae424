#!/usr/bin/env node
// Runs the adapter contract suite under Mocha, Jest, Vitest and node:test (as another project
// would, from a Node bundle of src/testing/contract.ts) and checks that every runner reports
// the cases of missing methods as SKIPPED, and that its totals match the suite's printed line.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = 'test/contract-runners';
const started = performance.now();

for (const format of ['esm', 'cjs']) {
  await build({
    entryPoints: [`${root}${dir}/fixture.ts`],
    outfile: `${root}.tmp/contract-runners/fixture.${format === 'esm' ? 'mjs' : 'cjs'}`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format,
    logLevel: 'error',
  });
}

const bin = (name) => `${root}node_modules/.bin/${name}`;
const runners = [
  { name: 'Mocha', cmd: [bin('mocha'), '--reporter', 'spec', `${dir}/mocha.test.mjs`], totals: (o) => ({ passed: num(o, /(\d+) passing/), failed: num(o, /(\d+) failing/), skipped: num(o, /(\d+) pending/) }) },
  { name: 'Jest', cmd: [bin('jest'), '--ci', '--rootDir', dir, '--testMatch', '**/jest.test.cjs'], totals: (o) => ({ passed: num(o, /Tests:.*?(\d+) passed/), failed: num(o, /Tests:.*?(\d+) failed/), skipped: num(o, /Tests:.*?(\d+) skipped/) }) },
  { name: 'Vitest', cmd: [bin('vitest'), 'run', '--root', dir, '--config', 'vitest.config.mjs'], totals: (o) => ({ passed: num(o, /Tests\s.*?(\d+) passed/), failed: num(o, /Tests\s.*?(\d+) failed/), skipped: num(o, /Tests\s.*?(\d+) skipped/) }) },
  { name: 'node:test', cmd: [process.execPath, '--test', '--test-reporter=tap', `${dir}/node.test.mjs`], totals: (o) => ({ passed: num(o, /^# pass (\d+)/m), failed: num(o, /^# fail (\d+)/m), skipped: num(o, /^# skip(?:ped)? (\d+)/m) }) },
];

function num(output, pattern) {
  const match = pattern.exec(output);
  return match ? Number(match[1]) : 0;
}

let failures = 0;
for (const runner of runners) {
  const t0 = performance.now();
  const result = spawnSync(runner.cmd[0], runner.cmd.slice(1), { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true' } });
  const output = `${result.stdout}\n${result.stderr}`;
  const lines = [...output.matchAll(/Frontdesk adapter contract: [^:\n]+: (\d+) passed, (\d+) failed, (\d+) skipped(?: \(not implemented: ([^)]*)\))?/g)];
  const printed = lines.reduce((t, m) => ({ passed: t.passed + Number(m[1]), failed: t.failed + Number(m[2]), skipped: t.skipped + Number(m[3]) }), { passed: 0, failed: 0, skipped: 0 });
  const reported = runner.totals(output);
  const problems = [];
  if (result.status !== 0) problems.push(`exited ${result.status}`);
  if (!lines.length) problems.push('printed no contract totals line');
  if (reported.failed || printed.failed) problems.push(`${reported.failed} failed`);
  if (!printed.skipped) problems.push('skipped nothing, but the adapter lacks waitTimes.subscribe and four ports');
  if (!lines.every((m) => (m[4] ?? '').split(', ').includes('waitTimes.subscribe'))) problems.push('waitTimes.subscribe is not listed as not implemented');
  if (reported.passed !== printed.passed || reported.skipped !== printed.skipped) {
    problems.push(`the runner reports ${reported.passed} passed/${reported.skipped} skipped, the suite printed ${printed.passed}/${printed.skipped}`);
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (problems.length) {
    failures++;
    console.log(`✗ ${runner.name}: ${problems.join('; ')}\n${output}`);
  } else {
    console.log(`✓ ${runner.name}: ${reported.passed} passed, ${reported.skipped} skipped (the suite printed the same, ${lines.length} suite${lines.length > 1 ? 's' : ''}) in ${seconds} s`);
  }
}
console.log(`Contract suite under 4 runners: ${failures ? `${failures} failed` : 'all agree'} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failures ? 1 : 0);
