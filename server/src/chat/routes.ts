import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { isOpen, nextOpening } from '../../../src/adapters/memory/hours.js';
import { restPaths } from '../../../src/adapters/rest/paths.js';
import { Id, Text } from '../../../src/core/schemas/common.js';
import { ChatAck, ChatAvailability, ChatContact, ChatConversation, ChatCursor, ChatEvent, ChatHistory, ChatLeftMessage, ChatMessage, ChatPrechat } from '../../../src/core/schemas/chat.js';
import type { Queryable } from '../db/port.js';
import { randomId } from '../domain/ids.js';
import { ApiError, notFound, parse } from '../http/errors.js';
import { idempotent } from '../http/idempotency.js';
import { openSse } from '../http/sse.js';
import type { ServerContext } from '../context.js';
import type { ChatSettings } from '../practice-extras.js';
import { CHAT_CHANNEL, closeConversation, conversationExists, eventsAfter, lockConversation, parseCursor, postMessage, startConversation, toEvent, toMessage } from './store.js';

const StartBody = z.object({ prechat: z.optional(ChatPrechat) });
const SendBody = z.object({ clientMessageId: Id, text: z.string().check(z.minLength(1), z.maxLength(4000)) });
const AfterQuery = z.object({ after: z.optional(ChatCursor) });
const ReadBody = z.object({ cursor: ChatCursor });
const CallbackBody = z.object({ contact: ChatContact, topic: z.optional(Text(80)), text: z.string().check(z.minLength(1), z.maxLength(2000)) });

/** Someone with the inbox open in the last this many seconds makes the chat `online`. */
export const PRESENCE_SECONDS = 90;

type Params = { conversationId: string };

export async function chatSettings(db: Queryable): Promise<ChatSettings | undefined> {
  const [row] = await db.query<{ value: ChatSettings }>("SELECT value FROM practice_settings WHERE name = 'chat'");
  return row?.value;
}

/** `online` when staff have the inbox open within chat hours, `away` within hours otherwise, `offline` outside them. */
export async function chatAvailability(db: Queryable, now = Date.now()): Promise<ChatAvailability> {
  const settings = await chatSettings(db);
  if (!settings) {
    const [first] = await db.query<{ time_zone: string }>('SELECT time_zone FROM locations ORDER BY position LIMIT 1');
    return { status: 'offline', timeZone: first?.time_zone ?? 'UTC' };
  }
  const common = { timeZone: settings.timeZone, hours: settings.hours, ...(settings.phone ? { phone: settings.phone } : {}) };
  if (!isOpen(settings.hours, settings.timeZone, now)) {
    const next = nextOpening(settings.hours, settings.timeZone, now);
    return { status: 'offline', ...common, ...(next ? { nextOpening: next.toISOString() } : {}) };
  }
  const [present] = await db.query('SELECT 1 FROM chat_presence WHERE seen_at > now() - make_interval(secs => $1) LIMIT 1', [PRESENCE_SECONDS]);
  return present
    ? { status: 'online', expectedReplyMinutes: settings.onlineReplyMinutes ?? 2, ...common }
    : { status: 'away', expectedReplyMinutes: settings.awayReplyMinutes ?? 20, ...common };
}

/**
 * The chat port for patients. Writes are idempotent on their key, and messages also on their
 * `clientMessageId`; events come in order after a cursor (history) or live over the event
 * stream, fed by LISTEN/NOTIFY from whichever process wrote them.
 */
