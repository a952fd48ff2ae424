// `frontdesk-server start --demo-staff <email>` (what `npm start` runs): the demo console's staff
// account gets a new random password at each start, printed once; the previous one stops working;
// on PostgreSQL (production) the flag is refused. (Runs `dist/main.js`.)
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { call, demoPractice, freePort, freshPostgres, serverDir, stop, tempDir } from './support.js';

const EMAIL = 'demo-desk@example-clinic.org';

/** Starts the server with `--demo-staff`; resolves with the process, its API and everything it printed once it listens (or exits). */
async function start(dataDir: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; baseUrl: string; output: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(serverDir, 'dist/main.js'), 'start', '--port', String(port), '--practice', demoPractice, '--data', dataDir, '--demo-staff', EMAIL], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += String(c)));
  child.stderr.on('data', (c: Buffer) => (output += String(c)));
  const deadline = Date.now() + 60_000;
  while (!output.includes('staff console') && child.exitCode === null) {
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, baseUrl: `http://127.0.0.1:${port}/api/frontdesk`, output };
}

const passwordIn = (output: string): string => {
  const match = /sign in as (\S+) with the one-time password (\S+)/.exec(output);
  assert.ok(match, `no demo sign-in printed: ${output}`);
  assert.equal(match[1], EMAIL);
  return match[2];
};

const signIn = (baseUrl: string, password: string) => call(baseUrl, 'POST', '/staff/session', { email: EMAIL, password }, { 'sec-fetch-site': 'same-origin' });

void describe('the demo staff account (--demo-staff)', () => {
  const data = tempDir('fd-demo-staff-');
  after(() => data.remove());

  it('a printed password that signs in, replaced at the next start', { timeout: 120_000 }, async () => {
    const first = await start(data.dir);
    const password = passwordIn(first.output);
    assert.ok(password.length >= 16, 'a short password');
    assert.equal((await signIn(first.baseUrl, password)).status, 200);
    await stop(first.child);

    const second = await start(data.dir);
    try {
      const next = passwordIn(second.output);
      assert.notEqual(next, password);
      assert.equal((await signIn(second.baseUrl, password)).status, 401, 'the previous start’s password still signs in');
      assert.equal((await signIn(second.baseUrl, next)).status, 200);
    } finally {
      await stop(second.child);
    }
  });

  it('refused on PostgreSQL: production staff are added with `user add`', { timeout: 60_000 }, async () => {
    const db = freshPostgres('demo_staff');
    try {
      const { child, output } = await start(data.dir, { DATABASE_URL: db.url });
      await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(undefined)));
      assert.equal(child.exitCode, 1);
      assert.match(output, /--demo-staff is for the demo on the embedded database/);
      assert.doesNotMatch(output, /one-time password/);
    } finally {
      db.drop();
    }
  });
});
