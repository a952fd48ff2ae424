import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import type { ServerConfig } from '../src/context.js';
import { migrate } from '../src/db/migrate.js';
import { openDatabase, type Database } from '../src/db/port.js';
import { seedPractice } from '../src/practice.js';
import { readPractice } from '../src/server.js';

export const serverDir = new URL('..', import.meta.url).pathname;
export const demoPractice = join(serverDir, 'practices/demo.yaml');

/** A PostgreSQL database of its own per test file (127.0.0.1:5432, trust auth), dropped after. */
export function freshPostgres(name: string): { url: string; drop: () => void } {
  const db = `fd_wt15_${name}_${process.pid}`;
  const psql = (sql: string) => execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-qtAc', sql], { stdio: 'pipe' });
  psql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  psql(`CREATE DATABASE ${db}`);
  return { url: `postgres://postgres@127.0.0.1:5432/${db}`, drop: () => psql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`) };
}

export type Kind = 'embedded' | 'postgres';

/** An in-process server on a free loopback port, on a fresh database of the given kind, seeded with the demo practice. */
export async function liveServer(kind: Kind, name: string, config: Partial<ServerConfig> = {}, logStream?: { write(line: string): void }) {
  const pg = kind === 'postgres' ? freshPostgres(name) : undefined;
  const db: Database = await openDatabase(pg ? { url: pg.url } : {});
  await migrate(db);
  await db.transaction((tx) => seedPractice(tx, readPractice(demoPractice)));
  const app = await buildApp({ db, config: { patientRateLimit: 100_000, lookupLimit: { perClient: 1000, perCode: 1000, windowMinutes: 15 }, ...config }, logStream: logStream ?? { write: () => undefined } });
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    app,
    db,
    origin,
    baseUrl: `${origin}/api/frontdesk`,
    pgUrl: pg?.url,
    async close() {
      await app.close();
      await db.close();
      pg?.drop();
    },
  };
}

/** `node dist/main.js start …` as a child process; resolves once it listens. */
export async function spawnServer(args: { port: number; databaseUrl?: string; dataDir?: string; practice?: string; env?: Record<string, string> }): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(serverDir, 'dist/main.js'), 'start', '--port', String(args.port), ...(args.practice ? ['--practice', args.practice] : []), ...(args.dataDir ? ['--data', args.dataDir] : [])],
    { env: { ...process.env, ...(args.databaseUrl ? { DATABASE_URL: args.databaseUrl } : {}), ...args.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += String(c)));
  child.stderr?.on('data', (c: Buffer) => (output += String(c)));
  const deadline = Date.now() + 60_000;
  while (!output.includes('listening on')) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

export async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  await once(child, 'exit');
}

export const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
};

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  server.close();
  return port;
}

/** The error code of a refusal (`{ error: { code } }`). */
export const errorCode = (res: { json: Record<string, unknown> }): unknown => (res.json.error as { code?: unknown } | undefined)?.code;

/** JSON request helper for tests. */
export async function call(baseUrl: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json: (json ?? {}) as Record<string, unknown> };
}

let keys = 0;
/** A fresh Idempotency-Key header. */
export const key = () => ({ 'idempotency-key': `k-${process.pid}-${++keys}` });

export const patient = { givenName: 'Test', familyName: 'Patient', birthDate: '1980-04-02', phone: '(555) 010-0000', email: 'test@example.org' };
const DAY = 86_400_000;


export async function freeSlots(s: { baseUrl: string }, visitTypeId = 'sick') {
  const from = new Date(Date.now() + DAY).toISOString();
  const to = new Date(Date.now() + 15 * DAY).toISOString();
  const res = await call(s.baseUrl, 'GET', `/slots?from=${from}&to=${to}&visitTypeId=${visitTypeId}`);
  assert.equal(res.status, 200);
  return res.json as unknown as Array<{ id: string; start: string; providerId: string }>;
}

export async function book(s: { baseUrl: string }, slotId: string, who = patient) {
  const hold = await call(s.baseUrl, 'POST', '/holds', { slotId }, key());
  assert.equal(hold.status, 200, hold.text);
  const apt = await call(s.baseUrl, 'POST', '/appointments', { holdId: hold.json.holdId, patient: who, reminders: { sms: false, email: true } }, key());
  assert.equal(apt.status, 200, apt.text);
  return apt.json as unknown as { id: string; confirmationCode: string; start: string; manageToken: { token: string } };
}

