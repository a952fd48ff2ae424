import nodemailer from 'nodemailer';

/** A provider's refusal: `retry` for errors worth another try (network, 429, 5xx), else final. */
export class SendError extends Error {
  constructor(
    readonly code: string,
    readonly retry: boolean,
  ) {
    super(code);
  }
}

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  /** One per outbox row: the same on every try, so a receiving system can drop a repeat. */
  messageId: string;
  unsubscribeUrl: string;
}

export interface EmailProvider {
  send(message: EmailMessage): Promise<{ id: string }>;
}

export interface SmsMessage {
  to: string;
  body: string;
  /** One per outbox row, sent as the provider's idempotency token. */
  idempotencyKey: string;
}

/** Any SMS provider: one method. `twilioSms` is the one HTTP implementation. */
export interface SmsProvider {
  send(message: SmsMessage): Promise<{ id: string }>;
}

/** Email over SMTP with nodemailer (`smtp://user:pass@host:587`, `smtps://…`). */
export function smtpEmail(options: { url: string; from: string }): EmailProvider & { close(): void } {
  const transport = nodemailer.createTransport(options.url);
  return {
    async send(m) {
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: m.to,
          subject: m.subject,
          text: m.text,
          messageId: m.messageId,
          list: { unsubscribe: { url: m.unsubscribeUrl, comment: 'Unsubscribe' } },
        });
        return { id: info.messageId };
      } catch (error) {
        const status = (error as { responseCode?: number }).responseCode;
        // 5xx SMTP replies are permanent (bad address, refused); anything else may pass later.
        throw new SendError(status ? `smtp-${status}` : 'smtp-network', !(status && status >= 500));
      }
    },
    close: () => transport.close(),
  };
}

/**
 * SMS through a Twilio-compatible messages API: `POST {baseUrl}/2010-04-01/Accounts/{sid}/Messages.json`
 * with `To`, `From`, `Body` form-encoded and basic auth; the outbox id as `I-Twilio-Idempotency-Token`.
 */
export function twilioSms(options: { baseUrl: string; accountSid: string; authToken: string; from: string; fetch?: typeof fetch }): SmsProvider {
  const doFetch = options.fetch ?? fetch;
  const url = `${options.baseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`;
  const auth = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  return {
    async send(m) {
      let res: Response;
      try {
        res = await doFetch(url, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded', 'i-twilio-idempotency-token': m.idempotencyKey },
          body: new URLSearchParams({ To: m.to, From: options.from, Body: m.body }).toString(),
          signal: AbortSignal.timeout(15_000),
        });
      } catch {
        throw new SendError('sms-network', true);
      }
      if (res.status === 429 || res.status >= 500) throw new SendError(`sms-${res.status}`, true);
      if (!res.ok) throw new SendError(`sms-${res.status}`, false);
      const body = (await res.json().catch(() => ({}))) as { sid?: unknown };
      return { id: typeof body.sid === 'string' ? body.sid : 'unknown' };
    },
  };
}
