// openapi.yaml checked by tools we did not write: Redocly's recommended lint (0 problems) and
// Stoplight Prism, which must load it and answer a mock request with an example of the document.
// Offline: both are pinned dev dependencies; telemetry and update checks are off.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_UPDATE_NOTIFIER: '1', CI: 'true' };

test('redocly lint (recommended rules) finds no error and no warning', () => {
  const run = spawnSync('node_modules/.bin/redocly', ['lint', 'openapi.yaml', '--format=json'], { env, encoding: 'utf8', timeout: 120_000 });
  const start = run.stdout.indexOf('{');
  assert.ok(start >= 0, `redocly printed no report: ${run.stderr}`);
  const report = JSON.parse(run.stdout.slice(start));
  const problems = report.problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer}`);
  assert.deepEqual(problems, []);
  assert.equal(run.status, 0);
});

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

test('Prism loads the document and mocks from its examples', { timeout: 90_000 }, async () => {
  const port = await freePort();
  const prism = spawn('node_modules/.bin/prism', ['mock', '-h', '127.0.0.1', '-p', String(port), 'openapi.yaml'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  prism.stdout.on('data', (d) => (log += d));
  prism.stderr.on('data', (d) => (log += d));
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Prism did not start:\n${log}`)), 80_000);
      // Prism's own log level, not a word inside a request it prints (its start-up examples are random).
      const check = () => {
        if (/Prism is listening/.test(log)) {
          clearTimeout(timer);
          resolve();
        } else if (/\[CLI\]\s+\S+\s+(fatal|error)\b/.test(log) || prism.exitCode !== null) {
          clearTimeout(timer);
          reject(new Error(`Prism failed:\n${log}`));
        }
      };
      prism.stdout.on('data', check);
      prism.stderr.on('data', check);
      prism.on('exit', check);
    });
    const res = await fetch(`http://127.0.0.1:${port}/wait-times?locationIds=phoenix`);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body[0].locationId, 'phoenix');
    // The look-up needs no Idempotency-Key (a read): Prism validates the request against the document.
    const lookup = await fetch(`http://127.0.0.1:${port}/appointments/lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ confirmationCode: 'K7QM-42', birthDate: '1985-04-12' }),
    });
    assert.equal(lookup.status, 200);
    // A write without one is refused by the document.
    const hold = await fetch(`http://127.0.0.1:${port}/holds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"slotId":"a"}' });
    assert.notEqual(hold.status, 200);
  } finally {
    prism.kill('SIGTERM');
  }
});
