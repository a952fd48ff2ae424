import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { guardPort } from '../../src/core/guard.js';
import { chatPort } from '../../src/core/ports/chat.js';
import { restHandlers } from '../../src/mocks/rest-handlers.js';
import { runAdapterContractTests } from '../../src/testing/contract.js';
import { ChatSession, type LogEntry } from '../../src/widgets/chat-launcher/session.js';
import { FIXED_NOW, memory } from '../support/fixtures.js';
import { useHandlers } from '../support/msw.js';

const BASE = '/api/frontdesk';

runAdapterContractTests(
  'rest chat over the event stream (msw over memory)',
  async () => {
    await useHandlers(...restHandlers(BASE, memory({ scenario: 'online' })));
    return { chat: createRestAdapter({ baseUrl: BASE }).chat };
  },
  { ports: ['chat'], now: () => FIXED_NOW },
);

runAdapterContractTests(
  'rest chat polling (msw over memory)',
  async () => {
    await useHandlers(...restHandlers(BASE, memory({ scenario: 'online' })));
    return { chat: createRestAdapter({ baseUrl: BASE, chatPollMs: 50, eventSource: false }).chat };
  },
  { ports: ['chat'], now: () => FIXED_NOW },
);

describe('rest chat: the HTTP contract', () => {
  it('sends every write with an Idempotency-Key, message text only in bodies, and polls events from the cursor', async () => {
    const seen: Array<{ method: string; url: URL; key: string | null; body: string }> = [];
    const backend = memory({ scenario: 'online' });
    backend.control.chat.setAutoReply(false);
    await useHandlers(
      http.all(`${BASE}/*`, async ({ request }) => {
        seen.push({ method: request.method, url: new URL(request.url), key: request.headers.get('idempotency-key'), body: await request.clone().text() });
        return undefined;
      }),
      ...restHandlers(BASE, backend),
    );
    const port = guardPort(createRestAdapter({ baseUrl: BASE, chatPollMs: 30, eventSource: false }).chat, chatPort, 'chat');
    const incoming: LogEntry[] = [];
    const session = new ChatSession(port, { changed: () => undefined, incoming: (e) => incoming.push(e) });
    const id = await session.start({ topic: 'billing' });
    session.send('My secret question');
    await waitUntil(() => session.outbox.pending === 0, 'not sent');
    backend.control.chat.agentSay(id, 'An answer');
    await waitUntil(() => incoming.length === 1, 'agent message not polled');
    session.dispose();
    const writes = seen.filter((r) => r.method === 'POST');
    expect(writes.map((w) => w.url.pathname)).to.deep.equal([`${BASE}/chat/conversations`, `${BASE}/chat/conversations/${id}/messages`]);
    for (const w of writes) expect(w.key).to.match(/^[0-9a-f-]{36}$/);
    expect(writes[1].body).to.contain('My secret question');
    for (const r of seen) expect(r.url.href).to.not.contain('secret');
    expect(seen.some((r) => r.url.pathname.endsWith('/events') && r.url.searchParams.get('after'))).to.equal(true);
  });

  it('a failed poll ends the subscription with a typed error (the widget then recovers from its cursor)', async () => {
    const backend = memory({ scenario: 'online' });
    await useHandlers(...restHandlers(BASE, backend));
    const chat = createRestAdapter({ baseUrl: BASE, chatPollMs: 20, eventSource: false }).chat;
    const { conversationId } = await chat.startConversation({ idempotencyKey: crypto.randomUUID() });
    backend.control.fail({ method: 'chat.history', kind: 'unavailable', times: 1 });
    const error = await new Promise<{ kind: string }>((resolve) => chat.subscribe({ conversationId }, () => undefined, { signal: new AbortController().signal, onError: resolve }));
    expect(error.kind).to.equal('unavailable');
  });

  it('with EventSource, live events come over the conversation\'s stream from the cursor, with no polling while it works', async () => {
    const seen: URL[] = [];
    const backend = memory({ scenario: 'online' });
    backend.control.chat.setAutoReply(false);
    await useHandlers(
      http.all(`${BASE}/*`, ({ request }) => {
        seen.push(new URL(request.url));
        return undefined;
      }),
      ...restHandlers(BASE, backend),
    );
    const port = guardPort(createRestAdapter({ baseUrl: BASE, chatPollMs: 30 }).chat, chatPort, 'chat');
    const incoming: LogEntry[] = [];
    const session = new ChatSession(port, { changed: () => undefined, incoming: (e) => incoming.push(e) });
    const id = await session.start({ topic: 'billing' });
    backend.control.chat.agentSay(id, 'First answer');
    backend.control.chat.agentSay(id, 'Second answer');
    await waitUntil(() => incoming.length === 2, 'agent messages not streamed');
    await new Promise((r) => setTimeout(r, 200));
    session.dispose();
    expect(seen.filter((u) => u.pathname.endsWith('/events/stream')).length).to.equal(1);
    expect(seen.filter((u) => u.pathname.endsWith('/events')).length).to.equal(0);
  });

  it('a failed stream ends the subscription with a typed network error (the widget then recovers from its cursor)', async () => {
    await useHandlers(http.get(`${BASE}/chat/conversations/:id/events/stream`, () => new Response(null, { status: 500 })), ...restHandlers(BASE, memory({ scenario: 'online' })));
    const chat = createRestAdapter({ baseUrl: BASE }).chat;
    const { conversationId } = await chat.startConversation({ idempotencyKey: crypto.randomUUID() });
    const error = await new Promise<{ kind: string }>((resolve) => chat.subscribe({ conversationId }, () => undefined, { signal: new AbortController().signal, onError: resolve }));
    expect(error.kind).to.equal('network');
  });
});
