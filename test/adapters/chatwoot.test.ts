import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { chatwootHours, createChatwootAdapter } from '../../src/adapters/chatwoot/index.js';
import { guardPort } from '../../src/core/guard.js';
import { chatPort } from '../../src/core/ports/chat.js';
import { chatwootHandlers } from '../../src/mocks/chatwoot-handlers.js';
import { runAdapterContractTests } from '../../src/testing/contract.js';
import { ChatSession, type LogEntry } from '../../src/widgets/chat-launcher/session.js';
import { useHandlers } from '../support/msw.js';

const BASE = 'https://chat.example-clinic.test';

runAdapterContractTests(
  'chatwoot (msw, documented client API)',
  async () => {
    const fake = chatwootHandlers(BASE);
    await useHandlers(...fake.handlers);
    return createChatwootAdapter({ baseUrl: BASE, inboxIdentifier: fake.inboxIdentifier, pollMs: 50 });
  },
  { ports: ['chat'] },
);

interface Seen {
  method: string;
  url: URL;
  body: string;
}

async function serve(options: Parameters<typeof chatwootHandlers>[1] = {}) {
  const fake = chatwootHandlers(BASE, options);
  const seen: Seen[] = [];
  await useHandlers(
    http.all(`${BASE}/*`, async ({ request }) => {
      seen.push({ method: request.method, url: new URL(request.url), body: await request.clone().text() });
      return undefined;
    }),
    ...fake.handlers,
  );
  return { fake, seen, adapter: createChatwootAdapter({ baseUrl: BASE, inboxIdentifier: fake.inboxIdentifier, pollMs: 30 }) };
}

