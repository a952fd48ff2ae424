import { HttpResponse, http, type HttpHandler } from 'msw';

/** One message as Chatwoot's public API renders it (`message_type` 0 incoming, 1 outgoing, 2 activity). */
export interface FakeChatwootMessage {
  id: number;
  content: string;
  message_type: 0 | 1 | 2;
  content_type: 'text';
  content_attributes: Record<string, unknown>;
  created_at: number;
  conversation_id: number;
  attachments: unknown[];
  sender: { id: number; name: string; available_name?: string; type: 'contact' | 'user' };
}

interface FakeConversation {
  id: number;
  contact: string;
  status: 'open' | 'resolved';
  custom_attributes: Record<string, unknown>;
  messages: FakeChatwootMessage[];
  lastSeen?: number;
}

export interface FakeChatwootOptions {
  inboxIdentifier?: string;
  timezone?: string;
  /** `working_hours_enabled`; default false (always open). */
  workingHoursEnabled?: boolean;
  /** Chatwoot's `working_hours` (Sunday = 0). Default Mon–Fri 08:00–17:00, weekends closed. */
  workingHours?: Array<{ day_of_week: number; closed_all_day: boolean; open_all_day: boolean; open_hour: number | null; open_minutes: number | null; close_hour: number | null; close_minutes: number | null }>;
}

const weekdays = Array.from({ length: 7 }, (_, day) => {
  const closed = day === 0 || day === 6;
  return { day_of_week: day, closed_all_day: closed, open_all_day: false, open_hour: closed ? null : 8, open_minutes: closed ? null : 0, close_hour: closed ? null : 17, close_minutes: closed ? null : 0 };
});

/**
 * A small fake of Chatwoot's public client API, as documented (developers.chatwoot.com, "Client
 * APIs"): inbox details, contacts, conversations, messages, toggle_status, update_last_seen.
 * Responses have Chatwoot's shapes (numeric ids, `message_type` numbers, `created_at` in Unix
 * seconds). `agentSays` stands in for an agent answering in Chatwoot's dashboard.
 */
export function chatwootHandlers(baseUrl: string, options: FakeChatwootOptions = {}) {
  const inbox = options.inboxIdentifier ?? 'inbox-abc123';
  const root = `${baseUrl.replace(/\/+$/, '')}/public/api/v1/inboxes/:inbox`;
  const contacts = new Map<string, { id: number; source_id: string; name: string | null; email: string | null; phone_number: string | null; pubsub_token: string }>();
  const conversations = new Map<number, FakeConversation>();
  let ids = 100;
  const now = () => Math.floor(Date.now() / 1000);
  const notFound = () => HttpResponse.json({ error: 'Resource could not be found' }, { status: 404 });
  const known = (params: Record<string, unknown>) => params.inbox === inbox;
  const conversationOf = (params: Record<string, unknown>) => {
    const c = conversations.get(Number(params.conversation));
    return c && c.contact === params.contact ? c : undefined;
  };
  const add = (c: FakeConversation, content: string, type: 0 | 1 | 2, sender: FakeChatwootMessage['sender']) => {
    const m: FakeChatwootMessage = { id: ++ids, content, message_type: type, content_type: 'text', content_attributes: {}, created_at: now(), conversation_id: c.id, attachments: [], sender };
    c.messages.push(m);
    return m;
  };

  const handlers: HttpHandler[] = [
    http.get(root, ({ params }) =>
      known(params)
        ? HttpResponse.json({
            identifier: inbox,
            name: 'Desert Sage front desk',
            timezone: options.timezone ?? 'America/Phoenix',
            working_hours_enabled: options.workingHoursEnabled ?? false,
            working_hours: options.workingHours ?? weekdays,
            csat_survey_enabled: false,
            greeting_enabled: false,
            identity_validation_enabled: false,
          })
        : notFound(),
    ),
    http.post(`${root}/contacts`, async ({ params, request }) => {
      if (!known(params)) return notFound();
      const body = (await request.json()) as { name?: string; email?: string; phone_number?: string };
      const source_id = crypto.randomUUID();
      const contact = { id: ++ids, source_id, name: body.name ?? null, email: body.email ?? null, phone_number: body.phone_number ?? null, pubsub_token: crypto.randomUUID() };
      contacts.set(source_id, contact);
      return HttpResponse.json(contact);
    }),
    http.post(`${root}/contacts/:contact/conversations`, async ({ params, request }) => {
      if (!known(params) || !contacts.has(String(params.contact))) return notFound();
      const body = (await request.json()) as { custom_attributes?: Record<string, unknown> };
      const c: FakeConversation = { id: ++ids, contact: String(params.contact), status: 'open', custom_attributes: body.custom_attributes ?? {}, messages: [] };
      conversations.set(c.id, c);
      return HttpResponse.json({ id: c.id, inbox_id: '1', messages: [], contact: contacts.get(c.contact) });
    }),
    http.get(`${root}/contacts/:contact/conversations/:conversation/messages`, ({ params }) => {
      const c = known(params) ? conversationOf(params) : undefined;
      return c ? HttpResponse.json(c.messages) : notFound();
    }),
    http.post(`${root}/contacts/:contact/conversations/:conversation/messages`, async ({ params, request }) => {
      const c = known(params) ? conversationOf(params) : undefined;
      if (!c) return notFound();
      const body = (await request.json()) as { content?: string; echo_id?: string };
      if (!body.content) return HttpResponse.json({ error: 'content is required' }, { status: 422 });
      const contact = contacts.get(c.contact)!;
      return HttpResponse.json(add(c, body.content, 0, { id: contact.id, name: contact.name ?? 'Visitor', type: 'contact' }));
    }),
    http.post(`${root}/contacts/:contact/conversations/:conversation/toggle_status`, ({ params }) => {
      const c = known(params) ? conversationOf(params) : undefined;
      if (!c) return notFound();
      c.status = c.status === 'open' ? 'resolved' : 'open';
      return HttpResponse.json({ id: c.id, inbox_id: '1', status: c.status, messages: c.messages });
    }),
    http.post(`${root}/contacts/:contact/conversations/:conversation/update_last_seen`, ({ params }) => {
      const c = known(params) ? conversationOf(params) : undefined;
      if (!c) return notFound();
      c.lastSeen = now();
      return new HttpResponse(null, { status: 200 });
    }),
  ];

  return {
    handlers,
    inboxIdentifier: inbox,
    conversations,
    /** An agent answers in Chatwoot's dashboard. */
    agentSays(conversationId: string, content: string, name = 'Maria') {
      const c = conversations.get(Number(conversationId));
      if (!c) throw new Error(`No conversation ${conversationId}`);
      return add(c, content, 1, { id: 1, name, available_name: name, type: 'user' });
    },
  };
}
