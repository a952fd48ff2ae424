import type { Address } from '../../../src/core/schemas/location.js';
import type { Database } from '../db/port.js';
import { renderMessage, type MessageKind } from './render.js';
import { backoffMs } from './schedule.js';
import { SendError, type EmailProvider, type SmsProvider } from './providers.js';
import type { MessagingConfig } from './settings.js';

export interface OutboxOptions {
  email?: EmailProvider;
  sms?: SmsProvider;
  config: MessagingConfig;
  /** How long a claimed message is this process's before another may take it over (default 60 s). */
  leaseMs?: number;
  /** How often the outbox is looked at (default 5 s). */
  pollMs?: number;
  /** Tries before a message is given up as failed (default 8). */
  maxAttempts?: number;
  /** The first retry's delay, doubling (default 30 s). */
  backoffBaseMs?: number;
  /** The clock (tests move it). */
  now?: () => number;
  /** Told of every outcome (ids and codes only). */
  onOutcome?: (outcome: { id: string; kind: string; channel: string; status: 'sent' | 'retry' | 'failed' | 'cancelled'; code?: string }) => void;
}

/** A link in a message: `query` added, and `lang=es` for a patient who booked in Spanish (the site's page in their language). */
export function inLanguage(link: string, locale: 'en' | 'es', query: Record<string, string> = {}): string {
  const url = new URL(link);
  for (const [name, value] of Object.entries({ ...query, ...(locale === 'es' ? { lang: 'es' } : {}) })) url.searchParams.set(name, value);
  return url.href;
}

interface Claimed {
  id: string;
  appointment_id: string;
  kind: MessageKind;
  channel: 'email' | 'sms';
  visit_start: Date;
  attempts: number;
  start: Date;
  status: 'booked' | 'cancelled';
  attendance: 'arrived' | 'no-show' | null;
  confirmation_code: string;
  patient: { givenName: string; email: string; phone: string };
  locale: 'en' | 'es';
  unsubscribe_token: string;
  unsubscribed_at: Date | null;
  time_zone: string;
  location: { name: string; address: Address; phone: string };
}

