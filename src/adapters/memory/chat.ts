import type { ChatPort } from '../../core/adapter.js';
import { FrontdeskError } from '../../core/errors.js';
import type { SubscribeOptions } from '../../core/port.js';
import type { ChatAvailability, ChatEvent, ChatMessage } from '../../core/schemas/chat.js';
import { chatAgent, chatReplies } from './data/chat.js';
import { practiceLocations } from './data/practice.js';
import { isOpen, nextOpening } from './hours.js';
import { seededRandom } from './random.js';
import type { MemoryRuntime } from './runtime.js';

/** Test and demo controls of the memory chat; not part of the adapter contract. */
export interface MemoryChatControl {
  /** How long the simulated agent takes to type a reply (ms). Default 1200. */
  setAgentDelay(ms: number): void;
  /** Whether the agent answers every patient message by itself. Default true. */
  setAutoReply(on: boolean): void;
  /** The agent writes `text` now. */
  agentSay(conversationId: string, text: string): void;
  /** Every message the practice's side holds, in order (what the agent sees). */
  transcript(conversationId: string): ChatMessage[];
  /** Drops every open subscription, as a lost connection would. */
  dropConnections(): void;
  /** The agent leaves the conversation (it stays open for another). */
  agentLeave(conversationId: string): void;
}

type Stored = ChatEvent & { cursor: string };
interface Subscriber {
  deliver: (event: ChatEvent) => void;
  drop: (error: FrontdeskError) => void;
}
interface Conversation {
  id: string;
  events: Stored[];
  byClientId: Map<string, ChatMessage>;
  subscribers: Set<Subscriber>;
  closed: boolean;
  replies: number;
}

const chatSite = practiceLocations[0];

/**
 * The memory chat: conversations held in memory, a simulated agent who joins and replies
 * after a delay, chat hours from the practice's first site (in its time zone), and the
 * scenarios `online`, `away`, `offline` (outside chat hours) and `flaky-connection`
 * (subscriptions drop, deliver twice, and requests or answers get lost at random, seeded).
 */