describe('chatwoot adapter', () => {
  it('uses the documented endpoints: contact, conversation (topic as a custom attribute), messages with echo_id', async () => {
    const { fake, seen, adapter } = await serve();
    const port = guardPort(adapter.chat, chatPort, 'chat');
    const incoming: LogEntry[] = [];
    const session = new ChatSession(port, { changed: () => undefined, incoming: (e) => incoming.push(e) });
    const id = await session.start({ name: 'Ana', contact: 'ana@example.org', topic: 'billing' });
    const clientId = session.send('Is my visit covered?');
    await waitUntil(() => session.outbox.pending === 0, 'not sent');
    fake.agentSays(id, 'Let me check that for you.', 'Maria');
    await waitUntil(() => incoming.length === 1, 'agent message not polled');
    session.dispose();

    const inbox = `/public/api/v1/inboxes/${fake.inboxIdentifier}`;
    const posts = seen.filter((r) => r.method === 'POST');
    const contact = JSON.parse(posts[0].body) as Record<string, string>;
    expect(posts[0].url.pathname).to.equal(`${inbox}/contacts`);
    expect(contact).to.deep.equal({ name: 'Ana', email: 'ana@example.org' });
    expect(posts[1].url.pathname).to.match(new RegExp(`^${inbox}/contacts/[\\w-]+/conversations$`));
    expect(JSON.parse(posts[1].body)).to.deep.equal({ custom_attributes: { topic: 'billing' } });
    expect(posts[2].url.pathname).to.equal(`${posts[1].url.pathname}/${id}/messages`);
    expect(JSON.parse(posts[2].body)).to.deep.equal({ content: 'Is my visit covered?', echo_id: clientId });
    // The agent's message: Chatwoot's outgoing message_type 1, its name, created_at in Unix seconds.
    expect(incoming[0]).to.deep.include({ author: 'agent', authorName: 'Maria', text: 'Let me check that for you.' });
    expect(Date.parse(incoming[0].sentAt!)).to.be.closeTo(Date.now(), 10_000);
    // Nothing the patient typed in any URL.
    for (const r of seen) expect(r.url.href).to.not.match(/covered|Ana|example\.org/);
  });

  it('availability from the inbox working hours and time zone (Sunday = 0 in Chatwoot)', async () => {
    const { adapter } = await serve({ workingHoursEnabled: true, timezone: 'America/Phoenix' });
    const a = await guardPort(adapter.chat, chatPort, 'chat').getAvailability({});
    expect(a.timeZone).to.equal('America/Phoenix');
    expect(a.hours).to.deep.equal([{ daysOfWeek: ['mon'], opens: '08:00', closes: '17:00' }, { daysOfWeek: ['tue'], opens: '08:00', closes: '17:00' }, { daysOfWeek: ['wed'], opens: '08:00', closes: '17:00' }, { daysOfWeek: ['thu'], opens: '08:00', closes: '17:00' }, { daysOfWeek: ['fri'], opens: '08:00', closes: '17:00' }]);
    expect(['online', 'offline']).to.include(a.status);
    if (a.status === 'offline') expect(a.nextOpening).to.be.a('string');
    expect(chatwootHours({ working_hours: [{ day_of_week: 0, open_all_day: true }] })).to.deep.equal([{ daysOfWeek: ['sun'], opens: '00:00', closes: '23:59' }]);
  });

  it('working hours off: always online', async () => {
    const { adapter } = await serve({ workingHoursEnabled: false });
    expect((await adapter.chat.getAvailability({})).status).to.equal('online');
  });

  it('a lost answer to a send: the retry finds the stored message instead of posting it twice', async () => {
    const fake = chatwootHandlers(BASE);
    let dropped = false;
    await useHandlers(
      http.post(`${BASE}/public/api/v1/inboxes/:inbox/contacts/:contact/conversations/:conversation/messages`, async ({ request }) => {
        if (dropped) return undefined;
        dropped = true;
        // Store it, then lose the answer.
        const handler = fake.handlers.find((h) => h.info.header.includes('/messages') && h.info.header.startsWith('POST'))!;
        await handler.run({ request: request.clone(), requestId: crypto.randomUUID() });
        return HttpResponse.error();
      }),
      ...fake.handlers,
    );
    const adapter = createChatwootAdapter({ baseUrl: BASE, inboxIdentifier: fake.inboxIdentifier });
    const port = guardPort(adapter.chat, chatPort, 'chat', { policy: { baseDelayMs: 5 } });
    const { conversationId } = await port.startConversation({ idempotencyKey: crypto.randomUUID() });
    const message = await port.send({ conversationId, clientMessageId: crypto.randomUUID(), text: 'Only once, please', idempotencyKey: crypto.randomUUID() });
    expect(message.text).to.equal('Only once, please');
    expect(fake.conversations.get(Number(conversationId))!.messages.map((m) => m.content)).to.deep.equal(['Only once, please']);
  });

  it('leave a message: a conversation flagged for a call back, holding the message', async () => {
    const { fake, adapter } = await serve();
    const left = await adapter.chat.leaveMessage({ contact: { name: 'Ana', phone: '(555) 010-0000' }, topic: 'billing', text: 'Please call me', idempotencyKey: crypto.randomUUID() });
    const c = fake.conversations.get(Number(left.reference))!;
    expect(c.custom_attributes).to.deep.equal({ callback_requested: 'true', topic: 'billing' });
    expect(c.messages.map((m) => m.content)).to.deep.equal(['Please call me']);
  });

  it('end resolves the conversation (toggle_status); mark read calls update_last_seen (an empty 200)', async () => {
    const { fake, adapter } = await serve();
    const { conversationId } = await adapter.chat.startConversation({ idempotencyKey: crypto.randomUUID() });
    await adapter.chat.markRead({ conversationId, cursor: 'm0', idempotencyKey: crypto.randomUUID() });
    expect(fake.conversations.get(Number(conversationId))!.lastSeen).to.be.a('number');
    await adapter.chat.end({ conversationId, idempotencyKey: crypto.randomUUID() });
    expect(fake.conversations.get(Number(conversationId))!.status).to.equal('resolved');
  });

  it('an unknown inbox is a typed not-found', async () => {
    const fake = chatwootHandlers(BASE);
    await useHandlers(...fake.handlers);
    const adapter = createChatwootAdapter({ baseUrl: BASE, inboxIdentifier: 'nope' });
    const error = await adapter.chat.getAvailability({}).catch((e: unknown) => e);
    expect(error).to.have.property('kind', 'not-found');
  });
});
