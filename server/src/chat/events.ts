import type { Database } from '../db/port.js';
import { CHAT_CHANNEL, type ChatNotice } from './store.js';

/** A conversation's id, or `*` for every conversation (the staff inbox). */
type Listener = { conversationId: string; notify: (notice: ChatNotice) => void };

/**
 * Chat fan-out: every new event or typing change in any process is a NOTIFY on `fd_chat`;
 * every process LISTENs and tells its own streams of that conversation (and the staff inbox, `*`).
 */
export class ChatEvents {
  private readonly listeners = new Set<Listener>();
  private stop: (() => Promise<void>) | undefined;

  constructor(private readonly db: Database) {}

  async start(): Promise<void> {
    this.stop = await this.db.listen(CHAT_CHANNEL, (payload) => {
      let notice: ChatNotice;
      try {
        notice = JSON.parse(payload) as ChatNotice;
      } catch {
        return;
      }
      for (const l of this.listeners) if (l.conversationId === '*' || l.conversationId === notice.c) l.notify(notice);
    });
  }

  subscribe(conversationId: string, notify: (notice: ChatNotice) => void): () => void {
    const listener = { conversationId, notify };
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await this.stop?.();
  }
}
