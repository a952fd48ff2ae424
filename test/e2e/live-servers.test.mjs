// The live servers of the end-to-end tests clean up after a failed start: whichever step fails
// (the staff account, a process), the group's PostgreSQL database is dropped, its PGlite folder
// removed and every process it started stopped. Runs on the real PostgreSQL (127.0.0.1:5432).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { startGroup } from '../../scripts/live-servers.mjs';

const psql = (sql) => String(execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-qtAc', sql], { stdio: 'pipe' })).trim();
const exists = (db) => psql(`SELECT count(*) FROM pg_database WHERE datname = '${db}'`) === '1';
const origin = 'http://127.0.0.1:9';

/** A process that runs until it is told to stop, standing for a server process. */
function sleeper() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  return { child, origin: 'http://127.0.0.1:9' };
}

test('the staff account cannot be created: the database made for the group is dropped', async () => {
  const db = `fd_e2e_short_hold_${process.pid}`;
  let created = false;
  const steps = {
    psql: (sql) => {
      psql(sql);
      created ||= exists(db);
    },
    runCli: () => {
      throw new Error('user add failed');
    },
    startProcess: () => assert.fail('no process is started after a failed step'),
  };
  await assert.rejects(startGroup('short-hold', origin, steps), /user add failed/);
  assert.ok(created, 'the database was created');
  assert.ok(!exists(db), 'and is dropped');
});

test('the second process fails: the first is stopped and the shared database dropped', async () => {
  const db = `fd_e2e_pair_${process.pid}`;
  const started = [];
  const steps = {
    psql,
    runCli: () => undefined,
    startProcess: async () => {
      if (started.length === 1) throw new Error('exited before listening');
      const p = sleeper();
      started.push(p.child);
      return p;
    },
  };
  await assert.rejects(startGroup('pair', origin, steps), /exited before listening/);
  assert.equal(started.length, 1);
  assert.ok(started[0].exitCode !== null || started[0].signalCode !== null, 'the first process is stopped');
  assert.ok(!exists(db), 'the database is dropped');
});

test('the embedded process fails: its PGlite folder is removed', async () => {
  let folder;
  const steps = {
    psql: () => assert.fail('no PostgreSQL for the embedded group'),
    runCli: () => undefined,
    startProcess: async (args) => {
      folder = args[args.indexOf('--data') + 1];
      assert.ok(existsSync(folder));
      throw new Error('exited before listening');
    },
  };
  await assert.rejects(startGroup('embedded', origin, steps), /exited before listening/);
  assert.ok(folder && !existsSync(folder), 'the folder is removed');
});
