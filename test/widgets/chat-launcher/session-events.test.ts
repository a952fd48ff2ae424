import { expect, waitUntil } from '@open-wc/testing';
import type { ChatPort } from '../../../src/core/adapter.js';
import { FrontdeskError } from '../../../src/core/errors.js';
import type { ChatEvent, ChatHistory, ChatMessage } from '../../../src/core/schemas/chat.js';
import { MAX_AUTO_ATTEMPTS } from '../../../src/widgets/chat-launcher/outbox.js';
import { ChatSession, type LogEntry } from '../../../src/widgets/chat-launcher/session.js';

/**
 * A chat port the test drives by hand: `emit` pushes an event on the live subscription, `fail`
 * errors it, `history` answers what `past` holds after the cursor asked for (and records each ask).
 */
function scriptedPort(send: ChatPort['send'] = async (input) => message('m-sent', 'patient', 'hi', input.clientMessageId)) {
  let listener: { onEvent: (e: ChatEvent) => void; onError?: (e: FrontdeskError) => void } | undefined;
  const past: ChatEvent[] = [];
  const historyAsks: Array<string | undefined> = [];
  let subscriptions = 0;
  const port = {
    startConversation: async () => ({ conversationId: 'conv-1', cursor: 'c0' }),
    subscribe: (_input: { after?: string }, onEvent: (e: ChatEvent) => void, options: { onError?: (e: FrontdeskError) => void }) => {
      subscriptions++;
      listener = { onEvent, onError: options.onError };
    },
    history: async (input: { after?: string }): Promise<ChatHistory> => {
      historyAsks.push(input.after);
      const from = input.after ? past.findIndex((e) => 'cursor' in e && e.cursor === input.after) + 1 : 0;
      const events = past.slice(from);
      const last = [...past].reverse().find((e) => 'cursor' in e);
      return { events, cursor: last && 'cursor' in last ? last.cursor : 'c0' };
    },
    send,
    end: async () => ({ conversationId: 'conv-1', ok: true as const }),
  } as unknown as ChatPort;
  return {
    port,
    past,
    historyAsks,
    get subscriptions() {
      return subscriptions;
    },
    emit: (e: ChatEvent) => listener?.onEvent(e),
    fail: (e: FrontdeskError) => listener?.onError?.(e),
  };
}

let n = 0;
function message(id: string, author: ChatMessage['author'], text: string, clientMessageId?: string): ChatMessage {
  return { id, conversationId: 'conv-1', author, text, sentAt: '2026-03-10T16:00:00Z', cursor: `c-${id}-${++n}`, ...(clientMessageId ? { clientMessageId } : {}) };
}
const said = (m: ChatMessage): ChatEvent => ({ type: 'message', message: m, cursor: m.cursor });

function hooks() {
  const incoming: LogEntry[] = [];
  const failed: FrontdeskError[] = [];
  return { incoming, failed, hooks: { changed: () => undefined, incoming: (e: LogEntry) => void incoming.push(e), failed: (e: FrontdeskError) => void failed.push(e) } };
}
const options = { random: () => 0, online: () => true };

describe('chat session: events', () => {
  it('after a drop, history is asked from the last cursor seen, not from the start', async () => {
    const p = scriptedPort();
    const session = new ChatSession(p.port, hooks().hooks, options);
    await session.start();
    const first = message('m1', 'agent', 'hello');
    p.past.push(said(first));
    p.emit(said(first));
    p.fail(new FrontdeskError('network', 'dropped'));
    await waitUntil(() => p.subscriptions === 2, 'never resubscribed', { timeout: 3000 });
    expect(p.historyAsks).to.deep.equal([first.cursor]);
    session.dispose();
  });

  it('a resumed conversation’s history is shown but not announced as new', async () => {
    const p = scriptedPort();
    p.past.push(said(message('m1', 'agent', 'earlier reply')));
    const h = hooks();
    const session = new ChatSession(p.port, h.hooks, options);
    await session.resume('conv-1');
    expect(session.log.map((e) => e.text)).to.deep.equal(['earlier reply']);
    expect(h.incoming).to.deep.equal([]);
    p.emit(said(message('m2', 'agent', 'live reply')));
    expect(h.incoming.map((e) => e.text)).to.deep.equal(['live reply']);
    session.dispose();
  });

  it('a message that keeps failing is told to the page twice: at the first failure and when it is given up', async () => {
    let attempts = 0;
    const p = scriptedPort(async () => {
      attempts++;
      throw new FrontdeskError('unavailable', 'down');
    });
    const h = hooks();
    const session = new ChatSession(p.port, h.hooks, options);
    await session.start();
    session.send('hello');
    await waitUntil(() => attempts === MAX_AUTO_ATTEMPTS && session.log[0]?.state === 'failed' && !session.outbox.next(), 'never gave up', { timeout: 5000 });
    expect(h.failed.length).to.equal(2);
    session.dispose();
  });

  it('a stream error that cannot be retried stops listening and is told once; no history is asked', async () => {
    const p = scriptedPort();
    const h = hooks();
    const session = new ChatSession(p.port, h.hooks, options);
    await session.start();
    p.fail(new FrontdeskError('unauthorized', 'no'));
    await new Promise((r) => setTimeout(r, 50));
    expect(session.connection).to.equal('idle');
    expect(h.failed.map((e) => e.kind)).to.deep.equal(['unauthorized']);
    expect(p.historyAsks).to.deep.equal([]);
    expect(p.subscriptions).to.equal(1);
    session.dispose();
  });

  it('one event that does not match the schema is skipped and told; the stream stays up', async () => {
    const p = scriptedPort();
    const h = hooks();
    const session = new ChatSession(p.port, h.hooks, options);
    await session.start();
    p.fail(new FrontdeskError('invalid-response', 'bad event'));
    await new Promise((r) => setTimeout(r, 50));
    expect(session.connection).to.equal('connected');
    expect(p.subscriptions).to.equal(1);
    p.emit(said(message('m1', 'agent', 'still here')));
    expect(session.log.map((e) => e.text)).to.deep.equal(['still here']);
    expect(h.failed.map((e) => e.kind)).to.deep.equal(['invalid-response']);
    session.dispose();
  });

  it('the agent’s reply ends “typing”; the end of the chat forgets the agent’s name', async () => {
    const p = scriptedPort();
    const session = new ChatSession(p.port, hooks().hooks, options);
    await session.start();
    p.emit({ type: 'agent-joined', agentName: 'Rosa', cursor: 'j1' });
    p.emit({ type: 'typing', typing: true, agentName: 'Rosa' });
    expect([session.agentName, session.typing]).to.deep.equal(['Rosa', true]);
    p.emit(said(message('m1', 'agent', 'hi')));
    expect(session.typing).to.equal(false);
    p.emit({ type: 'closed', cursor: 'x1' });
    expect(session.agentName).to.equal(undefined);
    expect(session.closed).to.equal(true);
    session.dispose();
  });
});
