import type { ChatPort } from '../../core/adapter.js';
import { isAbortError, toFrontdeskError, type FrontdeskError } from '../../core/errors.js';
import { IntentKey, idempotencyKey, sleep, type Random } from '../../core/resilience.js';
import type { ChatEvent, ChatPrechat } from '../../core/schemas/chat.js';
import { Outbox, resendDelay, type DeliveryState } from './outbox.js';

/** One line of the conversation as the panel shows it. */
export interface LogEntry {
  /** Stable key: the server id, or the client id of a message not yet acknowledged. */
  key: string;
  author: 'patient' | 'agent' | 'system';
  /** `message`, or a notice: an agent joined or left, the chat ended. */
  kind: 'message' | 'joined' | 'left' | 'closed';
  text: string;
  authorName?: string;
  sentAt?: string;
  /** Patient messages: sending, sent or failed. */
  state?: DeliveryState;
  clientMessageId?: string;
}

export interface SessionHooks {
  /** Something shown changed. */
  changed(): void;
  /** A message arrived from the practice (not a replay of one already shown). */
  incoming?(entry: LogEntry): void;
  /** A patient message reached the practice. */
  delivered?(entry: LogEntry): void;
  /** A failure worth telling the page about (`fd-error`). */
  failed?(error: FrontdeskError): void;
  /** Something to tell a screen reader once: the agent started typing, joined or left, or the chat ended. */
  notice?(kind: 'typing' | 'joined' | 'left' | 'closed', name: string): void;
}

export interface SessionOptions {
  random?: Random;
  /** Is the browser online? Default `navigator.onLine`; while offline the outbox waits instead of spending attempts. */
  online?: () => boolean;
}

/**
 * A conversation, held outside the panel so closing and reopening keeps it: the log, the
 * outbox (sent in order, one at a time, idempotent on client ids), the live subscription
 * and its recovery (backoff, history from the last cursor, resubscribe), deduplicated by
 * message id. Pure of DOM: the reliability test drives it directly.
 */
export class ChatSession {
  conversationId?: string;
  /** Where the stream is known complete up to. */
  cursor?: string;
  readonly log: LogEntry[] = [];
  readonly outbox = new Outbox();
  agentName?: string;
  typing = false;
  closed = false;
  connection: 'idle' | 'connected' | 'reconnecting' = 'idle';

  private readonly seen = new Set<string>();
  /** Replaying history on resume: nothing in it is news to announce. */
  private replaying = false;
  private readonly life = new AbortController();
  private stream?: AbortController;
  private starting?: Promise<string>;
  /** Starting and ending keep one key each across every try: a lost answer never opens a second conversation. */
  private readonly startKey = new IntentKey();
  private readonly endKey = new IntentKey();
  private pumping = false;
  private wake?: AbortController;
  private reconnects = 0;
  private readonly random: Random;
  private readonly online: () => boolean;

  constructor(
    private readonly port: ChatPort,
    private readonly hooks: SessionHooks,
    options: SessionOptions = {},
  ) {
    this.random = options.random ?? Math.random;
    this.online = options.online ?? (() => navigator.onLine);
  }

  /** Starts the conversation (once), then listens to it. */
  start(prechat?: ChatPrechat): Promise<string> {
    const body = prechat ? { prechat } : {};
    this.starting ??= this.startKey.run(body, (idempotencyKey) => this.port.startConversation({ ...body, idempotencyKey, signal: this.life.signal })).then(
      (c) => {
        this.conversationId = c.conversationId;
        this.cursor = c.cursor;
        this.listen();
        return c.conversationId;
      },
      (error: unknown) => {
        this.starting = undefined;
        throw error;
      },
    );
    return this.starting;
  }

  /**
   * Picks up a conversation this tab had open on another page of the site: the log is
   * rebuilt from its history (the texts are never stored on the device), then it listens
   * on from the last cursor.
   */
  async resume(conversationId: string): Promise<void> {
    this.conversationId = conversationId;
    this.starting = Promise.resolve(conversationId);
    const history = await this.port.history({ conversationId, signal: this.life.signal });
    this.replaying = true;
    try {
      for (const event of history.events) this.apply(event);
    } finally {
      this.replaying = false;
    }
    this.cursor = history.cursor;
    this.hooks.changed();
    this.listen();
  }

