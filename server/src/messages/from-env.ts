import type { OutboxOptions } from './worker.js';
import { smtpEmail, twilioSms } from './providers.js';
import { defaultMessaging, type MessagingConfig } from './settings.js';

type Env = Readonly<Record<string, string | undefined>>;

const number = (value: string | undefined) => (value && Number.isFinite(Number(value)) ? Number(value) : undefined);

/** Links and timing from `FRONTDESK_SITE_URL`, `FRONTDESK_MANAGE_URL`, `FRONTDESK_SURVEY_URL`, `FRONTDESK_PUBLIC_API_URL`, `FRONTDESK_REMINDER_HOURS`. */
export function messagingFromEnv(env: Env): MessagingConfig {
  const siteUrl = env.FRONTDESK_SITE_URL ?? defaultMessaging.siteUrl;
  return {
    siteUrl,
    ...(env.FRONTDESK_MANAGE_URL ? { manageUrl: env.FRONTDESK_MANAGE_URL } : {}),
    ...(env.FRONTDESK_SURVEY_URL ? { surveyUrl: env.FRONTDESK_SURVEY_URL } : {}),
    apiUrl: env.FRONTDESK_PUBLIC_API_URL ?? `${siteUrl.replace(/\/+$/, '')}/api/frontdesk`,
    reminderHours: number(env.FRONTDESK_REMINDER_HOURS) ?? defaultMessaging.reminderHours,
    surveyDelayMinutes: number(env.FRONTDESK_SURVEY_DELAY_MINUTES) ?? defaultMessaging.surveyDelayMinutes,
  };
}

/**
 * The outbox's providers from the environment: email with `FRONTDESK_SMTP_URL` and
 * `FRONTDESK_MAIL_FROM`; SMS with `FRONTDESK_SMS_API` (a Twilio-compatible base URL),
 * `FRONTDESK_SMS_SID`, `FRONTDESK_SMS_TOKEN`, `FRONTDESK_SMS_FROM`. Neither: no outbox sender.
 */
export function outboxFromEnv(env: Env): Omit<OutboxOptions, 'config'> | undefined {
  const email = env.FRONTDESK_SMTP_URL && env.FRONTDESK_MAIL_FROM ? smtpEmail({ url: env.FRONTDESK_SMTP_URL, from: env.FRONTDESK_MAIL_FROM }) : undefined;
  const sms =
    env.FRONTDESK_SMS_API && env.FRONTDESK_SMS_SID && env.FRONTDESK_SMS_TOKEN && env.FRONTDESK_SMS_FROM
      ? twilioSms({ baseUrl: env.FRONTDESK_SMS_API, accountSid: env.FRONTDESK_SMS_SID, authToken: env.FRONTDESK_SMS_TOKEN, from: env.FRONTDESK_SMS_FROM })
      : undefined;
  if (!email && !sms) return undefined;
  const pollMs = number(env.FRONTDESK_OUTBOX_POLL_MS);
  const leaseMs = number(env.FRONTDESK_OUTBOX_LEASE_MS);
  return { ...(email ? { email } : {}), ...(sms ? { sms } : {}), ...(pollMs ? { pollMs } : {}), ...(leaseMs ? { leaseMs } : {}) };
}
