import { expect, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { ChatPort } from '../../../src/core/adapter.js';
import { FrontdeskError } from '../../../src/core/errors.js';
import { ChatSession } from '../../../src/widgets/chat-launcher/session.js';
import { MAX_AUTO_ATTEMPTS, Outbox } from '../../../src/widgets/chat-launcher/outbox.js';

/**
 * A chat port whose subscription never resends: a (re)subscription delivers only what happens
 * after it starts, whatever `after` says — as a push channel that keeps no backlog. Only the
 * session's gap fill (history from its cursor) can recover a message sent during a drop.
 */
function noResendPort(inner: ChatPort) {
  let drop: (() => void) | undefined;
  const port: ChatPort = {
    ...inner,
    subscribe(input, onEvent, options) {
      const live = new AbortController();
      options.signal.addEventListener('abort', () => live.abort());
      void inner.history({ conversationId: input.conversationId }).then((now) => {
        if (!live.signal.aborted) inner.subscribe({ conversationId: input.conversationId, after: now.cursor }, onEvent, { signal: live.signal });
      });
      drop = () => {
        live.abort();
        options.onError?.(new FrontdeskError('network', 'dropped', { retryable: true }));
      };
    },
  };
  return { port, drop: () => drop?.() };
}

describe('chat session: recovery after a drop', () => {
  it('a message sent while the connection was down is filled in from history (the channel does not resend it)', async () => {
    const adapter = createMemoryAdapter({ scenario: 'online' });
    adapter.control.chat.setAutoReply(false);
    const { port, drop } = noResendPort(adapter.chat);
    const session = new ChatSession(port, { changed: () => undefined }, { random: () => 0, online: () => true });
    const conversationId = await session.start();
    await new Promise((r) => setTimeout(r, 50));
    adapter.control.chat.agentSay(conversationId, 'before the drop');
    await waitUntil(() => session.log.some((e) => e.text === 'before the drop'), 'the live channel delivered nothing');

    // The channel goes down; the agent writes; the channel comes back without a backlog.
    const shown = () => session.log.map((e) => e.text);
    drop();
    adapter.control.chat.agentSay(conversationId, 'while you were away');
    await waitUntil(() => session.connection === 'connected' && shown().includes('while you were away'), 'the gap was never filled', { timeout: 3000 });
    adapter.control.chat.agentSay(conversationId, 'after the drop');
    await waitUntil(() => shown().includes('after the drop'), 'the channel never came back');
    expect(shown().filter((t) => ['before the drop', 'while you were away', 'after the drop'].includes(t))).to.deep.equal(['before the drop', 'while you were away', 'after the drop']);
    session.dispose();
  });
});

describe('chat outbox', () => {
  it('a message that failed for good holds the ones typed after it (nothing is sent past it)', () => {
    const outbox = new Outbox();
    const first = outbox.add('a', 'first');
    outbox.add('b', 'second');
    expect(outbox.next()).to.equal(first);
    expect(outbox.attemptFailed(first, false)).to.equal(false);
    expect(first.state).to.equal('failed');
    expect(outbox.next(), 'sent past a failed message').to.equal(undefined);
    outbox.retry();
    expect(outbox.next()).to.equal(first);
  });

  it('five automatic attempts, then "Not sent"', () => {
    expect(MAX_AUTO_ATTEMPTS).to.equal(5);
    const outbox = new Outbox();
    const entry = outbox.add('a', 'hello');
    let attempts = 0;
    for (;;) {
      attempts++;
      if (!outbox.attemptFailed(entry, true)) break;
      expect(attempts, 'never gave up').to.be.below(50);
    }
    expect(attempts).to.equal(5);
    expect(entry.state).to.equal('failed');
  });

  it('the session makes five send attempts on a failing network, then marks the message failed', async function () {
    this.timeout(20_000);
    const adapter = createMemoryAdapter({ scenario: 'online' });
    adapter.control.chat.setAutoReply(false);
    const session = new ChatSession(adapter.chat, { changed: () => undefined }, { random: () => 0, online: () => true });
    await session.start();
    adapter.control.fail({ method: 'chat.send', kind: 'unavailable' });
    session.send('hello');
    await waitUntil(() => session.outbox.entries[0]?.state === 'failed', 'never marked failed', { timeout: 15_000 });
    expect(adapter.control.calls.filter((c) => c.method === 'chat.send')).to.have.length(5);
    session.dispose();
  });
});
