import { push, read, write } from '../port.js';
import type { ChatContact, ChatPrechat } from '../schemas/chat.js';

// Its own chunk (see vite.config.ts): only a page whose chat panel opens loads it.
const schemas = () => import('../schemas/chat.js');

/**
 * The chat port. `send` is idempotent on `clientMessageId` (a retry never posts twice);
 * `subscribe` delivers events after `after` (omitted: from now) until aborted, and may
 * drop — the widget then fills the gap with `history` from its last cursor and resubscribes.
 */
export const chatPort = {
  getAvailability: read<object>()(() => schemas().then((m) => m.ChatAvailability)),
  startConversation: write<{ prechat?: ChatPrechat }>()(() => schemas().then((m) => m.ChatConversation)),
  send: write<{ conversationId: string; clientMessageId: string; text: string }>()(() => schemas().then((m) => m.ChatMessage)),
  subscribe: push<{ conversationId: string; after?: string }, false>(false)(() => schemas().then((m) => m.ChatEvent)),
  history: read<{ conversationId: string; after?: string }>()(() => schemas().then((m) => m.ChatHistory)),
  markRead: write<{ conversationId: string; cursor: string }, true>(true)(() => schemas().then((m) => m.ChatAck)),
  end: write<{ conversationId: string }>()(() => schemas().then((m) => m.ChatAck)),
  leaveMessage: write<{ contact: ChatContact; topic?: string; text: string }>()(() => schemas().then((m) => m.ChatLeftMessage)),
};
