import * as z from 'zod/mini';
import { Id, Instant, Minutes, Phone, Text, TimeZone } from './common.js';
import { OpeningHours } from './location.js';

/** An opaque position in a conversation's event stream; resume and gap fill start after it. */
export const ChatCursor = z.string().check(z.minLength(1), z.maxLength(200));

export const chatStatuses = ['online', 'away', 'offline'] as const;

/**
 * Whether someone is there to answer: `online` (replies in minutes), `away` (open, but
 * replies take longer: `expectedReplyMinutes`), `offline` (outside chat hours: `nextOpening`).
 * Hours are the practice's, in its own time zone.
 */
export const ChatAvailability = z.object({
  status: z.enum(chatStatuses),
  expectedReplyMinutes: z.optional(Minutes),
  nextOpening: z.optional(Instant),
  timeZone: TimeZone,
  hours: z.optional(z.array(OpeningHours).check(z.maxLength(28))),
  /** The practice's phone, as printed for patients. */
  phone: z.optional(Phone),
});
export type ChatAvailability = z.infer<typeof ChatAvailability>;

/** What a patient may tell before the first message (all optional, all short). */
export const ChatPrechat = z.object({
  name: z.optional(Text(120)),
  contact: z.optional(Text(200)),
  topic: z.optional(Text(80)),
});
export type ChatPrechat = z.infer<typeof ChatPrechat>;

export const ChatConversation = z.object({ conversationId: Id, cursor: ChatCursor });
export type ChatConversation = z.infer<typeof ChatConversation>;

/** One message; `patient` messages carry the `clientMessageId` they were sent with. */
export const ChatMessage = z.object({
  id: Id,
  conversationId: Id,
  author: z.enum(['patient', 'agent', 'system']),
  authorName: z.optional(Text(120)),
  text: Text(4000),
  sentAt: Instant,
  clientMessageId: z.optional(Id),
  cursor: ChatCursor,
});
export type ChatMessage = z.infer<typeof ChatMessage>;

/** What a conversation's stream delivers: messages, typing, agents joining or leaving, the end. */
export const ChatEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message'), message: ChatMessage, cursor: ChatCursor }),
  z.object({ type: z.literal('typing'), typing: z.boolean(), agentName: z.optional(Text(120)) }),
  z.object({ type: z.literal('agent-joined'), agentName: Text(120), cursor: ChatCursor }),
  z.object({ type: z.literal('agent-left'), agentName: z.optional(Text(120)), cursor: ChatCursor }),
  z.object({ type: z.literal('closed'), cursor: ChatCursor }),
]);
export type ChatEvent = z.infer<typeof ChatEvent>;

/** Everything after a cursor, in order (typing is not kept), and the cursor to resume from. */
export const ChatHistory = z.object({ events: z.array(ChatEvent).check(z.maxLength(500)), cursor: ChatCursor });
export type ChatHistory = z.infer<typeof ChatHistory>;

export const ChatAck = z.object({ conversationId: Id, ok: z.literal(true) });
export type ChatAck = z.infer<typeof ChatAck>;

/** A message left outside chat hours: who to call back, about what. */
export const ChatContact = z.object({
  name: Text(120),
  phone: z.optional(Text(40)),
  email: z.optional(Text(200)),
});
export type ChatContact = z.infer<typeof ChatContact>;

export const ChatLeftMessage = z.object({ reference: Id });
export type ChatLeftMessage = z.infer<typeof ChatLeftMessage>;
