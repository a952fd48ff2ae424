import { expect } from '@open-wc/testing';
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { HOLD_MINUTES } from '../../src/adapters/memory/scheduling.js';
import type { FrontdeskError } from '../../src/core/errors.js';
import { SlotList } from '../../src/core/schemas/scheduling.js';
import { localDateKey, zonedParts } from '../../src/core/time.js';
import { contractPatient } from '../../src/testing/contract.js';
import { FIXED_NOW, memory } from '../support/fixtures.js';

const DAY = 86_400_000;
const key = () => crypto.randomUUID();
const iso = (t: number) => new Date(t).toISOString();
const kindOf = async (p: Promise<unknown>) => ((await p.then(() => undefined, (e: unknown) => e)) as FrontdeskError | undefined)?.kind;

async function slots(adapter: MemoryAdapter, visitTypeId = 'sick', from = FIXED_NOW, days = 14, extra: { locationId?: string; providerId?: string } = {}) {
  return adapter.scheduling.findSlots({ from: iso(from), to: iso(from + days * DAY), visitTypeId, ...extra });
}

describe('memory adapter: scheduling', () => {
  it('offers about 60 days of valid, free slots inside each location’s hours, in its own zone', async () => {
    const adapter = memory();
    const locations = await adapter.scheduling.listLocations({});
    const all = await slots(adapter, 'sick', FIXED_NOW, 90);
    expect(SlotList.safeParse(all).success).to.equal(true);
    expect(all.length).to.be.greaterThan(300);
    const last = Math.max(...all.map((s) => Date.parse(s.start)));
    expect(last).to.be.within(FIXED_NOW + 55 * DAY, FIXED_NOW + 60 * DAY);
    for (const slot of all) {
      const location = locations.find((l) => l.id === slot.locationId)!;
      const p = zonedParts(Date.parse(slot.start), location.timeZone);
      const minute = p.hour * 60 + p.minute;
      const open = location.hours.some((h) => {
        const [oh, om] = h.opens.split(':').map(Number);
        const [ch, cm] = h.closes.split(':').map(Number);
        return minute >= oh * 60 + om && minute < ch * 60 + cm;
      });
      expect(open, `${slot.id} at ${p.hour}:${p.minute} ${location.timeZone}`).to.equal(true);
      expect(slot.status).to.equal('free');
      expect(Date.parse(slot.start)).to.be.at.least(FIXED_NOW);
    }
  });

  it('filters by provider and location, and is stable between calls', async () => {
    const adapter = memory();
    const a = await slots(adapter, 'sick', FIXED_NOW, 7, { providerId: 'okafor' });
    expect(a.length).to.be.greaterThan(0);
    expect(a.every((s) => s.providerId === 'okafor' && s.locationId === 'phoenix')).to.equal(true);
    expect(await slots(adapter, 'sick', FIXED_NOW, 7, { providerId: 'okafor' })).to.deep.equal(a);
  });

  it('the first morning after the fall-back DST change opens at 08:00 Mountain Standard Time', async () => {
    const monday = Date.parse('2026-11-02T00:00:00Z');
    const adapter = memory({ now: () => monday });
    const abq = await adapter.scheduling.findSlots({ from: iso(monday), to: iso(monday + DAY), visitTypeId: 'sick', locationId: 'albuquerque' });
    const earliest = abq.map((s) => s.start).sort()[0];
    expect(earliest === undefined || earliest >= '2026-11-02T15:00:00.000Z').to.equal(true);
    const starts = new Set(abq.map((s) => s.start));
    // Every slot starts on a 20-minute boundary of the local clock (08:00, 08:20, …).
    for (const s of starts) expect(zonedParts(Date.parse(s), 'America/Denver').minute % 20).to.equal(0);
  });

  it('hold → book → find by code and birth date; the time is then taken', async () => {
    const adapter = memory();
    const [slot] = await slots(adapter);
    const hold = await adapter.scheduling.holdSlot({ slotId: slot.id, idempotencyKey: key() });
    expect(Date.parse(hold.expiresAt) - FIXED_NOW).to.equal(HOLD_MINUTES * 60_000);
    expect((await slots(adapter)).some((s) => s.id === slot.id)).to.equal(false);
    const appointment = await adapter.scheduling.book({ holdId: hold.holdId, patient: contractPatient, reminders: { sms: true, email: false }, idempotencyKey: key() });
    expect(appointment).to.include({ status: 'booked', start: slot.start, providerId: slot.providerId });
    expect(appointment.confirmationCode).to.match(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const found = await adapter.scheduling.findAppointment({ confirmationCode: appointment.confirmationCode.toLowerCase(), birthDate: contractPatient.birthDate });
    expect(found.id).to.equal(appointment.id);
    expect(await kindOf(adapter.scheduling.findAppointment({ confirmationCode: appointment.confirmationCode, birthDate: '2000-01-01' }))).to.equal('not-found');
    expect(JSON.stringify(found)).not.to.contain(contractPatient.familyName);
  });

  it('a retried booking with the same key books once', async () => {
    const adapter = memory();
    const [slot] = await slots(adapter);
    const hold = await adapter.scheduling.holdSlot({ slotId: slot.id, idempotencyKey: key() });
    const input = { holdId: hold.holdId, patient: contractPatient, reminders: { sms: false, email: true }, idempotencyKey: key() };
    const first = await adapter.scheduling.book(input);
    const again = await adapter.scheduling.book(input);
    expect(again).to.deep.equal(first);
    expect(await kindOf(adapter.scheduling.book({ ...input, idempotencyKey: key() }))).to.equal('conflict');
  });

  it('a hold expires after its time; booking it then is a conflict', async () => {
    let now = FIXED_NOW;
    const adapter = memory({ now: () => now });
    const slot = (await slots(adapter)).find((s) => Date.parse(s.start) > FIXED_NOW + 2 * 3_600_000);
    const hold = await adapter.scheduling.holdSlot({ slotId: slot!.id, idempotencyKey: key() });
    now += HOLD_MINUTES * 60_000;
    expect(await kindOf(adapter.scheduling.book({ holdId: hold.holdId, patient: contractPatient, reminders: { sms: false, email: false }, idempotencyKey: key() }))).to.equal('conflict');
    expect((await slots(adapter, 'sick', now)).some((s) => s.id === slot!.id)).to.equal(true);
  });

  it('manage proof: ids are random, reschedule and cancel need the appointment’s own unexpired token', async () => {
    let now = FIXED_NOW;
    const adapter = memory({ now: () => now });
    const [a, b] = await slots(adapter, 'sick', FIXED_NOW, 14, { providerId: 'okafor' });
    const book = async (slotId: string) =>
      adapter.scheduling.book({
        holdId: (await adapter.scheduling.holdSlot({ slotId, idempotencyKey: key() })).holdId,
        patient: contractPatient,
        reminders: { sms: false, email: false },
        idempotencyKey: key(),
      });
    const [mine, theirs] = [await book(a.id), await book(b.id)];
    for (const booked of [mine, theirs]) {
      expect(booked.id).to.match(/^apt_[A-Za-z0-9_-]{22}$/);
      expect(booked.manageToken.token).to.match(/^[A-Za-z0-9_-]{43}$/);
      expect(Date.parse(booked.manageToken.expiresAt)).to.equal(FIXED_NOW + 30 * 60_000);
    }
    expect(mine.id).not.to.equal(theirs.id);
    const cancel = (manageToken: string) => adapter.scheduling.cancel({ appointmentId: theirs.id, manageToken, idempotencyKey: key() });
    const refusal = async (manageToken: string) => {
      const error = (await cancel(manageToken).then(() => undefined, (e: unknown) => e)) as FrontdeskError;
      return `${error.kind} ${error.status}`;
    };
    expect(await refusal(''), 'no token').to.equal('unauthorized 401');
    expect(await refusal('A'.repeat(43)), 'a made-up token').to.equal('unauthorized 401');
    expect(await refusal(mine.manageToken.token), 'another appointment’s token').to.equal('unauthorized 403');
    now += 30 * 60_000;
    expect(await refusal(theirs.manageToken.token), 'an expired token').to.equal('unauthorized 401');
    const again = await adapter.scheduling.findAppointment({ confirmationCode: theirs.confirmationCode, birthDate: contractPatient.birthDate });
    expect(again.status, 'nothing changed').to.equal('booked');
    expect((await cancel(again.manageToken.token)).status, 'a fresh look-up proves it again').to.equal('cancelled');
    expect(await kindOf(cancel(again.manageToken.token)), 'cancelled twice with a new key').to.equal('conflict');
  });

  it('reschedule keeps the appointment (and its code) until the new time is secured; cancel frees the time', async () => {
    const adapter = memory();
    const [first, second] = await slots(adapter, 'sick', FIXED_NOW, 14, { providerId: 'okafor' });
    const hold = await adapter.scheduling.holdSlot({ slotId: first.id, idempotencyKey: key() });
    const booked = await adapter.scheduling.book({ holdId: hold.holdId, patient: contractPatient, reminders: { sms: false, email: false }, idempotencyKey: key() });
    const proof = booked.manageToken.token;
    expect(await kindOf(adapter.scheduling.reschedule({ appointmentId: booked.id, holdId: 'expired', manageToken: proof, idempotencyKey: key() }))).to.equal('conflict');
    expect((await adapter.scheduling.findAppointment({ confirmationCode: booked.confirmationCode, birthDate: contractPatient.birthDate })).start).to.equal(first.start);
    const newHold = await adapter.scheduling.holdSlot({ slotId: second.id, idempotencyKey: key() });
    const moved = await adapter.scheduling.reschedule({ appointmentId: booked.id, holdId: newHold.holdId, manageToken: proof, idempotencyKey: key() });
    expect(moved).to.include({ id: booked.id, confirmationCode: booked.confirmationCode, start: second.start });
    expect((await slots(adapter, 'sick', FIXED_NOW, 14, { providerId: 'okafor' })).some((s) => s.id === first.id)).to.equal(true);
    const cancelled = await adapter.scheduling.cancel({ appointmentId: booked.id, manageToken: moved.manageToken.token, idempotencyKey: key() });
    expect(cancelled.status).to.equal('cancelled');
    expect((await slots(adapter, 'sick', FIXED_NOW, 14, { providerId: 'okafor' })).some((s) => s.id === second.id)).to.equal(true);
  });

  it('an overlapping slot of another visit type with the same clinician is not offered once booked', async () => {
    const adapter = memory();
    const [sick] = await slots(adapter, 'sick', FIXED_NOW, 14, { providerId: 'nguyen' });
    const hold = await adapter.scheduling.holdSlot({ slotId: sick.id, idempotencyKey: key() });
    await adapter.scheduling.book({ holdId: hold.holdId, patient: contractPatient, reminders: { sms: false, email: false }, idempotencyKey: key() });
    const newPatient = await slots(adapter, 'new-patient', FIXED_NOW, 14, { providerId: 'nguyen' });
    const overlapping = newPatient.filter((s) => Date.parse(s.start) < Date.parse(sick.end) && Date.parse(sick.start) < Date.parse(s.end));
    expect(overlapping).to.deep.equal([]);
  });

  describe('scenarios', () => {
    it('fully-booked: no free time', async () => {
      expect(await slots(memory({ scenario: 'fully-booked' }), 'sick', FIXED_NOW, 60)).to.deep.equal([]);
    });

    it('slot-taken: the first hold of a slot is a conflict, and the slot is gone after', async () => {
      const adapter = memory({ scenario: 'slot-taken' });
      const [slot, other] = await slots(adapter);
      expect(await kindOf(adapter.scheduling.holdSlot({ slotId: slot.id, idempotencyKey: key() }))).to.equal('conflict');
      expect((await slots(adapter)).some((s) => s.id === slot.id)).to.equal(false);
      expect(await kindOf(adapter.scheduling.holdSlot({ slotId: other.id, idempotencyKey: key() }))).to.equal('conflict');
      const [third] = await slots(adapter);
      expect(await kindOf(adapter.scheduling.holdSlot({ slotId: third.id, idempotencyKey: key() }))).to.equal('conflict');
    });

    it('holiday-closure: the second and third days are closed everywhere', async () => {
      const adapter = memory({ scenario: 'holiday-closure' });
      const closed = new Set([2, 3].map((n) => localDateKey(FIXED_NOW + n * DAY, 'America/Phoenix')));
      const all = await slots(adapter, 'sick', FIXED_NOW, 7);
      expect(all.length).to.be.greaterThan(0);
      expect(all.filter((s) => closed.has(localDateKey(Date.parse(s.start), 'America/Phoenix')))).to.deep.equal([]);
    });

    it('unknown slot ids are not-found, not conflict', async () => {
      expect(await kindOf(memory().scheduling.holdSlot({ slotId: 'okafor.phoenix.sick.1', idempotencyKey: key() }))).to.equal('not-found');
    });
  });
});
