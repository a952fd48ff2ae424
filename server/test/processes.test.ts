// Several server processes on one PostgreSQL database: 50 patients racing for one slot through
// two processes get exactly one appointment; a process SIGKILLed with a booking in flight leaves
// nothing behind, and the client's retry with the same key books once. (Runs `dist/main.js`.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { call, demoPractice, freePort, freeSlots, freshPostgres, liveServer, patient, spawnServer, stop } from './support.js';


/** One patient's attempt: hold, then book. 200 (booked) or the refusal's status. */
async function attempt(baseUrl: string, slotId: string, i: number): Promise<number> {
  const hold = await call(baseUrl, 'POST', '/holds', { slotId }, { 'idempotency-key': `race-hold-${i}` });
  if (hold.status !== 200) return hold.status;
  const booked = await call(baseUrl, 'POST', '/appointments', { holdId: hold.json.holdId, patient, reminders: { sms: false, email: false } }, { 'idempotency-key': `race-book-${i}` });
  return booked.status;
}

void describe('two server processes on one PostgreSQL database', () => {
  const db = freshPostgres('procs');
  const children: Array<Awaited<ReturnType<typeof spawnServer>>> = [];
  const bases: string[] = [];
  const client = new pg.Client({ connectionString: db.url });

  before(async () => {
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      children.push(await spawnServer({ port, databaseUrl: db.url, practice: demoPractice }));
      bases.push(`http://127.0.0.1:${port}/api/frontdesk`);
    }
    await client.connect();
  });
  after(async () => {
    await client.end();
    for (const c of children) await stop(c);
    db.drop();
  });

  it('50 simultaneous attempts at one slot → exactly 1 appointment and 49 conflicts', async () => {
    const [slot] = await freeSlots({ baseUrl: bases[0] });
    const statuses = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(bases[i % 2], slot.id, i)));
    assert.equal(statuses.filter((s) => s === 200).length, 1, `statuses: ${statuses.join(',')}`);
    assert.equal(statuses.filter((s) => s === 409).length, 49);
    const rows = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM appointments WHERE status = 'booked' AND provider_id = $1 AND lower(during) = $2", [slot.providerId, slot.start]);
    assert.equal(rows.rows[0].n, 1);
  });

  it('SIGKILL during an in-flight booking; after restart the retry with the same key books once', async () => {
    const [, slot] = await freeSlots({ baseUrl: bases[0] });
    const hold = await call(bases[0], 'POST', '/holds', { slotId: slot.id }, { 'idempotency-key': 'crash-hold' });
    assert.equal(hold.status, 200);
    const body = { holdId: hold.json.holdId, patient, reminders: { sms: false, email: false } };
    // Keep the booking in flight: nobody may insert an appointment until we let go.
    await client.query('BEGIN');
    await client.query('LOCK TABLE appointments IN EXCLUSIVE MODE');
    const inFlight = call(bases[0], 'POST', '/appointments', body, { 'idempotency-key': 'crash-book' }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 700));
    await stop(children[0], 'SIGKILL');
    await client.query('ROLLBACK');
    assert.ok((await inFlight) instanceof Error, 'the in-flight request died with its process');
    // Give PostgreSQL a moment to end the dead process's session.
    await new Promise((r) => setTimeout(r, 500));
    const before = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM appointments');
    const port = Number(new URL(bases[0]).port);
    children[0] = await spawnServer({ port, databaseUrl: db.url });
    const retry = await call(bases[0], 'POST', '/appointments', body, { 'idempotency-key': 'crash-book' });
    assert.equal(retry.status, 200, retry.text);
    const again = await call(bases[1], 'POST', '/appointments', body, { 'idempotency-key': 'crash-book' });
    assert.equal(again.text, retry.text, 'the other process replays the same appointment');
    const afterwards = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM appointments');
    assert.equal(afterwards.rows[0].n - before.rows[0].n, 1, 'exactly one appointment, none lost, none doubled');
  });
});

void describe('one embedded (PGlite) process', () => {
  let s: Awaited<ReturnType<typeof liveServer>>;
  before(async () => {
    s = await liveServer('embedded', 'race');
  });
  after(async () => s.close());

  it('50 simultaneous attempts at one slot → exactly 1 appointment and 49 conflicts', async () => {
    const [slot] = await freeSlots(s);
    const statuses = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(s.baseUrl, slot.id, i)));
    assert.equal(statuses.filter((x) => x === 200).length, 1);
    assert.equal(statuses.filter((x) => x === 409).length, 49);
  });
});