/**
 * Sends the outbox. Each due message is claimed with a lease (`FOR UPDATE SKIP LOCKED`: one
 * process per message), sent, then marked sent. A process that dies mid-send leaves the claim to
 * expire and another try sends it (the SMTP message id and the SMS idempotency token are the
 * outbox id, so a receiving side can drop a repeat). Provider errors are retried with backoff; a
 * reminder or invitation whose visit was cancelled or moved is never sent.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private readonly now: () => number;

  constructor(
    private readonly db: Database,
    private readonly options: OutboxOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  start(): void {
    const loop = () => {
      this.timer = setTimeout(() => void this.tick().finally(loop), this.options.pollMs ?? 5_000);
      this.timer.unref();
    };
    loop();
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Sends what is due now; resolves to how many messages were handled. */
  tick(): Promise<number> {
    this.running ??= this.drain().finally(() => (this.running = undefined));
    return this.running;
  }

  private async drain(): Promise<number> {
    let handled = 0;
    for (;;) {
      const batch = await this.claim();
      if (!batch.length) return handled;
      for (const m of batch) await this.deliver(m);
      handled += batch.length;
    }
  }

  private async claim(): Promise<Claimed[]> {
    const now = new Date(this.now()).toISOString();
    return this.db.query<Claimed>(
      `WITH due AS (
         SELECT id FROM outbox
         WHERE next_attempt_at <= $1 AND (status = 'pending' OR (status = 'sending' AND claimed_until < $1))
         ORDER BY next_attempt_at LIMIT 10 FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE outbox o SET status = 'sending', attempts = o.attempts + 1, claimed_until = $1::timestamptz + make_interval(secs => $2)
         FROM due WHERE o.id = due.id RETURNING o.*
       )
       SELECT c.id, c.appointment_id, c.kind, c.channel, c.visit_start, c.attempts, lower(a.during) AS start, a.status, a.attendance, a.confirmation_code, a.patient,
              m.locale, m.unsubscribe_token, m.unsubscribed_at, l.time_zone, l.data AS location
       FROM claimed c JOIN appointments a ON a.id = c.appointment_id JOIN patient_messaging m ON m.appointment_id = a.id JOIN locations l ON l.id = a.location_id`,
      [now, (this.options.leaseMs ?? 60_000) / 1000],
    );
  }

  private async settle(id: string, status: 'sent' | 'pending' | 'failed' | 'cancelled', fields: { providerId?: string; code?: string; retryAt?: number } = {}): Promise<void> {
    await this.db.query(
      `UPDATE outbox SET status = $2, provider_message_id = COALESCE($3, provider_message_id), last_error = $4, claimed_until = NULL,
              next_attempt_at = COALESCE($5::timestamptz, next_attempt_at), sent_at = CASE WHEN $2 = 'sent' THEN $6::timestamptz ELSE sent_at END
       WHERE id = $1 AND status = 'sending'`,
      [id, status, fields.providerId ?? null, fields.code ?? null, fields.retryAt === undefined ? null : new Date(fields.retryAt).toISOString(), new Date(this.now()).toISOString()],
    );
  }

  private async deliver(m: Claimed): Promise<void> {
    const outcome = (status: 'sent' | 'retry' | 'failed' | 'cancelled', code?: string) =>
      this.options.onOutcome?.({ id: m.id, kind: m.kind, channel: m.channel, status, ...(code ? { code } : {}) });
    const moved = new Date(m.start).getTime() !== new Date(m.visit_start).getTime();
    const noShow = m.kind === 'survey' && m.attendance === 'no-show';
    if (m.unsubscribed_at || noShow || ((m.kind === 'reminder' || m.kind === 'survey') && (m.status === 'cancelled' || moved))) {
      await this.settle(m.id, 'cancelled');
      return outcome('cancelled');
    }
    const provider = m.channel === 'email' ? this.options.email : this.options.sms;
    if (!provider) {
      await this.settle(m.id, 'failed', { code: `no-${m.channel}-provider` });
      return outcome('failed', `no-${m.channel}-provider`);
    }
    const { config } = this.options;
    const [practice] = await this.db.query<{ value: { name: string } }>("SELECT value FROM practice_settings WHERE name = 'practice'");
    const unsubscribeUrl = `${config.apiUrl.replace(/\/+$/, '')}/unsubscribe/${m.unsubscribe_token}`;
    const text = renderMessage({
      kind: m.kind,
      locale: m.locale,
      givenName: m.patient.givenName,
      practiceName: practice?.value.name ?? m.location.name,
      start: new Date(m.start).getTime(),
      timeZone: m.time_zone,
      locationName: m.location.name,
      address: m.location.address,
      phone: m.location.phone,
      confirmationCode: m.confirmation_code,
      manageUrl: inLanguage(config.manageUrl ?? config.siteUrl, m.locale),
      surveyUrl: inLanguage(config.surveyUrl ?? `${config.siteUrl.replace(/\/+$/, '')}/feedback`, m.locale, { touchpoint: 'post-visit' }),
      unsubscribeUrl,
    });
    try {
      const sent =
        m.channel === 'email'
          ? await (provider as EmailProvider).send({ to: m.patient.email, subject: text.subject, text: text.text, messageId: `<${m.id}@frontdesk>`, unsubscribeUrl })
          : await (provider as SmsProvider).send({ to: m.patient.phone, body: text.sms, idempotencyKey: m.id });
      await this.settle(m.id, 'sent', { providerId: sent.id });
      return outcome('sent');
    } catch (error) {
      const e = error instanceof SendError ? error : new SendError('error', true);
      if (!e.retry || m.attempts >= (this.options.maxAttempts ?? 8)) {
        await this.settle(m.id, 'failed', { code: e.code });
        return outcome('failed', e.code);
      }
      await this.settle(m.id, 'pending', { code: e.code, retryAt: this.now() + backoffMs(m.attempts, this.options.backoffBaseMs) });
      return outcome('retry', e.code);
    }
  }
}
