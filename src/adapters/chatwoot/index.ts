import type { ChatPort, FrontdeskAdapter } from '../../core/adapter.js';
import { FrontdeskError, isFrontdeskError } from '../../core/errors.js';
import { requestJson } from '../../core/http.js';
import type { CallOptions } from '../../core/port.js';
import type { ChatAvailability, ChatEvent, ChatMessage } from '../../core/schemas/chat.js';
import type { OpeningHours } from '../../core/schemas/location.js';
import { dayCodes } from '../../core/time.js';
import { isOpen, nextOpening } from '../memory/hours.js';
import { pollingSubscribe } from '../rest/chat.js';

export interface ChatwootAdapterOptions {
  /** Your Chatwoot installation, e.g. `https://app.chatwoot.com` or `https://chat.example-clinic.org`. */
  baseUrl: string;
  /** The identifier of an API-channel inbox (Settings › Inboxes › Configuration). */
  inboxIdentifier: string;
  /** How often new messages are fetched, in ms. Default 3000. */
  pollMs?: number;
  /** The practice's phone, shown with the chat hours. */
  phone?: string;
  /** Replaces the global `fetch` (tests, instrumentation). */
  fetch?: typeof fetch;
}

/** Chatwoot's public message (`message_type`: 0 incoming from the contact, 1 outgoing from an agent, 2 activity, 3 template). */
interface CwMessage {
  id: number | string;
  content?: string | null;
  message_type: number | string;
  created_at: number | string;
  sender?: { name?: string | null; available_name?: string | null; type?: string } | null;
}
interface CwInbox {
  timezone?: string | null;
  working_hours_enabled?: boolean;
  working_hours?: Array<{ day_of_week: number; open_all_day?: boolean; closed_all_day?: boolean; open_hour?: number | null; open_minutes?: number | null; close_hour?: number | null; close_minutes?: number | null }>;
}

const pad = (n: number | null | undefined) => String(n ?? 0).padStart(2, '0');
const sunday0 = (day: number) => dayCodes[(day + 6) % 7];

/** Chatwoot working hours (Sunday = 0, hours and minutes as numbers) → Frontdesk opening hours. */
export function chatwootHours(inbox: CwInbox): OpeningHours[] {
  return (inbox.working_hours ?? [])
    .filter((h) => !h.closed_all_day)
    .map((h) => ({
      daysOfWeek: [sunday0(h.day_of_week)],
      opens: h.open_all_day ? '00:00' : `${pad(h.open_hour)}:${pad(h.open_minutes)}`,
      closes: h.open_all_day ? '23:59' : `${pad(h.close_hour)}:${pad(h.close_minutes)}`,
    }));
}

const knownZone = (zone: string | null | undefined): string => {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone ?? 'UTC' }).resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
};

const instant = (createdAt: number | string): string =>
  new Date(typeof createdAt === 'number' || /^\d+$/.test(createdAt) ? Number(createdAt) * 1000 : createdAt).toISOString();

const after = (cursor: string | undefined): number => (cursor && /^m\d+$/.test(cursor) ? Number(cursor.slice(1)) : 0);

/**
 * A chat adapter over Chatwoot's public client API (`/public/api/v1/inboxes/{inbox_identifier}/…`):
 * a contact per browser tab (its identifier kept in memory only), a conversation per chat,
 * messages sent with `echo_id` = the client message id, new messages by polling the
 * conversation's messages (typing indicators need Chatwoot's websocket, not used here),
 * chat hours from the inbox's working hours and time zone. Outside hours, "leave a message"
 * becomes a conversation with the patient's message in it.
 */
