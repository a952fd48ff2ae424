// Scheduling semantics on the live server, both databases: holds expire in the database,
// idempotency records, manage tokens, reschedule keeps the old time until the new one is
// booked, cancel, look-up attempt limit, and the exclusion constraint itself.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { book, call, errorCode, freeSlots, key, liveServer, patient, type Kind } from './support.js';

type Server = Awaited<ReturnType<typeof liveServer>>;
const DAY = 86_400_000;

for (const kind of ['embedded', 'postgres'] as Kind[]) {
  void describe(`scheduling semantics (${kind})`, () => {
    let s: Server;
    before(async () => {
      s = await liveServer(kind, 'sched', { holdSeconds: 2, lookupLimit: { perClient: 100, perCode: 3, windowMinutes: 15 } });
    });
    after(async () => s.close());

    it('a hold hides the slot, expires in the database, and an expired hold cannot book', async () => {
      const [slot] = await freeSlots(s);
      const hold = await call(s.baseUrl, 'POST', '/holds', { slotId: slot.id }, key());
      assert.equal(hold.status, 200);
      assert.ok(!(await freeSlots(s)).some((x) => x.id === slot.id), 'a held slot is hidden');
      assert.equal((await call(s.baseUrl, 'POST', '/holds', { slotId: slot.id }, key())).status, 409);
      await new Promise((r) => setTimeout(r, 2300));
      assert.ok((await freeSlots(s)).some((x) => x.id === slot.id), 'an expired hold gives the slot back');
      const late = await call(s.baseUrl, 'POST', '/appointments', { holdId: hold.json.holdId, patient, reminders: { sms: false, email: false } }, key());
      assert.equal(late.status, 409);
      assert.equal(errorCode(late), 'conflict');
      const released = await call(s.baseUrl, 'DELETE', `/holds/${hold.json.holdId as string}`, undefined, key());
      assert.deepEqual(released.json, { holdId: hold.json.holdId, released: false });
    });

    it('replays the first answer byte for byte, refuses a reused key with another body, and needs a key', async () => {
      const [a, b] = await freeSlots(s);
      const k = key();
      const first = await call(s.baseUrl, 'POST', '/holds', { slotId: a.id }, k);
      const again = await call(s.baseUrl, 'POST', '/holds', { slotId: a.id }, k);
      assert.equal(again.text, first.text);
      const other = await call(s.baseUrl, 'POST', '/holds', { slotId: b.id }, k);
      assert.equal(other.status, 422);
      assert.deepEqual(other.json.errors, { 'Idempotency-Key': 'reused' });
      const none = await call(s.baseUrl, 'POST', '/holds', { slotId: b.id });
      assert.equal(none.status, 400);
      // A 4xx is final too: the same key answers the same refusal.
      const k2 = key();
      const refused = await call(s.baseUrl, 'POST', '/holds', { slotId: a.id }, k2);
      assert.equal(refused.status, 409);
      assert.equal((await call(s.baseUrl, 'POST', '/holds', { slotId: a.id }, k2)).text, refused.text);
    });

    it('reschedule and cancel need the manage token of that appointment (401 / 403)', async () => {
      const slots = await freeSlots(s);
      const one = await book(s, slots[0].id);
      const two = await book(s, slots[1].id);
      const hold = await call(s.baseUrl, 'POST', '/holds', { slotId: slots[2].id }, key());
      const path = `/appointments/${one.id}/reschedule`;
      assert.equal((await call(s.baseUrl, 'POST', path, { holdId: hold.json.holdId }, key())).status, 401);
      assert.equal((await call(s.baseUrl, 'POST', path, { holdId: hold.json.holdId }, { ...key(), authorization: `Bearer ${'x'.repeat(43)}` })).status, 401);
      const wrong = await call(s.baseUrl, 'POST', path, { holdId: hold.json.holdId }, { ...key(), authorization: `Bearer ${two.manageToken.token}` });
      assert.equal(wrong.status, 403);
      assert.equal(errorCode(wrong), 'unauthorized');
      assert.match(one.id, /^apt_[A-Za-z0-9_-]{22}$/);
    });

    it('reschedule keeps the id and code, frees the old time; a clash keeps the old appointment', async () => {
      const slots = await freeSlots(s);
      const apt = await book(s, slots[3].id);
      const auth = { authorization: `Bearer ${apt.manageToken.token}` };
      const hold = await call(s.baseUrl, 'POST', '/holds', { slotId: slots[4].id }, key());
      const moved = await call(s.baseUrl, 'POST', `/appointments/${apt.id}/reschedule`, { holdId: hold.json.holdId }, { ...key(), ...auth });
      assert.equal(moved.status, 200, moved.text);
      assert.equal(moved.json.id, apt.id);
      assert.equal(moved.json.confirmationCode, apt.confirmationCode);
      assert.equal(moved.json.start, slots[4].start);
      assert.ok((await freeSlots(s)).some((x) => x.id === slots[3].id), 'the old time is free again');
      // An expired or used hold: 409, and the appointment stays where it was.
      const used = await call(s.baseUrl, 'POST', `/appointments/${apt.id}/reschedule`, { holdId: hold.json.holdId }, { ...key(), ...auth });
      assert.equal(used.status, 409);
      const found = await call(s.baseUrl, 'POST', '/appointments/lookup', { confirmationCode: apt.confirmationCode.toLowerCase(), birthDate: patient.birthDate });
      assert.equal(found.status, 200);
      assert.equal(found.json.start, slots[4].start);
    });

    it('cancel frees the time; cancelling again with a new key is a conflict', async () => {
      const slots = await freeSlots(s);
      const apt = await book(s, slots[5].id);
      const auth = { authorization: `Bearer ${apt.manageToken.token}` };
      const cancelled = await call(s.baseUrl, 'POST', `/appointments/${apt.id}/cancel`, {}, { ...key(), ...auth });
      assert.equal(cancelled.status, 200);
      assert.equal(cancelled.json.status, 'cancelled');
      assert.ok((await freeSlots(s)).some((x) => x.id === slots[5].id));
      assert.equal((await call(s.baseUrl, 'POST', `/appointments/${apt.id}/cancel`, {}, { ...key(), ...auth })).status, 409);
    });

    it('look-up: a wrong birth date is not found; past the attempt limit for a code, 429 with Retry-After', async () => {
      const slots = await freeSlots(s);
      const apt = await book(s, slots[6].id);
      for (let i = 0; i < 3; i++) {
        assert.equal((await call(s.baseUrl, 'POST', '/appointments/lookup', { confirmationCode: apt.confirmationCode, birthDate: '1999-12-31' })).status, 404);
      }
      const limited = await call(s.baseUrl, 'POST', '/appointments/lookup', { confirmationCode: apt.confirmationCode, birthDate: patient.birthDate });
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
    });

    it('more free slots than the contract allows: the earliest 5,000 by start, flagged X-Frontdesk-Truncated', async () => {
      // Every clinic over the picker's 60 days holds thousands more than 5,000 slots in the demo practice.
      const from = new Date(Date.now() + DAY).toISOString();
      const to = new Date(Date.now() + 61 * DAY).toISOString();
      const all = await call(s.baseUrl, 'GET', `/slots?from=${from}&to=${to}&visitTypeId=sick`);
      assert.equal(all.status, 200, all.text);
      const slots = all.json as unknown as Array<{ start: string }>;
      assert.equal(slots.length, 5000);
      assert.equal(all.headers.get('x-frontdesk-truncated'), 'true');
      assert.ok(slots.every((x, i) => i === 0 || slots[i - 1].start <= x.start), 'sorted by start');
      // The earliest: what comes after the last one returned is the rest of the window, none before it left out.
      const last = slots[slots.length - 1].start;
      const head = await call(s.baseUrl, 'GET', `/slots?from=${from}&to=${last}&visitTypeId=sick`);
      assert.equal(head.headers.get('x-frontdesk-truncated'), null);
      assert.equal((head.json as unknown as unknown[]).length, slots.filter((x) => x.start < last).length);
      const day = await call(s.baseUrl, 'GET', `/slots?from=${from}&to=${new Date(Date.now() + 2 * DAY).toISOString()}&visitTypeId=sick`);
      assert.equal(day.headers.get('x-frontdesk-truncated'), null, 'one day is not truncated');
    });

    it('the database itself refuses two bookings of one provider at overlapping times', async () => {
      const [slot] = await freeSlots(s);
      const during = `[${slot.start},${new Date(Date.parse(slot.start) + 20 * 60_000).toISOString()})`;
      const insert = (id: string, code: string) =>
        s.db.query(
          `INSERT INTO appointments (id, confirmation_code, provider_id, location_id, visit_type_id, telehealth, during, status, patient, birth_date, reminders)
           VALUES ($1, $2, $3, 'x', 'sick', false, $4::tstzrange, 'booked', '{}', '1980-01-01', '{}')`,
          [id, code, slot.providerId, during],
        );
      await insert('apt_direct_1', 'DIR1-0001');
      await assert.rejects(insert('apt_direct_2', 'DIR1-0002'), (e: { code?: string }) => e.code === '23P01');
    });
  });
}
