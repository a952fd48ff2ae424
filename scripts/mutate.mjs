#!/usr/bin/env node
// Mutation testing by a scripted list of plausible one-line bugs: each is applied to the source,
// the test files that cover it run (Chromium only, under the shared browser lock), and the file
// is restored. Prints the score and every survivor with why it survives.
//   npm run mutate                 every mutant
//   npm run mutate -- hold outbox  only mutants whose id contains one of the words (run in chunks)
// Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const picker = 'test/widgets/appointment-picker/appointment-picker.test.ts';
const chat = 'test/widgets/chat-launcher/session-recovery.test.ts';

/** id, file, the exact text, its replacement, the tests that should kill it; `why` explains a known survivor. */
const mutants = [
  { id: 'hold: expires 60 s early', file: 'src/widgets/appointment-picker/hold-timer.ts', from: 'const left = this.expiresAt - this.now();', to: 'const left = this.expiresAt - 60_000 - this.now();', tests: [picker] },
  { id: 'hold: "minutes left" announcement removed', file: 'src/widgets/appointment-picker/hold-timer.ts', from: 'if (minutes < this.lastMinute && minutes <= 2) this.onMinute(minutes);', to: '', tests: [picker] },
  { id: 'questionnaire response: children at the item level', file: 'src/widgets/feedback-survey/fhir.ts', from: 'answer: values.map((v, i) => ({ ...toFhirValue(v), ...(i === 0 && children.length ? { item: children } : {}) })) }];', to: 'answer: values.map((v) => toFhirValue(v)), ...(children.length ? { item: children } : {}) }];', tests: ['test/widgets/feedback-survey/response-nesting.test.ts'] },
  { id: 'chat: gap fill after reconnect deleted', file: 'src/widgets/chat-launcher/session.ts', from: 'for (const event of history.events) this.apply(event);', to: '', tests: [chat] },
  { id: 'outbox: sends past a message that failed for good', file: 'src/widgets/chat-launcher/outbox.ts', from: "return head?.state === 'sending' ? head : undefined;", to: "return this.entries.find((e) => e.state === 'sending');", tests: [chat] },
  { id: 'outbox: six automatic attempts', file: 'src/widgets/chat-launcher/outbox.ts', from: 'export const MAX_AUTO_ATTEMPTS = 5;', to: 'export const MAX_AUTO_ATTEMPTS = 6;', tests: [chat] },
  { id: 'guard: logs the raw data object', file: 'src/core/guard.ts', from: 'if (!result.success) throw invalidResponse(where, result.error.issues);', to: 'if (!result.success) { console.error(where, data); throw invalidResponse(where, result.error.issues); }', tests: ['test/core/guard.test.ts'] },
  { id: 'guard: logs the invalid value', file: 'src/core/guard.ts', from: 'if (!result.success) throw invalidResponse(where, result.error.issues);', to: 'if (!result.success) { console.error(where, result.error.issues.map((i) => i.path.reduce((o, k) => o?.[k], data))); throw invalidResponse(where, result.error.issues); }', tests: ['test/core/guard.test.ts'] },
  { id: 'slots: local midnight grouped into the previous day', file: 'src/widgets/appointment-picker/slots.ts', from: 'const key = localDateKey(startOf(slot), zoneOf(slot));', to: 'const key = localDateKey(startOf(slot) - 1, zoneOf(slot));', tests: ['test/widgets/appointment-picker/slots.test.ts'] },
  { id: 'enableWhen: a cycle keeps whatever the last round gave', file: 'src/widgets/feedback-survey/conditions.ts', from: 'return new Set([...(enabled ?? [])].filter((id) => before?.has(id)));', to: 'return enabled ?? new Set();', tests: ['test/widgets/feedback-survey/conditions.test.ts'] },
];

const words = process.argv.slice(2).map((w) => w.toLowerCase());
const chosen = mutants.filter((m) => !words.length || words.some((w) => m.id.toLowerCase().includes(w)));
const results = [];
let restore;
process.on('SIGINT', () => {
  restore?.();
  process.exit(130);
});

for (const m of chosen) {
  const original = readFileSync(m.file, 'utf8');
  const count = original.split(m.from).length - 1;
  if (count !== 1) {
    results.push({ ...m, outcome: 'stale', detail: `the text occurs ${count} times in ${m.file}: update the mutant` });
    continue;
  }
  restore = () => writeFileSync(m.file, original);
  const started = performance.now();
  try {
    writeFileSync(m.file, original.replace(m.from, m.to));
    const run = spawnSync('flock', ['/tmp/fd-browser.lock', 'npx', 'web-test-runner', ...m.tests], { encoding: 'utf8', env: { ...process.env, FD_BROWSERS: 'chromium', NO_COLOR: '1' } });
    const totals = /(\d+) passed, (\d+) failed[^\n]*\s*$/.exec(run.stdout.trim())?.[0] ?? `exit ${run.status}`;
    results.push({ ...m, outcome: run.status === 0 ? 'survived' : 'killed', detail: totals });
  } finally {
    restore();
    restore = undefined;
  }
  const last = results.at(-1);
  console.log(`${last.outcome === 'killed' ? '✓ killed ' : '✗ SURVIVED'} ${m.id} (${last.detail}, ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

const killed = results.filter((r) => r.outcome === 'killed').length;
const counted = results.filter((r) => r.outcome !== 'stale');
console.log(`\nMutation score: ${killed} of ${counted.length} killed (${counted.length ? ((100 * killed) / counted.length).toFixed(1) : '0'} %)`);
for (const r of results.filter((x) => x.outcome !== 'killed')) console.log(`- ${r.outcome}: ${r.id} — ${r.why ?? r.detail}`);
process.exit(results.every((r) => r.outcome === 'killed') ? 0 : 1);
