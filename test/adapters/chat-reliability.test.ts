import { expect, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { seededRandom } from '../../src/adapters/memory/random.js';
import { guardPort } from '../../src/core/guard.js';
import { chatPort } from '../../src/core/ports/chat.js';
import { runAdapterContractTests } from '../../src/testing/contract.js';
import { ChatSession, type LogEntry } from '../../src/widgets/chat-launcher/session.js';
import { memory } from '../support/fixtures.js';

runAdapterContractTests('memory chat (fixed clock)', () => ({ chat: memory({ scenario: 'online' }).chat }), { ports: ['chat'] });
runAdapterContractTests('memory chat (system clock, latency, default hours)', () => ({ chat: createMemoryAdapter({ latencyMs: 20 }).chat }), { ports: ['chat'] });

const COUNT = 200;

describe('chat reliability: 200 messages each way over a flaky connection (memory, seeded)', () => {
  it('every message arrives exactly once, in order, on both sides', async function () {
    this.timeout(60_000);
    const adapter = createMemoryAdapter({ scenario: 'flaky-connection', seed: 42 });
    adapter.control.chat.setAutoReply(false);
    const random = seededRandom(7);
    // Short backoffs keep the run quick; the logic is the same as in the widget.
    const port = guardPort(adapter.chat, chatPort, 'chat', { policy: { baseDelayMs: 2, maxDelayMs: 20, retries: 2 }, random });
    const incoming: LogEntry[] = [];
    let failures = 0;
    let reconnects = 0;
    let wasReconnecting = false;
    const session: ChatSession = new ChatSession(port, {
      changed: () => {
        if (session.connection === 'reconnecting' && !wasReconnecting) reconnects++;
        wasReconnecting = session.connection === 'reconnecting';
      },
      incoming: (e) => incoming.push(e),
      failed: () => failures++,
    }, { random: () => random() * 0.01, online: () => true });
    const conversationId = await session.start();

    // Interleave: the patient types, the agent writes, the connection drops at random.
    for (let i = 0; i < COUNT; i++) {
      session.send(`patient ${i}`);
      adapter.control.chat.agentSay(conversationId, `agent ${i}`);
      if (i % 37 === 0) adapter.control.chat.dropConnections();
      await new Promise((r) => setTimeout(r, i % 3));
    }
    await waitUntil(
      () => session.outbox.pending === 0 && incoming.length >= COUNT,
      `stuck: ${session.outbox.pending} unsent, ${incoming.length}/${COUNT} agent messages received`,
      { timeout: 50_000, interval: 20 },
    );
    await new Promise((r) => setTimeout(r, 100));

    // The practice's side: each patient message once, in the order typed.
    const practiceSide = adapter.control.chat.transcript(conversationId).filter((m) => m.author === 'patient').map((m) => m.text);
    // The patient's side: each agent message once, in the order written; and every own message sent.
    const patientSide = incoming.map((e) => e.text);
    const sendCalls = adapter.control.calls.filter((c) => c.method === 'chat.send').length;
    const subscribes = adapter.control.calls.filter((c) => c.method === 'chat.subscribe').length;
    const histories = adapter.control.calls.filter((c) => c.method === 'chat.history').length;
    // warn: the runner prints only warnings and errors from the browser.
    console.warn(
      `chat reliability (seed 42): ${COUNT} patient → practice: ${practiceSide.length} received, ${new Set(practiceSide).size} distinct; ` +
        `${COUNT} agent → patient: ${patientSide.length} received, ${new Set(patientSide).size} distinct; ` +
        `send calls ${sendCalls} (retries ${sendCalls - COUNT}), subscriptions ${subscribes}, history gap fills ${histories}, reconnects ${reconnects}, reported failures ${failures}`,
    );
    expect(practiceSide).to.deep.equal(Array.from({ length: COUNT }, (_, i) => `patient ${i}`));
    expect(patientSide).to.deep.equal(Array.from({ length: COUNT }, (_, i) => `agent ${i}`));
    expect(session.log.filter((e) => e.author === 'patient').map((e) => e.state)).to.deep.equal(Array(COUNT).fill('sent'));
    expect(sendCalls).to.be.greaterThan(COUNT, 'the scenario lost no request: the test proves nothing');
    expect(subscribes).to.be.greaterThan(2, 'the connection never dropped: the test proves nothing');
    session.dispose();
  });
});

describe('chat session: offline', () => {
  it('messages typed while offline wait (attempts are not spent) and go out in order when the connection returns', async function () {
    this.timeout(10_000);
    const adapter = createMemoryAdapter({ scenario: 'online' });
    adapter.control.chat.setAutoReply(false);
    const port = guardPort(adapter.chat, chatPort, 'chat', { policy: { baseDelayMs: 2, maxDelayMs: 5, retries: 1 } });
    let online = true;
    const session = new ChatSession(port, { changed: () => undefined }, { random: () => 0, online: () => online });
    const conversationId = await session.start();
    online = false;
    adapter.control.fail({ method: 'chat.send', kind: 'network' });
    for (const text of ['one', 'two', 'three']) session.send(text);
    await new Promise((r) => setTimeout(r, 1500));
    const attemptsWhileOffline = adapter.control.calls.filter((c) => c.method === 'chat.send').length;
    expect(adapter.control.chat.transcript(conversationId)).to.deep.equal([]);
    expect(session.outbox.entries[0].attempts, 'attempts spent while offline').to.equal(1);
    online = true;
    adapter.control.clearFaults();
    await waitUntil(() => session.outbox.pending === 0, 'not sent after reconnecting', { timeout: 5000 });
    expect(adapter.control.chat.transcript(conversationId).map((m) => m.text)).to.deep.equal(['one', 'two', 'three']);
    expect(attemptsWhileOffline).to.be.lessThan(5);
    session.dispose();
  });
});
