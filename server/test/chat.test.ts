// Chat on the server, past what the contract checks: a message once per clientMessageId (any
// key), call-back tasks, availability from the practice's chat hours, and live delivery over the
// event stream across two server processes (LISTEN/NOTIFY): staff replies, typing, agent joined,
// patient messages, each once and in order.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chatAvailability } from '../src/chat/routes.js';
import { migrate } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/port.js';
import { addStaffUser } from '../src/routes/staff.js';
import { openStream, staffLogin } from './extras-support.js';
import { call, demoPractice, freePort, freshPostgres, key, liveServer, spawnServer, stop } from './support.js';

void describe('chat (embedded)', () => {
  let s: Awaited<ReturnType<typeof liveServer>>;
  before(async () => {
    s = await liveServer('embedded', 'chat');
  });
  after(async () => s.close());

  it('posts a message once per clientMessageId, whatever the Idempotency-Key', async () => {
    const { json: c } = await call(s.baseUrl, 'POST', '/chat/conversations', { prechat: { topic: 'Hours' } }, key());
    const path = `/chat/conversations/${String(c.conversationId)}/messages`;
    const a = await call(s.baseUrl, 'POST', path, { clientMessageId: 'cm-1', text: 'Hello' }, key());
    const b = await call(s.baseUrl, 'POST', path, { clientMessageId: 'cm-1', text: 'Hello' }, key());
    assert.equal(a.status, 200);
    assert.deepEqual(b.json, a.json);
    const history = await call(s.baseUrl, 'GET', `/chat/conversations/${String(c.conversationId)}/events`);
    assert.equal((history.json.events as unknown[]).length, 1);
    const ended = await call(s.baseUrl, 'POST', `/chat/conversations/${String(c.conversationId)}/end`, undefined, key());
    assert.equal(ended.status, 200);
    assert.equal((await call(s.baseUrl, 'POST', path, { clientMessageId: 'cm-2', text: 'Still there?' }, key())).status, 409, 'a closed chat takes no message');
  });

  it('a message left outside chat hours becomes a call-back task with the contact', async () => {
    const res = await call(s.baseUrl, 'POST', '/chat/callback-requests', { contact: { name: 'Ana', phone: '(555) 010-1111' }, topic: 'Billing', text: 'Please call me' }, key());
    const [task] = await s.db.query<{ kind: string; contact: unknown; body: string }>('SELECT kind, contact, body FROM tasks WHERE id = $1', [res.json.reference]);
    assert.deepEqual(task, { kind: 'callback', contact: { name: 'Ana', phone: '(555) 010-1111' }, body: 'Please call me' });
    assert.equal((await call(s.baseUrl, 'POST', '/chat/callback-requests', { contact: { name: 'Ana' }, text: 'x' }, key())).status, 422, 'a phone or an email is needed');
  });

  it('availability follows the chat hours in the practice zone: away, online with staff present, offline with the next opening', async () => {
    // Monday 2026-03-09 10:00 in Phoenix (UTC−7) = 17:00Z.
    const monday10 = Date.parse('2026-03-09T17:00:00Z');
    assert.equal((await chatAvailability(s.db, monday10)).status, 'away');
    await addStaffUser(s.db, 'desk@example-clinic.org', 'Front desk', 'correct horse battery staple');
    await s.db.query('INSERT INTO chat_presence (user_id) SELECT id FROM staff_users');
    assert.equal((await chatAvailability(s.db, monday10)).status, 'online');
    // Saturday 2026-03-07 20:00 Phoenix: closed until Sunday 09:00 (16:00Z).
    const closed = await chatAvailability(s.db, Date.parse('2026-03-08T03:00:00Z'));
    assert.equal(closed.status, 'offline');
    assert.equal(closed.nextOpening, '2026-03-08T16:00:00.000Z');
  });
});

void describe('chat across two server processes (PostgreSQL)', () => {
  const pg = freshPostgres('chat');
  const children: Array<Awaited<ReturnType<typeof spawnServer>>> = [];
  const bases: string[] = [];
  before(async () => {
    const setup = await openDatabase({ url: pg.url });
    await migrate(setup);
    await addStaffUser(setup, 'desk@example-clinic.org', 'Maria', 'correct horse battery staple');
    await setup.close();
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      children.push(await spawnServer({ port, databaseUrl: pg.url, practice: demoPractice }));
      bases.push(`http://127.0.0.1:${port}/api/frontdesk`);
    }
  });
  after(async () => {
    for (const c of children) await stop(c);
    pg.drop();
  });

  it('staff replies, typing and patient messages reach streams on the other process, each once and in order', async () => {
    const [a, b] = bases as [string, string];
    const { json: c } = await call(a, 'POST', '/chat/conversations', { prechat: { name: 'Ana', topic: 'Hours' } }, key());
    const id = String(c.conversationId);
    const patientStream = openStream(`${b}/chat/conversations/${id}/events/stream?after=0`);
    const staff = await staffLogin(a);
    const inbox = openStream(`${a}/staff/chat/stream`, staff.read);
    await new Promise((r) => setTimeout(r, 300));
    const typing = await call(a, 'POST', `/staff/chat/conversations/${id}/typing`, { typing: true }, staff.write);
    assert.equal(typing.status, 200);
    const n = 40;
    for (let i = 0; i < n; i++) {
      assert.equal((await call(a, 'POST', `/chat/conversations/${id}/messages`, { clientMessageId: `p-${i}`, text: `patient ${i}` }, key())).status, 200);
      assert.equal((await call(b, 'POST', `/staff/chat/conversations/${id}/messages`, { clientMessageId: `s-${i}`, text: `staff ${i}` }, staff.write)).status, 200);
    }
    const messages = (e: typeof patientStream.events) => e.filter((x) => x.data.type === 'message');
    await patientStream.wait((e) => messages(e).length >= 2 * n);
    const events = patientStream.events;
    assert.ok(events.some((e) => e.data.type === 'typing' && e.data.typing === true && e.data.agentName === 'Maria'), 'typing reached the patient');
    const joined = events.filter((e) => e.data.type === 'agent-joined');
    assert.equal(joined.length, 1);
    assert.equal(joined[0].data.agentName, 'Maria');
    const texts = messages(events).map((e) => (e.data.message as { text: string }).text);
    assert.deepEqual(texts, Array.from({ length: n }, (_, i) => [`patient ${i}`, `staff ${i}`]).flat());
    const ids = events.filter((e) => e.id).map((e) => Number(e.id));
    assert.deepEqual(ids, [...ids].sort((x, y) => x - y), 'cursors in order');
    assert.equal(new Set(ids).size, ids.length, 'each event once');
    await inbox.wait((e) => e.some((x) => x.data.conversationId === id && x.data.cursor === String(ids.at(-1))));
    // A reconnect with Last-Event-ID resumes after it.
    const resumed = openStream(`${a}/chat/conversations/${id}/events/stream`, { 'last-event-id': String(ids.at(-3)) });
    await resumed.wait((e) => e.length >= 2);
    assert.deepEqual(resumed.events.map((e) => e.id), [String(ids.at(-2)), String(ids.at(-1))]);
    await Promise.all([patientStream.close(), inbox.close(), resumed.close()]);
  });
});
