import { randomBytes } from 'node:crypto';
import type { Reminders } from '../../../src/core/schemas/scheduling.js';
import type { Queryable } from '../db/port.js';
import { randomId } from '../domain/ids.js';
import { reminderAt } from './schedule.js';
import type { MessagingConfig } from './settings.js';

export type Change = 'booked' | 'rescheduled' | 'cancelled';

/** `es`, `es-MX` → `es`; anything else → `en` (from the booking request's `Accept-Language`). */
export const localeOf = (acceptLanguage: string | undefined): 'en' | 'es' => (/^\s*es\b/i.test(acceptLanguage ?? '') ? 'es' : 'en');

/** Keeps the channels the patient opted into, their language, and the token of their unsubscribe link. */
export async function recordPreferences(tx: Queryable, appointmentId: string, reminders: Reminders, locale: 'en' | 'es'): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await tx.query('INSERT INTO patient_messaging (appointment_id, locale, email, sms, unsubscribe_token) VALUES ($1, $2, $3, $4, $5)', [
    appointmentId,
    locale,
    reminders.email,
    reminders.sms,
    token,
  ]);
  return token;
}

/**
 * Writes the messages a change causes, in the change's own transaction (so a message exists if and
 * only if the change committed): the confirmation of the change now; after a booking or a
 * reschedule, the reminder `reminderHours` before and the survey invitation after the visit.
 * A reschedule or cancel first cancels the reminder and invitation still pending for the old time.
 */
export async function enqueueMessages(tx: Queryable, appointmentId: string, change: Change, config: MessagingConfig, now = Date.now()): Promise<void> {
  if (change !== 'booked') {
    await tx.query("UPDATE outbox SET status = 'cancelled' WHERE appointment_id = $1 AND status = 'pending' AND kind IN ('reminder', 'survey')", [appointmentId]);
  }
  const [row] = await tx.query<{ start: Date; end: Date; time_zone: string; email: boolean; sms: boolean; unsubscribed_at: Date | null }>(
    `SELECT lower(a.during) AS start, upper(a.during) AS "end", l.time_zone, m.email, m.sms, m.unsubscribed_at
     FROM appointments a JOIN locations l ON l.id = a.location_id JOIN patient_messaging m ON m.appointment_id = a.id WHERE a.id = $1`,
    [appointmentId],
  );
  if (!row || row.unsubscribed_at) return;
  const channels = [...(row.email ? ['email'] : []), ...(row.sms ? ['sms'] : [])];
  const start = new Date(row.start).getTime();
  const planned: Array<{ kind: string; at: number }> = [{ kind: change, at: now }];
  if (change !== 'cancelled') {
    const reminder = reminderAt(start, row.time_zone, config.reminderHours);
    if (reminder > now) planned.push({ kind: 'reminder', at: reminder });
    planned.push({ kind: 'survey', at: new Date(row.end).getTime() + config.surveyDelayMinutes * 60_000 });
  }
  for (const channel of channels) {
    for (const m of planned) {
      const at = new Date(m.at).toISOString();
      await tx.query(
        `INSERT INTO outbox (id, appointment_id, kind, channel, visit_start, send_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $6)
         ON CONFLICT (appointment_id, kind, channel, visit_start) DO NOTHING`,
        [randomId('msg'), appointmentId, m.kind, channel, new Date(start).toISOString(), at],
      );
    }
  }
}
