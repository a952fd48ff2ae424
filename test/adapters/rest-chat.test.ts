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
  'rest chat (msw over memory)',
  async () => {
    await useHandlers(...restHandlers(BASE, memory({ scenario: 'online' })));
    return { chat: createRestAdapter({ baseUrl: BASE, chatPollMs: 50 }).chat };
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
    const port = guardPort(createRestAdapter({ baseUrl: BASE, chatPollMs: 30 }).chat, chatPort, 'chat');
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
    const chat = createRestAdapter({ baseUrl: BASE, chatPollMs: 20 }).chat;
    const { conversationId } = await chat.startConversation({ idempotencyKey: crypto.randomUUID() });
    backend.control.fail({ method: 'chat.history', kind: 'unavailable', times: 1 });
    const error = await new Promise<{ kind: string }>((resolve) => chat.subscribe({ conversationId }, () => undefined, { signal: new AbortController().signal, onError: resolve }));
    expect(error.kind).to.equal('unavailable');
  });
});
