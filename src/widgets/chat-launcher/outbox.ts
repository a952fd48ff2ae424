import { backoffDelay, type Random } from '../../core/resilience.js';

/** Delivery state of a patient's message, as shown beside it. */
export type DeliveryState = 'sending' | 'sent' | 'failed';

export interface OutboxEntry {
  /** The id the message is sent with; `send` is idempotent on it, so a retry never posts twice. */
  readonly clientMessageId: string;
  readonly text: string;
  state: DeliveryState;
  /** Attempts made since the last manual retry. */
  attempts: number;
}

/** Automatic attempts before a message shows "Not sent" with Retry. */
export const MAX_AUTO_ATTEMPTS = 5;

/** Backoff between automatic attempts: full jitter under 0.5 s, 1 s, 2 s … capped at 10 s. */
export const resendDelay = (attempt: number, random: Random = Math.random): number =>
  backoffDelay(attempt, { baseDelayMs: 500, maxDelayMs: 10_000 }, random);

/**
 * The patient's unsent messages, in the order typed. Pure bookkeeping: the session sends
 * the head only (so the practice receives them in order), one at a time, and a failed
 * head holds the ones after it until the patient retries.
 */
export class Outbox {
  readonly entries: OutboxEntry[] = [];

  add(clientMessageId: string, text: string): OutboxEntry {
    const entry: OutboxEntry = { clientMessageId, text, state: 'sending', attempts: 0 };
    this.entries.push(entry);
    return entry;
  }

  get(clientMessageId: string | undefined): OutboxEntry | undefined {
    return this.entries.find((e) => e.clientMessageId === clientMessageId);
  }

  /** The message to send now: the first not yet sent, unless it failed (then nothing, to keep order). */
  next(): OutboxEntry | undefined {
    const head = this.entries.find((e) => e.state !== 'sent');
    return head?.state === 'sending' ? head : undefined;
  }

  /** The practice has it (its answer, or its echo on the stream); a second acknowledgement is a no-op. */
  acknowledge(clientMessageId: string | undefined): boolean {
    const entry = this.get(clientMessageId);
    if (!entry || entry.state === 'sent') return false;
    entry.state = 'sent';
    return true;
  }

  /** One attempt failed: `true` while automatic attempts remain, else the message is marked failed. */
  attemptFailed(entry: OutboxEntry, retryable: boolean): boolean {
    entry.attempts++;
    if (retryable && entry.attempts < MAX_AUTO_ATTEMPTS) return true;
    entry.state = 'failed';
    return false;
  }

  /** The patient pressed Retry: every failed message is queued again, in order. */
  retry(): void {
    for (const e of this.entries) {
      if (e.state === 'failed') {
        e.state = 'sending';
        e.attempts = 0;
      }
    }
  }

  get pending(): number {
    return this.entries.filter((e) => e.state !== 'sent').length;
  }
}
