// A durable outbox: the server process is killed (SIGKILL) while an email is in the middle of
// its SMTP transaction; after a restart the message is sent again and the sink has it once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migrate } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/port.js';
import { smtpSink } from './message-sinks.js';
import { call, demoPractice, freePort, freeSlots, freshPostgres, key, patient, spawnServer, stop } from './support.js';

void describe('outbox across a crash (PostgreSQL, SMTP sink)', () => {
  const pg = freshPostgres('outbox');
  let smtp: Awaited<ReturnType<typeof smtpSink>>;
  const children: Array<Awaited<ReturnType<typeof spawnServer>>> = [];
  before(async () => {
    smtp = await smtpSink();
    const setup = await openDatabase({ url: pg.url });
    await migrate(setup);
    await setup.close();
  });
  after(async () => {
    for (const c of children) await stop(c);
    await smtp.close();
    pg.drop();
  });

  it('killed mid-send, restarted: the confirmation is delivered exactly once', async () => {
    const env = { FRONTDESK_SMTP_URL: smtp.url, FRONTDESK_MAIL_FROM: 'no-reply@desertsage.example', FRONTDESK_OUTBOX_POLL_MS: '200', FRONTDESK_OUTBOX_LEASE_MS: '1500' };
    const port = await freePort();
    const first = await spawnServer({ port, databaseUrl: pg.url, practice: demoPractice, env });
    children.push(first);
    const base = `http://127.0.0.1:${port}/api/frontdesk`;
    const holding = smtp.holdNext();
    const slots = await freeSlots({ baseUrl: base });
    const hold = await call(base, 'POST', '/holds', { slotId: slots[0].id }, key());
    const apt = await call(base, 'POST', '/appointments', { holdId: hold.json.holdId, patient: { ...patient, email: 'crash@example.org' }, reminders: { sms: false, email: true } }, key());
    assert.equal(apt.status, 200);
    await holding;
    await stop(first, 'SIGKILL');
    smtp.dropHeld();
    assert.equal(smtp.mails.length, 0, 'the transaction never completed');
    children.push(await spawnServer({ port: await freePort(), databaseUrl: pg.url, env }));
    const deadline = Date.now() + 15_000;
    while (!smtp.mails.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 2_500));
    const mine = smtp.mails.filter((m) => m.to.includes('crash@example.org'));
    assert.equal(mine.length, 1);
    assert.match(mine[0].subject, /is booked/);
    const db = await openDatabase({ url: pg.url });
    const rows = await db.query<{ status: string; attempts: number }>("SELECT status, attempts FROM outbox WHERE kind = 'booked'");
    await db.close();
    assert.deepEqual(rows, [{ status: 'sent', attempts: 2 }]);
  });
});