  /** Queues a message and returns its client id; it is sent when the conversation and connection allow. */
  send(text: string): string {
    const clientMessageId = idempotencyKey();
    this.outbox.add(clientMessageId, text);
    this.log.push({ key: clientMessageId, author: 'patient', kind: 'message', text, state: 'sending', clientMessageId });
    this.hooks.changed();
    void this.pump();
    return clientMessageId;
  }

  /** The patient pressed Retry (or the connection came back): failed messages go again, in order. */
  retry(): void {
    this.outbox.retry();
    this.wake?.abort();
    this.sync();
    void this.pump();
  }

  /** Ends the conversation at the practice's side too. */
  async end(): Promise<void> {
    const conversationId = this.conversationId;
    if (conversationId && !this.closed) await this.endKey.run(conversationId, (idempotencyKey) => this.port.end({ conversationId, idempotencyKey, signal: this.life.signal }));
    this.close();
  }

  /** Stops listening and sending (the element left the page for good). */
  dispose(): void {
    this.life.abort();
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.log.push({ key: 'closed', author: 'system', kind: 'closed', text: '' });
    this.typing = false;
    this.agentName = undefined; // the header no longer says who the patient is chatting with
    if (!this.replaying) this.hooks.notice?.('closed', '');
    this.stream?.abort();
    this.connection = 'idle';
    this.hooks.changed();
  }

  /** Sends the outbox head by head; a failed head waits for Retry. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      const conversationId = this.conversationId ?? (await this.start());
      for (let entry = this.outbox.next(); entry && !this.life.signal.aborted; entry = this.outbox.next()) {
        try {
          const message = await this.port.send({ conversationId, clientMessageId: entry.clientMessageId, text: entry.text, idempotencyKey: entry.clientMessageId, signal: this.life.signal });
          this.seen.add(message.id);
          this.ack(entry.clientMessageId, message.id, message.sentAt);
        } catch (thrown) {
          if (isAbortError(thrown)) return;
          const error = toFrontdeskError(thrown);
          const again = this.outbox.attemptFailed(entry, error.retryable && !this.closed);
          // Shown as "Not sent" with Retry at once; told to the page once per message.
          if (entry.attempts === 1 || !again) this.hooks.failed?.(error);
          if (again) {
            entry.state = 'failed';
            this.sync();
            await this.waitToResend(entry.attempts);
            if (entry.state === 'failed') entry.state = 'sending';
          }
          this.sync();
        }
      }
    } catch (thrown) {
      // The conversation could not start: every queued message shows "Not sent".
      if (isAbortError(thrown)) return;
      for (const e of this.outbox.entries) if (e.state === 'sending') e.state = 'failed';
      this.sync();
      this.hooks.failed?.(toFrontdeskError(thrown));
    } finally {
      this.pumping = false;
    }
  }

  /** Backs off before the next automatic attempt; Retry (or the end of the session) cuts the wait short. */
  private async waitToResend(attempt: number): Promise<void> {
    const wake = new AbortController();
    this.wake = wake;
    const signal = AbortSignal.any([wake.signal, this.life.signal]);
    await sleep(resendDelay(attempt, this.random), signal).catch(() => undefined);
    // Offline: wait for the connection rather than spend attempts.
    while (!this.online() && !signal.aborted) await sleep(1000, signal).catch(() => undefined);
  }

  private ack(clientMessageId: string | undefined, id: string, sentAt: string): void {
    if (!this.outbox.acknowledge(clientMessageId)) return;
    const entry = this.log.find((e) => e.clientMessageId === clientMessageId);
    if (!entry) return;
    entry.state = 'sent';
    entry.key = id;
    entry.sentAt = sentAt;
    this.hooks.delivered?.(entry);
    this.hooks.changed();
  }