export function createChatwootAdapter(options: ChatwootAdapterOptions): FrontdeskAdapter & { chat: Required<ChatPort> } {
  const { baseUrl, inboxIdentifier, pollMs = 3000 } = options;
  const custom = options.fetch;
  const fetchImpl: typeof fetch | undefined = custom ? (input, init) => custom(input, init) : undefined;
  const root = `${baseUrl.replace(/\/+$/, '')}/public/api/v1/inboxes/${encodeURIComponent(inboxIdentifier)}`;
  const contacts = new Map<string, string>(); // conversation id → contact identifier
  const byKey = new Map<string, Promise<unknown>>();
  const sent = new Map<string, ChatMessage>(); // client message id → the stored message

  const call = async <T>(method: 'GET' | 'POST', path: string, body: object | undefined, signal?: AbortSignal): Promise<T> =>
    (await requestJson(
      `${root}${path}`,
      { method, signal, ...(body ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}) },
      fetchImpl,
    )) as T;
  /** Writes answered once per idempotency key within this page. */
  const once = <T>(key: string, run: () => Promise<T>): Promise<T> => {
    const hit = byKey.get(key) as Promise<T> | undefined;
    if (hit) return hit;
    const p = run();
    byKey.set(key, p);
    p.catch(() => byKey.delete(key));
    return p;
  };
  const path = (conversationId: string, rest = '') => {
    const contact = contacts.get(conversationId);
    if (!contact) throw new FrontdeskError('not-found', 'Unknown conversation (this page did not start it).');
    return `/contacts/${encodeURIComponent(contact)}/conversations/${encodeURIComponent(conversationId)}${rest}`;
  };

  const toMessage = (m: CwMessage, conversationId: string): ChatMessage | undefined => {
    const type = Number(m.message_type);
    if ((type !== 0 && type !== 1) || !m.content) return undefined;
    const name = m.sender?.available_name ?? m.sender?.name ?? undefined;
    return {
      id: String(m.id),
      conversationId,
      author: type === 0 ? 'patient' : 'agent',
      ...(type === 1 && name ? { authorName: name } : {}),
      text: m.content,
      sentAt: instant(m.created_at),
      cursor: `m${m.id}`,
    };
  };

  const startWith = async (contact: { name?: string; email?: string; phone_number?: string }, attributes: Record<string, string>, signal?: AbortSignal) => {
    const created = await call<{ source_id: string }>('POST', '/contacts', contact, signal);
    const conversation = await call<{ id: number | string }>('POST', `/contacts/${encodeURIComponent(created.source_id)}/conversations`, { custom_attributes: attributes }, signal);
    const conversationId = String(conversation.id);
    contacts.set(conversationId, created.source_id);
    return conversationId;
  };

  const history = async (input: { conversationId: string; after?: string } & CallOptions) => {
    const list = await call<CwMessage[]>('GET', path(input.conversationId, '/messages'), undefined, input.signal);
    const from = after(input.after);
    const messages = (Array.isArray(list) ? list : [])
      .filter((m) => Number(m.id) > from)
      .sort((a, b) => Number(a.id) - Number(b.id));
    const events: ChatEvent[] = [];
    for (const m of messages) {
      const message = toMessage(m, input.conversationId);
      if (message) events.push({ type: 'message', message, cursor: message.cursor });
    }
    const last = messages.at(-1);
    return { events, cursor: last ? `m${last.id}` : (input.after ?? 'm0') };
  };

  const chat: Required<ChatPort> = {
    async getAvailability({ signal }) {
      const inbox = await call<CwInbox>('GET', '', undefined, signal);
      const timeZone = knownZone(inbox.timezone);
      const hours = chatwootHours(inbox);
      const now = Date.now();
      const open = !inbox.working_hours_enabled || isOpen(hours, timeZone, now);
      const next = open ? undefined : nextOpening(hours, timeZone, now);
      const availability: ChatAvailability = {
        status: open ? 'online' : 'offline',
        timeZone,
        ...(inbox.working_hours_enabled ? { hours } : {}),
        ...(next ? { nextOpening: next.toISOString() } : {}),
        ...(options.phone ? { phone: options.phone } : {}),
      };
      return availability;
    },

    startConversation: (input) =>
      once(input.idempotencyKey, async () => {
        const p = input.prechat ?? {};
        const email = p.contact?.includes('@') ? p.contact : undefined;
        const phone = p.contact && !email ? p.contact : undefined;
        const conversationId = await startWith(
          { ...(p.name ? { name: p.name } : {}), ...(email ? { email } : {}), ...(phone ? { phone_number: phone } : {}) },
          p.topic ? { topic: p.topic } : {},
          input.signal,
        );
        return { conversationId, cursor: 'm0' };
      }),

    async send(input) {
      const known = sent.get(input.clientMessageId);
      if (known) return known;
      const route = path(input.conversationId, '/messages');
      let stored: CwMessage;
      try {
        stored = await call<CwMessage>('POST', route, { content: input.text, echo_id: input.clientMessageId }, input.signal);
      } catch (error) {
        // The answer may be lost after Chatwoot stored the message: look before a retry sends it twice.
        if (isFrontdeskError(error) && error.kind === 'network') {
          const list = await call<CwMessage[]>('GET', route, undefined, input.signal).catch(() => []);
          const mine = new Set([...sent.values()].map((s) => s.id));
          const found = list.filter((m) => Number(m.message_type) === 0 && m.content === input.text && !mine.has(String(m.id))).at(-1);
          if (!found) throw error;
          stored = found;
        } else throw error;
      }
      const message = toMessage({ ...stored, message_type: 0, content: stored.content ?? input.text }, input.conversationId)!;
      const withClient = { ...message, clientMessageId: input.clientMessageId };
      sent.set(input.clientMessageId, withClient);
      return withClient;
    },

    // Polling: typing indicators would need Chatwoot's websocket (ActionCable), not used here.
    subscribe: pollingSubscribe(history, pollMs),

    history,

    async markRead(input) {
      await call('POST', path(input.conversationId, '/update_last_seen'), undefined, input.signal).catch((error: unknown) => {
        // Chatwoot answers this one with an empty 200.
        if (!(isFrontdeskError(error) && error.kind === 'invalid-response')) throw error;
      });
      return { conversationId: input.conversationId, ok: true as const };
    },

    end: (input) =>
      once(input.idempotencyKey, async () => {
        await call('POST', path(input.conversationId, '/toggle_status'), undefined, input.signal);
        return { conversationId: input.conversationId, ok: true as const };
      }),

    leaveMessage: (input) =>
      once(input.idempotencyKey, async () => {
        const { name, email, phone } = input.contact;
        const conversationId = await startWith(
          { name, ...(email ? { email } : {}), ...(phone ? { phone_number: phone } : {}) },
          { callback_requested: 'true', ...(input.topic ? { topic: input.topic } : {}) },
          input.signal,
        );
        await call('POST', path(conversationId, '/messages'), { content: input.text }, input.signal);
        return { reference: conversationId };
      }),
  };
  return { chat };
}
