// Messages to patients through a local SMTP sink (smtp-server) and a local fake of the Twilio
// messages API, on a fake clock: confirmations in the patient's language and only through the
// channels they chose, with the visit's local time, the code, a change/cancel link and an
// unsubscribe, and no reason for the visit; the reminder 24 h before (same wall-clock time across
// DST); retries with backoff; nothing after a cancel or an unsubscribe.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { smtpEmail, twilioSms } from '../src/messages/providers.js';
import { reminderAt } from '../src/messages/schedule.js';
import { addStaffUser } from '../src/routes/staff.js';
import { serverWithOutbox, staffLogin } from './extras-support.js';
import { fakeSmsApi, smtpSink } from './message-sinks.js';
import { call, freeSlots, key, patient } from './support.js';

const HOUR = 3_600_000;

void describe('reminder time', () => {
  it('24 h before keeps the wall-clock time across a DST change in the location zone', () => {
    // Sunday 2026-03-08 09:00 PDT (16:00Z), the day clocks went forward: Saturday 09:00 PST is 17:00Z, 23 real hours before.
    assert.equal(new Date(reminderAt(Date.parse('2026-03-08T16:00:00Z'), 'America/Los_Angeles', 24)).toISOString(), '2026-03-07T17:00:00.000Z');
    // Sunday 2026-11-01 09:00 PST (17:00Z), clocks went back: Saturday 09:00 PDT is 16:00Z, 25 hours before.
    assert.equal(new Date(reminderAt(Date.parse('2026-11-01T17:00:00Z'), 'America/Los_Angeles', 24)).toISOString(), '2026-10-31T16:00:00.000Z');
    // Phoenix keeps no DST: exactly 48 h; 2 h is real hours.
    assert.equal(reminderAt(Date.parse('2026-03-08T16:00:00Z'), 'America/Phoenix', 48), Date.parse('2026-03-06T16:00:00Z'));
    assert.equal(reminderAt(Date.parse('2026-03-08T16:00:00Z'), 'America/Los_Angeles', 2), Date.parse('2026-03-08T14:00:00Z'));
  });
});

