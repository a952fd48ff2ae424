import type { ChatEvent, ChatMessage, ChatPrechat } from '../../../src/core/schemas/chat.js';
import type { Queryable } from '../db/port.js';
import { randomId } from '../domain/ids.js';
import { ApiError, conflict, notFound } from '../http/errors.js';

/** The channel chat changes are announced on (payload: JSON `ChatNotice`). */
export const CHAT_CHANNEL = 'fd_chat';

/** What a NOTIFY on `fd_chat` says: new events up to `seq`, or a typing change (never stored). */
export type ChatNotice = { c: string; seq: number } | { c: string; typing: boolean; agentName?: string };

/** At most this many events per history page (the schema's bound). */
export const PAGE = 500;

export interface EventRow {
  conversation_id: string;
  seq: number;
  type: 'message' | 'agent-joined' | 'agent-left' | 'closed';
  message_id: string | null;
  author: ChatMessage['author'] | null;
  author_name: string | null;
  body: string | null;
  client_message_id: string | null;
  created_at: Date;
}

/** A cursor is the sequence number of an event in its conversation (`0`: before the first). */
export function parseCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  if (!/^\d{1,9}$/.test(cursor)) throw new ApiError(422, 'invalid-input', 'Unknown cursor.', { after: 'invalid' });
  return Number(cursor);
}

export function toMessage(r: EventRow): ChatMessage {
  return {
    id: r.message_id ?? `evt_${r.seq}`,
    conversationId: r.conversation_id,
    author: r.author ?? 'system',
    ...(r.author_name ? { authorName: r.author_name } : {}),
    text: r.body ?? '',
    sentAt: new Date(r.created_at).toISOString(),
    ...(r.client_message_id ? { clientMessageId: r.client_message_id } : {}),
    cursor: String(r.seq),
  };
}

export function toEvent(r: EventRow): ChatEvent {
  const cursor = String(r.seq);
  if (r.type === 'message') return { type: 'message', message: toMessage(r), cursor };
  if (r.type === 'agent-joined') return { type: 'agent-joined', agentName: r.author_name ?? '', cursor };
  if (r.type === 'agent-left') return { type: 'agent-left', ...(r.author_name ? { agentName: r.author_name } : {}), cursor };
  return { type: 'closed', cursor };
}

export async function startConversation(tx: Queryable, prechat: ChatPrechat | undefined): Promise<string> {
  const id = randomId('conv');
  await tx.query('INSERT INTO chat_conversations (id, prechat) VALUES ($1, $2)', [id, JSON.stringify(prechat ?? {})]);
  return id;
}

/** Locks the conversation (one writer at a time keeps the sequence gap-free and in commit order). */
export async function lockConversation(tx: Queryable, id: string): Promise<{ status: 'open' | 'closed'; agent_user_id: number | null }> {
  const [row] = await tx.query<{ status: 'open' | 'closed'; agent_user_id: number | null }>('SELECT status, agent_user_id FROM chat_conversations WHERE id = $1 FOR UPDATE', [id]);
  if (!row) throw notFound('conversation');
  return row;
}

type NewEvent = Pick<EventRow, 'type'> & Partial<Pick<EventRow, 'author' | 'author_name' | 'body' | 'client_message_id'>>;

/** Appends an event (the conversation must be locked) and announces it on commit to every process. */
export async function appendEvent(tx: Queryable, conversationId: string, e: NewEvent): Promise<EventRow> {
  const [{ last_seq: seq }] = await tx.query<{ last_seq: number }>('UPDATE chat_conversations SET last_seq = last_seq + 1, updated_at = now() WHERE id = $1 RETURNING last_seq', [
    conversationId,
  ]);
  const [row] = await tx.query<EventRow>(
    `INSERT INTO chat_events (conversation_id, seq, type, message_id, author, author_name, body, client_message_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
    [conversationId, seq, e.type, e.type === 'message' ? randomId('msg') : null, e.author ?? null, e.author_name ?? null, e.body ?? null, e.client_message_id ?? null],
  );
  await tx.query('SELECT pg_notify($1, $2)', [CHAT_CHANNEL, JSON.stringify({ c: conversationId, seq } satisfies ChatNotice)]);
  return row;
}

/**
 * A message, once per `clientMessageId`: a retry (any key, any process) answers the message
 * already posted. A closed conversation takes no more messages (409).
 */
export async function postMessage(tx: Queryable, conversationId: string, m: { author: 'patient' | 'agent'; authorName?: string; text: string; clientMessageId: string }): Promise<EventRow> {
  const conversation = await lockConversation(tx, conversationId);
  const [prior] = await tx.query<EventRow>('SELECT * FROM chat_events WHERE conversation_id = $1 AND client_message_id = $2', [conversationId, m.clientMessageId]);
  if (prior) return prior;
  if (conversation.status === 'closed') throw conflict('The conversation is closed.');
  return appendEvent(tx, conversationId, { type: 'message', author: m.author, author_name: m.authorName ?? null, body: m.text, client_message_id: m.clientMessageId });
}

/** Ends the conversation once (a `closed` event); ending it again changes nothing. */
export async function closeConversation(tx: Queryable, conversationId: string): Promise<void> {
  const conversation = await lockConversation(tx, conversationId);
  if (conversation.status === 'closed') return;
  await appendEvent(tx, conversationId, { type: 'closed' });
  await tx.query("UPDATE chat_conversations SET status = 'closed' WHERE id = $1", [conversationId]);
}

/** The events after `after`, in order, at most one page. */
export async function eventsAfter(db: Queryable, conversationId: string, after: number): Promise<EventRow[]> {
  return db.query<EventRow>('SELECT * FROM chat_events WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3', [conversationId, after, PAGE]);
}

export async function conversationExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM chat_conversations WHERE id = $1', [id])).length > 0;
}
