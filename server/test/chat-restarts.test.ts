// Chat end to end through the widget's own session logic (ChatSession over the REST adapter, as
// the chat launcher runs it): 200 messages each way while the patient's server process is killed
// and replaced twice (behind one loopback address); staff answer through another process. Every
// message arrives once, in order, on both sides.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { EventSource } from 'eventsource';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { guardPort } from '../../src/core/guard.js';
import { chatPort } from '../../src/core/ports/chat.js';
import { ChatSession } from '../../src/widgets/chat-launcher/session.js';
import { migrate } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/port.js';
import { addStaffUser } from '../src/routes/staff.js';
import { staffLogin } from './extras-support.js';
import { call, demoPractice, freePort, freshPostgres, spawnServer, stop } from './support.js';

Object.assign(globalThis, { EventSource });

/** One loopback address in front of a server process that can be swapped (a restart behind a load balancer). */
async function swappableProxy(target: number) {
  const state = { target };
  const server: Server = createServer((req, res) => {
    const upstream = request({ host: '127.0.0.1', port: state.target, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
      up.on('error', () => res.destroy());
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end('{"error":{"code":"unavailable","message":"down"}}');
      else res.destroy();
    });
    req.pipe(upstream);
    res.on('close', () => upstream.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { port: (server.address() as { port: number }).port, state, close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) };
}

void describe('chat: 200 messages each way across two processes, the patient\'s process replaced twice (PostgreSQL)', () => {
  const pg = freshPostgres('chatrestart');
  const children: Array<Awaited<ReturnType<typeof spawnServer>>> = [];
  let proxy: Awaited<ReturnType<typeof swappableProxy>>;
  let staffBase = '';
  before(async () => {
    const setup = await openDatabase({ url: pg.url });
    await migrate(setup);
    await addStaffUser(setup, 'desk@example-clinic.org', 'Maria', 'correct horse battery staple');
    await setup.close();
    const patientPort = await freePort();
    children.push(await spawnServer({ port: patientPort, databaseUrl: pg.url, practice: demoPractice }));
    const staffPort = await freePort();
    children.push(await spawnServer({ port: staffPort, databaseUrl: pg.url }));
    staffBase = `http://127.0.0.1:${staffPort}/api/frontdesk`;
    proxy = await swappableProxy(patientPort);
  });
  after(async () => {
    await proxy.close();
    for (const c of children) await stop(c);
    pg.drop();
  });

  it('each message once and in order on both sides', { timeout: 240_000 }, async () => {
    const port = guardPort(createRestAdapter({ baseUrl: `http://127.0.0.1:${proxy.port}/api/frontdesk` }).chat, chatPort, 'chat');
    const session = new ChatSession(port, { changed: () => undefined }, { online: () => true });
    const id = await session.start({ topic: 'Restarts' });
    const staff = await staffLogin(staffBase);
    const n = 200;
    let retries = 0;
    for (let i = 0; i < n; i++) {
      session.send(`patient ${i}`);
      const reply = await call(staffBase, 'POST', `/staff/chat/conversations/${id}/messages`, { clientMessageId: `s-${i}`, text: `staff ${i}` }, staff.write);
      assert.equal(reply.status, 200);
      if (i === 66 || i === 133) {
        // Killed outright, a new process on another port behind the same address.
        await stop(children[0], 'SIGKILL');
        children[0] = await spawnServer({ port: (proxy.state.target = await freePort()), databaseUrl: pg.url });
      }
      if (session.log.some((e) => e.state === 'failed')) {
        retries++;
        session.retry();
      }
    }
    const deadline = Date.now() + 120_000;
    const sent = () => session.log.filter((e) => e.author === 'patient' && e.state === 'sent').length;
    const received = () => session.log.filter((e) => e.author === 'agent' && e.kind === 'message').length;
    while ((sent() < n || received() < n) && Date.now() < deadline) {
      if (session.log.some((e) => e.state === 'failed')) {
        retries++;
        session.retry();
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const agentTexts = session.log.filter((e) => e.author === 'agent' && e.kind === 'message').map((e) => e.text);
    assert.deepEqual(agentTexts, Array.from({ length: n }, (_, i) => `staff ${i}`), 'the patient saw every reply once, in order');
    assert.equal(sent(), n);
    const history = await call(staffBase, 'GET', `/staff/chat/conversations/${id}/events`, undefined, staff.read);
    const patientTexts = (history.json.events as Array<{ type: string; message?: { author: string; text: string } }>)
      .filter((e) => e.type === 'message' && e.message?.author === 'patient')
      .map((e) => e.message?.text);
    assert.deepEqual(patientTexts, Array.from({ length: n }, (_, i) => `patient ${i}`), 'the practice got every message once, in order');
    session.dispose();
    console.info(`chat restarts: ${n} each way, Retry pressed ${retries} times`);
  });
});