export function memoryChat(runtime: MemoryRuntime): { port: Required<ChatPort>; control: MemoryChatControl } {
  const conversations = new Map<string, Conversation>();
  const byKey = new Map<string, unknown>();
  const random = seededRandom(runtime.seed * 31 + 7);
  let seq = 0;
  let agentDelayMs = 1200;
  let autoReply = true;
  const flaky = () => runtime.scenario === 'flaky-connection';

  const find = (id: string): Conversation => {
    const c = conversations.get(id);
    if (!c) throw new FrontdeskError('not-found', 'Unknown conversation.');
    return c;
  };
  /** A write answered once per idempotency key. */
  const once = <T>(key: string | undefined, produce: () => T): T => {
    if (key && byKey.has(key)) return byKey.get(key) as T;
    const value = produce();
    if (key) byKey.set(key, value);
    return value;
  };
  const at = () => new Date(runtime.now()).toISOString();

  const availability = (): ChatAvailability => {
    const now = runtime.now();
    const status =
      runtime.scenario === 'online' || runtime.scenario === 'away' || runtime.scenario === 'offline'
        ? runtime.scenario
        : isOpen(chatSite.hours, chatSite.timeZone, now)
          ? 'online'
          : 'offline';
    const next = status === 'offline' ? nextOpening(chatSite.hours, chatSite.timeZone, now) : undefined;
    return {
      status,
      ...(status === 'offline' ? {} : { expectedReplyMinutes: status === 'away' ? 20 : 2 }),
      ...(next ? { nextOpening: next.toISOString() } : {}),
      timeZone: chatSite.timeZone,
      hours: chatSite.hours.map((h) => ({ ...h, daysOfWeek: [...h.daysOfWeek] })),
      phone: chatSite.phone,
    };
  };

  const publish = (c: Conversation, event: ChatEvent): void => {
    const stored = { ...event, cursor: `c${++seq}` };
    if (stored.type === 'message') stored.message.cursor = stored.cursor;
    if (event.type !== 'typing') c.events.push(stored);
    for (const s of [...c.subscribers]) {
      // flaky-connection: the connection drops instead of delivering (the event is kept for history).
      if (flaky() && random() < 0.08) s.drop(new FrontdeskError('network', 'Memory chat: the connection dropped.'));
      else {
        s.deliver(structuredClone(event.type === 'typing' ? event : stored));
        // …and, at least once, it sometimes delivers twice (as a real stream may around a reconnect).
        if (flaky() && random() < 0.05) s.deliver(structuredClone(stored));
      }
    }
  };

  const agentMessage = (c: Conversation, text: string): void => {
    if (c.closed) return;
    const message: ChatMessage = { id: `m${seq + 1}`, conversationId: c.id, author: 'agent', authorName: chatAgent, text, sentAt: at(), cursor: 'pending' };
    publish(c, { type: 'message', message, cursor: 'pending' });
  };

  const later = (ms: number, fn: () => void) => setTimeout(fn, ms);

  const reply = (c: Conversation): void => {
    if (!autoReply || availability().status === 'offline') return;
    later(agentDelayMs / 2, () => {
      if (c.closed) return;
      publish(c, { type: 'typing', typing: true, agentName: chatAgent });
      later(agentDelayMs / 2, () => {
        publish(c, { type: 'typing', typing: false, agentName: chatAgent });
        agentMessage(c, chatReplies[c.replies++ % chatReplies.length]);
      });
    });
  };

  const port: Required<ChatPort> = {
    getAvailability: (input) => runtime.run('chat.getAvailability', input, availability),

    startConversation: (input) =>
      runtime.run('chat.startConversation', input, () =>
        once(input.idempotencyKey, () => {
          const c: Conversation = { id: `conv-${conversations.size + 1}-${runtime.seed}`, events: [], byClientId: new Map(), subscribers: new Set(), closed: false, replies: 0 };
          conversations.set(c.id, c);
          if (autoReply && availability().status !== 'offline') {
            later(agentDelayMs, () => {
              if (c.closed) return;
              publish(c, { type: 'agent-joined', agentName: chatAgent, cursor: 'pending' });
              agentMessage(c, chatReplies[c.replies++ % chatReplies.length]);
            });
          }
          return { conversationId: c.id, cursor: `c${seq}` };
        }),
      ),

    send: async (input) => {
      const c = find(input.conversationId);
      // flaky-connection: a request lost on the way, or an answer lost on the way back.
      const lost = flaky() ? random() : 1;
      const message = await runtime.run('chat.send', input, () => {
        if (lost < 0.1) throw new FrontdeskError('network', 'Memory chat: the request was lost.');
        const known = c.byClientId.get(input.clientMessageId);
        if (known) return known;
        if (c.closed) throw new FrontdeskError('conflict', 'The conversation has ended.');
        const m: ChatMessage = { id: `m${seq + 1}`, conversationId: c.id, author: 'patient', text: input.text, sentAt: at(), clientMessageId: input.clientMessageId, cursor: 'pending' };
        publish(c, { type: 'message', message: m, cursor: 'pending' });
        c.byClientId.set(input.clientMessageId, m);
        reply(c);
        return m;
      });
      if (lost < 0.2) throw new FrontdeskError('network', 'Memory chat: the answer was lost.');
      return message;
    },

    subscribe(input, onEvent, { signal, onError }: SubscribeOptions) {
      let c: Conversation;
      try {
        c = find(input.conversationId);
      } catch (error) {
        onError?.(error as FrontdeskError);
        return;
      }
      const subscriber: Subscriber = {
        deliver: (event) => queueMicrotask(() => !signal.aborted && onEvent(event)),
        drop: (error) => {
          c.subscribers.delete(subscriber);
          queueMicrotask(() => !signal.aborted && onError?.(error));
        },
      };
      signal.addEventListener('abort', () => c.subscribers.delete(subscriber), { once: true });
      runtime.run('chat.subscribe', { signal }, () => null).then(
        () => {
          if (signal.aborted) return;
          const from = cursorSeq(input.after);
          for (const e of c.events) if (cursorSeq(e.cursor) > from) subscriber.deliver(structuredClone(e));
          c.subscribers.add(subscriber);
        },
        (error: unknown) => !signal.aborted && onError?.(error as FrontdeskError),
      );
    },

    history: (input) =>
      runtime.run('chat.history', input, () => {
        const c = find(input.conversationId);
        const from = cursorSeq(input.after);
        const events = c.events.filter((e) => cursorSeq(e.cursor) > from);
        return { events, cursor: events.at(-1)?.cursor ?? input.after ?? `c${seq}` };
      }),

    markRead: (input) => runtime.run('chat.markRead', input, () => ({ conversationId: find(input.conversationId).id, ok: true as const })),

    end: (input) =>
      runtime.run('chat.end', input, () => {
        const c = find(input.conversationId);
        if (!c.closed) {
          publish(c, { type: 'closed', cursor: 'pending' });
          c.closed = true;
        }
        return { conversationId: c.id, ok: true as const };
      }),

    leaveMessage: (input) => runtime.run('chat.leaveMessage', input, () => once(input.idempotencyKey, () => ({ reference: `L-${1000 + byKey.size}` }))),
  };

  const control: MemoryChatControl = {
    setAgentDelay: (ms) => {
      agentDelayMs = ms;
    },
    setAutoReply: (on) => {
      autoReply = on;
    },
    agentSay: (conversationId, text) => agentMessage(find(conversationId), text),
    agentLeave: (conversationId) => publish(find(conversationId), { type: 'agent-left', agentName: chatAgent, cursor: 'pending' }),
    transcript: (conversationId) => find(conversationId).events.flatMap((e) => (e.type === 'message' ? [structuredClone(e.message)] : [])),
    dropConnections: () => {
      for (const c of conversations.values()) for (const s of [...c.subscribers]) s.drop(new FrontdeskError('network', 'Memory chat: connections dropped.'));
    },
  };
  return { port, control };
}

const cursorSeq = (cursor: string | undefined): number => (cursor && /^c\d+$/.test(cursor) ? Number(cursor.slice(1)) : 0);
