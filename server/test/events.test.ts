// Wait times over the event stream across processes: a staff change made through one server
// process reaches a banner's stream opened on another (LISTEN/NOTIFY), with retry: and heartbeats.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migrate } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/port.js';
import { addStaffUser } from '../src/routes/staff.js';
import { demoPractice, freePort, freshPostgres, spawnServer, stop } from './support.js';

/** Reads a text/event-stream until `until` is satisfied by what came so far. */
async function readStream(url: string, until: (text: string) => boolean, ms: number): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  let text = '';
  try {
    const res = await fetch(url, { signal: controller.signal });
    assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
    const reader = res.body!.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
      if (until(text)) break;
    }
  } catch {
    // aborted: return what came
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return text;
}

void describe('wait-time stream across two processes (PostgreSQL)', () => {
  const db = freshPostgres('events');
  const children: Array<Awaited<ReturnType<typeof spawnServer>>> = [];
  const bases: string[] = [];
  before(async () => {
    const setup = await openDatabase({ url: db.url });
    await migrate(setup);
    await addStaffUser(setup, 'desk@example-clinic.org', 'Front desk', 'correct horse battery staple');
    await setup.close();
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      children.push(await spawnServer({ port, databaseUrl: db.url, practice: demoPractice }));
      bases.push(`http://127.0.0.1:${port}/api/frontdesk`);
    }
  });
  after(async () => {
    for (const c of children) await stop(c);
    db.drop();
  });

  it('a wait set through process A is pushed to a stream on process B', async () => {
    const stream = readStream(`${bases[1]}/wait-times/stream?locationIds=las-vegas`, (t) => t.includes('"minutes":37'), 10_000);
    await new Promise((r) => setTimeout(r, 800));
    const login = await fetch(`${bases[0]}/staff/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'desk@example-clinic.org', password: 'correct horse battery staple' }) });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const set = await fetch(`${bases[0]}/staff/wait-times/las-vegas`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ status: 'open', minutes: 37, range: { low: 30, high: 45 }, peopleWaiting: 4 }),
    });
    assert.equal(set.status, 200);
    const text = await stream;
    assert.match(text, /^retry: \d+/);
    const events = text.split('\n\n').filter((e) => e.startsWith('data: ')).map((e) => JSON.parse(e.slice(6)) as Array<{ minutes?: number; status: string }>);
    assert.ok(events.length >= 2, `the first figures, then the change: ${text}`);
    assert.equal(events.at(-1)![0].minutes, 37);
    assert.equal(events.at(-1)![0].status, 'open');
  });
});