  /** Copies outbox states onto the log. */
  private sync(): void {
    for (const e of this.log) {
      const o = this.outbox.get(e.clientMessageId);
      if (o) e.state = o.state;
    }
    this.hooks.changed();
  }

  /** Subscribes from the cursor; on a drop, backs off, fills the gap from history and resubscribes. */
  private listen(): void {
    if (!this.conversationId || this.closed || this.life.signal.aborted) return;
    this.stream?.abort();
    const stream = new AbortController();
    this.stream = stream;
    const signal = AbortSignal.any([stream.signal, this.life.signal]);
    this.port.subscribe({ conversationId: this.conversationId, ...(this.cursor ? { after: this.cursor } : {}) }, (event) => {
      if (this.connection !== 'connected') {
        this.connection = 'connected';
        this.reconnects = 0;
      }
      this.apply(event);
    }, {
      signal,
      onError: (error) => {
        if (signal.aborted) return;
        // One event that did not match the schema: skip it, say so, keep listening.
        if (error.kind === 'invalid-response') return this.hooks.failed?.(error);
        stream.abort();
        void this.recover(error);
      },
    });
    if (this.connection === 'idle') this.connection = 'connected';
  }

  private async recover(error: FrontdeskError): Promise<void> {
    if (!error.retryable) {
      this.connection = 'idle';
      this.hooks.failed?.(error);
      this.hooks.changed();
      return;
    }
    this.connection = 'reconnecting';
    this.hooks.changed();
    for (;;) {
      await sleep(resendDelay(Math.min(this.reconnects++, 6), this.random), this.life.signal).catch(() => undefined);
      if (this.life.signal.aborted || this.closed || !this.conversationId) return;
      try {
        const history = await this.port.history({ conversationId: this.conversationId, ...(this.cursor ? { after: this.cursor } : {}), signal: this.life.signal });
        for (const event of history.events) this.apply(event);
        this.cursor = history.cursor;
        this.connection = 'connected';
        this.hooks.changed();
        this.listen();
        return;
      } catch (thrown) {
        if (isAbortError(thrown)) return;
        if (!toFrontdeskError(thrown).retryable) return this.recover(toFrontdeskError(thrown));
      }
    }
  }

  /** Applies one event from the stream or from history; a message already shown is ignored. */
  private apply(event: ChatEvent): void {
    if ('cursor' in event) this.cursor = event.cursor;
    switch (event.type) {
      case 'typing':
        if (event.typing && !this.typing && !this.replaying) this.hooks.notice?.('typing', event.agentName ?? this.agentName ?? '');
        this.typing = event.typing;
        break;
      case 'message': {
        const m = event.message;
        if (this.seen.has(m.id)) return;
        this.seen.add(m.id);
        if (m.author === 'patient' && this.outbox.get(m.clientMessageId)) {
          this.ack(m.clientMessageId, m.id, m.sentAt);
          return;
        }
        const entry: LogEntry = { key: m.id, author: m.author, kind: 'message', text: m.text, sentAt: m.sentAt, ...(m.authorName ? { authorName: m.authorName } : {}) };
        if (m.author === 'agent') this.typing = false;
        this.log.push(entry);
        if (m.author !== 'patient' && !this.replaying) this.hooks.incoming?.(entry);
        break;
      }
      case 'agent-joined':
        this.agentName = event.agentName;
        this.notice(event.cursor, 'joined', event.agentName);
        break;
      case 'agent-left':
        this.notice(event.cursor, 'left', event.agentName ?? this.agentName ?? '');
        this.agentName = undefined;
        break;
      case 'closed':
        this.close();
        return;
    }
    this.hooks.changed();
  }

  private notice(cursor: string, kind: 'joined' | 'left', name: string): void {
    if (this.seen.has(cursor)) return;
    this.seen.add(cursor);
    this.log.push({ key: cursor, author: 'system', kind, text: '', authorName: name });
    if (!this.replaying) this.hooks.notice?.(kind, name);
  }
}