void describe('messages to patients (embedded, SMTP sink and fake SMS API on loopback)', () => {
  let smtp: Awaited<ReturnType<typeof smtpSink>>;
  let sms: Awaited<ReturnType<typeof fakeSmsApi>>;
  let s: Awaited<ReturnType<typeof serverWithOutbox>>;
  let clock = Date.now();
  before(async () => {
    smtp = await smtpSink();
    sms = await fakeSmsApi();
    s = await serverWithOutbox({
      email: smtpEmail({ url: smtp.url, from: 'Desert Sage Health <no-reply@desertsage.example>' }),
      sms: twilioSms({ baseUrl: sms.baseUrl, accountSid: sms.accountSid, authToken: sms.authToken, from: '+15550100000' }),
      now: () => clock,
    });
  });
  after(async () => {
    await s.close();
    await smtp.close();
    await sms.close();
  });

  const bookAt = async (slotIndex: number, reminders: { sms: boolean; email: boolean }, language = 'en-US', who = patient) => {
    const slots = await freeSlots(s);
    const hold = await call(s.baseUrl, 'POST', '/holds', { slotId: slots[slotIndex].id }, key());
    const apt = await call(s.baseUrl, 'POST', '/appointments', { holdId: hold.json.holdId, patient: who, reason: 'Qqprivate reason', reminders }, { ...key(), 'accept-language': language });
    assert.equal(apt.status, 200, apt.text);
    // The fake clock starts at the booking (its confirmation is due at once).
    clock = Date.now();
    return apt.json as { id: string; confirmationCode: string; start: string; locationId: string; manageToken: { token: string } };
  };

  it('a booking in Spanish with email only: one email in Spanish with the local time, code, links and no reason; no SMS', async () => {
    const apt = await bookAt(0, { sms: false, email: true }, 'es-MX,es;q=0.9');
    await s.outbox.tick();
    const mails = smtp.mails.filter((m) => m.to.includes(patient.email));
    assert.equal(mails.length, 1);
    const [mail] = mails;
    assert.match(mail.subject, /Su cita en Desert Sage Health está reservada/);
    const [location] = await s.db.query<{ time_zone: string }>('SELECT time_zone FROM locations WHERE id = $1', [apt.locationId]);
    const time = new Intl.DateTimeFormat('es-US', { timeZone: location.time_zone, hour: 'numeric', minute: '2-digit' }).format(new Date(apt.start));
    assert.ok(mail.text.includes(time), `the local time ${time} in: ${mail.text}`);
    assert.ok(mail.text.includes(apt.confirmationCode));
    assert.ok(mail.text.includes('https://www.desertsage.example/?lang=es'), `the change/cancel link, to the site in Spanish: ${mail.text}`);
    assert.match(mail.text, /https:\/\/api\.desertsage\.example\/api\/frontdesk\/unsubscribe\/[\w-]{32}/);
    assert.match(mail.listUnsubscribe, /unsubscribe/);
    assert.ok(!mail.text.includes('Qqprivate') && !mail.text.includes(patient.birthDate), 'no reason, no birth date');
    assert.equal(sms.requests.length, 0, 'SMS was not chosen');
  });

  it('the reminder goes out at its time (fake clock) and not before, by SMS when chosen', async () => {
    const apt = await bookAt(1, { sms: true, email: false });
    await s.outbox.tick();
    assert.equal(sms.requests.length, 1, 'the confirmation');
    assert.match(sms.requests[0].body, /Desert Sage Health: Hello Test, your appointment is booked/);
    assert.equal(sms.requests[0].authorized, true);
    const [reminder] = await s.db.query<{ send_at: Date }>("SELECT send_at FROM outbox WHERE appointment_id = $1 AND kind = 'reminder'", [apt.id]);
    const at = new Date(reminder.send_at).getTime();
    assert.ok(Math.abs(at - (Date.parse(apt.start) - 24 * HOUR)) <= HOUR, 'about 24 h before');
    clock = at - 60_000;
    await s.outbox.tick();
    assert.equal(sms.requests.length, 1, 'not a minute early');
    clock = at;
    await s.outbox.tick();
    assert.equal(sms.requests.length, 2);
    assert.match(sms.requests[1].body, /a reminder of your appointment/);
  });

  it('retries a failing SMS provider with backoff, then sends once', async () => {
    sms.failNext(2, 503);
    const before = sms.requests.length;
    const apt = await bookAt(2, { sms: true, email: false });
    await s.outbox.tick();
    const row = async () => (await s.db.query<{ status: string; attempts: number; next_attempt_at: Date; last_error: string }>("SELECT * FROM outbox WHERE appointment_id = $1 AND kind = 'booked'", [apt.id]))[0];
    let r = await row();
    assert.equal(r.status, 'pending');
    assert.equal(r.last_error, 'sms-503');
    assert.equal(new Date(r.next_attempt_at).getTime(), clock + 30_000, 'first retry after 30 s');
    clock += 10_000;
    await s.outbox.tick();
    assert.equal(sms.requests.length - before, 1, 'not before its time');
    clock += 20_000;
    await s.outbox.tick();
    r = await row();
    assert.equal(new Date(r.next_attempt_at).getTime(), clock + 60_000, 'then after 60 s');
    clock += 60_000;
    await s.outbox.tick();
    r = await row();
    assert.equal(r.status, 'sent');
    assert.equal(r.attempts, 3);
    const mine = sms.requests.slice(before);
    assert.equal(mine.length, 3);
    assert.equal(new Set(mine.map((m) => m.token)).size, 1, 'one idempotency token for every try');
  });

  it('never sends the reminder or the invitation after a cancel; the cancellation is confirmed', async () => {
    const apt = await bookAt(3, { sms: false, email: true }, 'en-US', { ...patient, email: 'cancel-me@example.org' });
    const cancel = await call(s.baseUrl, 'POST', `/appointments/${apt.id}/cancel`, {}, { ...key(), authorization: `Bearer ${apt.manageToken.token}` });
    assert.equal(cancel.status, 200);
    clock = Date.parse(apt.start) + 48 * HOUR;
    await s.outbox.tick();
    const mails = smtp.mails.filter((m) => m.to.includes('cancel-me@example.org'));
    assert.deepEqual(mails.map((m) => m.subject), ['Your appointment at Desert Sage Health is booked', 'Your appointment at Desert Sage Health is cancelled']);
    const rows = await s.db.query<{ kind: string; status: string }>('SELECT kind, status FROM outbox WHERE appointment_id = $1 ORDER BY kind', [apt.id]);
    assert.deepEqual(rows, [
      { kind: 'booked', status: 'sent' },
      { kind: 'cancelled', status: 'sent' },
      { kind: 'reminder', status: 'cancelled' },
      { kind: 'survey', status: 'cancelled' },
    ]);
  });

  it('the unsubscribe link asks first (GET) and stops every pending message (POST); the survey invitation after the visit', async () => {
    const kept = await bookAt(4, { sms: false, email: true }, 'en-US', { ...patient, email: 'keep@example.org' });
    const gone = await bookAt(5, { sms: false, email: true }, 'en-US', { ...patient, email: 'stop@example.org' });
    await s.outbox.tick();
    const link = /\/unsubscribe\/([\w-]{32})/.exec(smtp.mails.find((m) => m.to.includes('stop@example.org'))?.text ?? '')?.[1];
    assert.ok(link);
    const page = await call(s.baseUrl, 'GET', `/unsubscribe/${link}`);
    assert.match(page.text, /<button type="submit">Stop messages<\/button>/);
    assert.equal((await s.db.query("SELECT 1 FROM outbox WHERE appointment_id = $1 AND status = 'cancelled'", [gone.id])).length, 0, 'a GET changes nothing');
    assert.equal((await call(s.baseUrl, 'POST', `/unsubscribe/${link}`)).status, 200);
    clock = Math.max(Date.parse(kept.start), Date.parse(gone.start)) + 3 * HOUR;
    await s.outbox.tick();
    const to = (who: string) => smtp.mails.filter((m) => m.to.includes(who)).map((m) => m.subject);
    assert.deepEqual(to('stop@example.org'), ['Your appointment at Desert Sage Health is booked']);
    assert.deepEqual(to('keep@example.org'), ['Your appointment at Desert Sage Health is booked', 'Reminder: your appointment at Desert Sage Health', 'How was your visit to Desert Sage Health?']);
    assert.match(smtp.mails.at(-1)?.text ?? '', /https:\/\/www\.desertsage\.example\/feedback\?touchpoint=post-visit/);
  });

  it('staff: cancel on the patient’s behalf tells the patient; a no-show gets no survey invitation; anonymous and CSRF-less calls refused', async () => {
    await addStaffUser(s.db, 'desk@example-clinic.org', 'Maria', 'correct horse battery staple');
    const staff = await staffLogin(s.baseUrl);
    const cancelled = await bookAt(6, { sms: false, email: true }, 'en-US', { ...patient, email: 'desk-cancel@example.org' });
    const missed = await bookAt(7, { sms: false, email: true }, 'en-US', { ...patient, email: 'no-show@example.org' });
    assert.equal((await call(s.baseUrl, 'POST', `/staff/appointments/${cancelled.id}/cancel`)).status, 401);
    assert.equal((await call(s.baseUrl, 'POST', `/staff/appointments/${cancelled.id}/cancel`, undefined, staff.read)).status, 403);
    assert.equal((await call(s.baseUrl, 'POST', `/staff/appointments/${cancelled.id}/cancel`, undefined, staff.write)).status, 200);
    const marked = await call(s.baseUrl, 'POST', `/staff/appointments/${missed.id}/attendance`, { attendance: 'no-show' }, staff.write);
    assert.equal(marked.json.attendance, 'no-show');
    clock = Math.max(Date.parse(cancelled.start), Date.parse(missed.start)) + 3 * HOUR;
    await s.outbox.tick();
    const to = (who: string) => smtp.mails.filter((m) => m.to.includes(who)).map((m) => m.subject);
    assert.deepEqual(to('desk-cancel@example.org'), ['Your appointment at Desert Sage Health is booked', 'Your appointment at Desert Sage Health is cancelled']);
    assert.deepEqual(to('no-show@example.org'), ['Your appointment at Desert Sage Health is booked', 'Reminder: your appointment at Desert Sage Health']);
    const audits = await s.db.query<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'appointments.%' ORDER BY id");
    assert.deepEqual(audits.map((a) => a.action), ['appointments.cancel', 'appointments.attendance']);
  });
});
