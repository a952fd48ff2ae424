import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Id } from '../../../src/core/schemas/common.js';
import { ChatEvent, type ChatPrechat } from '../../../src/core/schemas/chat.js';
import { notFound, parse } from '../http/errors.js';
import { openSse } from '../http/sse.js';
import { audit, requireStaff } from '../http/staff-auth.js';
import { StaffChatAfter, StaffChatDone, StaffChatHistory, StaffChatNotice, StaffChatReply, StaffConversationList, StaffTyping, staffPaths } from '../http/staff-schemas.js';
import type { ServerContext } from '../context.js';
import { appendEvent, CHAT_CHANNEL, closeConversation, eventsAfter, lockConversation, parseCursor, postMessage, toEvent, type ChatNotice } from './store.js';

type Params = { conversationId: string };

interface ConversationRow {
  id: string;
  status: 'open' | 'closed';
  prechat: ChatPrechat;
  last_seq: number;
  read_seq: number;
  agent_read_seq: number;
  agent_name: string | null;
  created_at: Date;
  updated_at: Date;
  last_text: string | null;
  last_author: string | null;
}

export function staffChatRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx;
  const idOf = (req: FastifyRequest<{ Params: Params }>) => parse(Id, req.params.conversationId, 'conversationId');
  const nameOf = async (userId: number) => (await db.query<{ display_name: string }>('SELECT display_name FROM staff_users WHERE id = $1', [userId]))[0]?.display_name ?? 'Staff';
  const seen = (userId: number) =>
    db.query('INSERT INTO chat_presence (user_id, seen_at) VALUES ($1, now()) ON CONFLICT (user_id) DO UPDATE SET seen_at = now()', [userId]);

  app.get(staffPaths.conversations, async (req, reply) => {
    const userId = await requireStaff(db, req, false);
    await seen(userId);
    const rows = await db.query<ConversationRow>(
      `SELECT c.*, u.display_name AS agent_name,
              (SELECT body FROM chat_events e WHERE e.conversation_id = c.id AND e.type = 'message' ORDER BY seq DESC LIMIT 1) AS last_text,
              (SELECT author FROM chat_events e WHERE e.conversation_id = c.id AND e.type = 'message' ORDER BY seq DESC LIMIT 1) AS last_author
       FROM chat_conversations c LEFT JOIN staff_users u ON u.id = c.agent_user_id
       WHERE c.status = 'open' OR c.updated_at > now() - interval '1 day'
       ORDER BY c.updated_at DESC LIMIT 200`,
    );
    await audit(db, userId, 'chat.conversations.read', rows.map((r) => r.id).join(','));
    return ctx.send(
      reply,
      StaffConversationList,
      rows.map((r) => ({
        conversationId: r.id,
        status: r.status,
        prechat: r.prechat,
        agentName: r.agent_name ?? undefined,
        lastText: r.last_text ?? undefined,
        lastAuthor: r.last_author === 'patient' || r.last_author === 'agent' || r.last_author === 'system' ? r.last_author : undefined,
        unread: Math.max(0, r.last_seq - r.agent_read_seq),
        patientRead: String(r.read_seq),
        updatedAt: new Date(r.updated_at).toISOString(),
      })),
    );
  });

  app.get(staffPaths.conversationEvents, async (req: FastifyRequest<{ Params: Params }>, reply) => {
    const userId = await requireStaff(db, req, false);
    const id = idOf(req);
    const after = parseCursor(parse(StaffChatAfter, req.query, 'query').after);
    const [c] = await db.query<{ read_seq: number }>('SELECT read_seq FROM chat_conversations WHERE id = $1', [id]);
    if (!c) throw notFound('conversation');
    const rows = await eventsAfter(db, id, after);
    await db.query('UPDATE chat_conversations SET agent_read_seq = GREATEST(agent_read_seq, $2) WHERE id = $1', [id, rows.at(-1)?.seq ?? after]);
    await audit(db, userId, 'chat.events.read', id);
    return ctx.send(reply, StaffChatHistory, { events: rows.map(toEvent), cursor: String(rows.at(-1)?.seq ?? after), patientRead: String(c.read_seq) });
  });

  app.post(staffPaths.conversationMessages, async (req: FastifyRequest<{ Params: Params }>, reply) => {
    const userId = await requireStaff(db, req, true);
    const id = idOf(req);
    const body = parse(StaffChatReply, req.body);
    const agentName = await nameOf(userId);
    const row = await db.transaction(async (tx) => {
      const c = await lockConversation(tx, id);
      if (c.status === 'open' && c.agent_user_id !== userId) {
        await appendEvent(tx, id, { type: 'agent-joined', author_name: agentName });
        await tx.query('UPDATE chat_conversations SET agent_user_id = $2 WHERE id = $1', [id, userId]);
      }
      return postMessage(tx, id, { author: 'agent', authorName: agentName, text: body.text, clientMessageId: body.clientMessageId });
    });
    return ctx.send(reply, ChatEvent, toEvent(row));
  });

  app.post(staffPaths.conversationTyping, async (req: FastifyRequest<{ Params: Params }>, reply) => {
    const userId = await requireStaff(db, req, true);
    const id = idOf(req);
    const { typing } = parse(StaffTyping, req.body);
    const notice: ChatNotice = { c: id, typing, agentName: await nameOf(userId) };
    await db.query('SELECT pg_notify($1, $2)', [CHAT_CHANNEL, JSON.stringify(notice)]);
    return ctx.send(reply, StaffChatDone, { conversationId: id, ok: true });
  });

  app.post(staffPaths.conversationLeave, async (req: FastifyRequest<{ Params: Params }>, reply) => {
    const userId = await requireStaff(db, req, true);
    const id = idOf(req);
    const agentName = await nameOf(userId);
    await db.transaction(async (tx) => {
      const c = await lockConversation(tx, id);
      if (c.status !== 'open' || c.agent_user_id !== userId) return;
      await appendEvent(tx, id, { type: 'agent-left', author_name: agentName });
      await tx.query('UPDATE chat_conversations SET agent_user_id = NULL WHERE id = $1', [id]);
    });
    return ctx.send(reply, StaffChatDone, { conversationId: id, ok: true });
  });

  app.post(staffPaths.conversationClose, async (req: FastifyRequest<{ Params: Params }>, reply) => {
    await requireStaff(db, req, true);
    const id = idOf(req);
    await db.transaction((tx) => closeConversation(tx, id));
    return ctx.send(reply, StaffChatDone, { conversationId: id, ok: true });
  });

  app.get(staffPaths.chatStream, async (req, reply) => {
    const userId = await requireStaff(db, req, false);
    await seen(userId);
    const stream = openSse(req, reply, ctx.config.retryMs, ctx.config.heartbeatMs);
    const presence = setInterval(() => void seen(userId).catch(() => undefined), 30_000);
    const unsubscribe = ctx.chatEvents.subscribe('*', (notice) => {
      stream.send(ctx.check(StaffChatNotice, 'typing' in notice ? { conversationId: notice.c, typing: notice.typing } : { conversationId: notice.c, cursor: String(notice.seq) }));
    });
    stream.onClose(() => {
      clearInterval(presence);
      unsubscribe();
    });
  });
}