export function chatRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx;
  const conversationOf = (req: FastifyRequest<{ Params: Params }>) => parse(Id, req.params.conversationId, 'conversationId');

  app.get(restPaths.chatAvailability, { config: ctx.patientLimit }, async (_req, reply) => ctx.send(reply, ChatAvailability, await chatAvailability(db)));

  app.post(restPaths.chatConversations, { config: ctx.patientLimit }, async (req, reply) => {
    const body = parse(StartBody, req.body ?? {});
    await idempotent(db, req, reply, async (tx) => ({
      status: 200,
      body: ctx.check(ChatConversation, { conversationId: await startConversation(tx, body.prechat), cursor: '0' }),
    }));
  });

  app.post(restPaths.chatMessages, { config: ctx.patientLimit }, async (req: FastifyRequest<{ Params: Params }>, reply) => {
    const id = conversationOf(req);
    const body = parse(SendBody, req.body);
    await idempotent(db, req, reply, async (tx) => {
      const row = await postMessage(tx, id, { author: 'patient', text: body.text, clientMessageId: body.clientMessageId });
      return { status: 200, body: ctx.check(ChatMessage, toMessage(row)) };
    });
  });

  app.get(restPaths.chatEvents, { config: ctx.patientLimit }, async (req: FastifyRequest<{ Params: Params }>, reply) => {
    const id = conversationOf(req);
    const after = parseCursor(parse(AfterQuery, req.query, 'query').after);
    if (!(await conversationExists(db, id))) throw notFound('conversation');
    const rows = await eventsAfter(db, id, after);
    return ctx.send(reply, ChatHistory, { events: rows.map(toEvent), cursor: String(rows.at(-1)?.seq ?? after) });
  });

  /**
   * `text/event-stream`: every event after `?after=` (or `Last-Event-ID` on a reconnect) with
   * its cursor as the event id, then each new one as it is written by any process; typing
   * changes as they happen (they are never stored).
   */
  app.get(restPaths.chatEventsStream, { config: ctx.patientLimit }, async (req: FastifyRequest<{ Params: Params }>, reply) => {
    const id = conversationOf(req);
    const lastEventId = req.headers['last-event-id'];
    let after = parseCursor(typeof lastEventId === 'string' && lastEventId ? lastEventId : parse(AfterQuery, req.query, 'query').after);
    if (!(await conversationExists(db, id))) throw notFound('conversation');
    const stream = openSse(req, reply, ctx.config.retryMs, ctx.config.heartbeatMs);
    // One catch-up at a time, so events go out once each and in order.
    let pulling = Promise.resolve();
    const pull = () => {
      pulling = pulling.then(async () => {
        if (stream.closed) return;
        try {
          for (let rows = await eventsAfter(db, id, after); rows.length && !stream.closed; rows = await eventsAfter(db, id, after)) {
            for (const row of rows) stream.send(ctx.check(ChatEvent, toEvent(row)), String(row.seq));
            after = rows.at(-1)?.seq ?? after;
          }
        } catch {
          stream.comment('unavailable');
        }
      });
    };
    const unsubscribe = ctx.chatEvents.subscribe(id, (notice) => {
      if ('typing' in notice) stream.send({ type: 'typing', typing: notice.typing, ...(notice.agentName ? { agentName: notice.agentName } : {}) });
      else if (notice.seq > after) pull();
    });
    stream.onClose(unsubscribe);
    pull();
  });

  app.post(restPaths.chatRead, { config: ctx.patientLimit }, async (req: FastifyRequest<{ Params: Params }>, reply) => {
    const id = conversationOf(req);
    const cursor = parseCursor(parse(ReadBody, req.body).cursor);
    await idempotent(db, req, reply, async (tx) => {
      await lockConversation(tx, id);
      await tx.query('UPDATE chat_conversations SET read_seq = GREATEST(read_seq, LEAST($2, last_seq)) WHERE id = $1', [id, cursor]);
      await tx.query('SELECT pg_notify($1, $2)', [CHAT_CHANNEL, JSON.stringify({ c: id, seq: 0 })]);
      return { status: 200, body: ctx.check(ChatAck, { conversationId: id, ok: true }) };
    });
  });

  app.post(restPaths.chatEnd, { config: ctx.patientLimit }, async (req: FastifyRequest<{ Params: Params }>, reply) => {
    const id = conversationOf(req);
    await idempotent(db, req, reply, async (tx) => {
      await closeConversation(tx, id);
      return { status: 200, body: ctx.check(ChatAck, { conversationId: id, ok: true }) };
    });
  });

  app.post(restPaths.chatCallbacks, { config: ctx.patientLimit }, async (req, reply) => {
    const body = parse(CallbackBody, req.body);
    if (!body.contact.phone && !body.contact.email) throw new ApiError(422, 'invalid-input', 'Give a phone number or an email address.', { 'contact.phone': 'required' });
    await idempotent(db, req, reply, async (tx) => {
      const reference = randomId('task');
      await tx.query("INSERT INTO tasks (id, kind, contact, topic, body) VALUES ($1, 'callback', $2, $3, $4)", [reference, JSON.stringify(body.contact), body.topic ?? null, body.text]);
      return { status: 200, body: ctx.check(ChatLeftMessage, { reference }) };
    });
  });
}
