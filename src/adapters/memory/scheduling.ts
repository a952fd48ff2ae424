import { normalizeConfirmationCode } from '../../core/confirmation-code.js';
import type { SchedulingPort } from '../../core/adapter.js';
import { FrontdeskError } from '../../core/errors.js';
import type { Location } from '../../core/schemas/location.js';
import type { Appointment, Hold, ManagedAppointment, PatientDetails, Slot } from '../../core/schemas/scheduling.js';
import { localDateKey } from '../../core/time.js';
import { candidateSlots } from './availability.js';
import { providers, visitTypes } from './data/catalog.js';
import { appointmentId, manageTokens } from './manage-tokens.js';
import { seededRandom } from './random.js';
import type { MemoryRuntime } from './runtime.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How long a hold keeps a time for the patient. */
export const HOLD_MINUTES = 10;
/** Bookings are offered this far ahead. */
const HORIZON_DAYS = 60;

interface Booked {
  appointment: Appointment;
  /** Kept only to find the appointment again; never returned, logged or sent anywhere. */
  birthDate: string;
}

/**
 * The memory practice's scheduling: about 60 days of availability from the clock's today,
 * holds that expire, bookings, look-up by code and birth date, reschedule and cancel. Every
 * write is idempotent on its key. Scenarios: `fully-booked`, `slot-taken` (the first hold of
 * any slot answers `conflict`), `holiday-closure` (days 2 and 3 from today are closed).
 * Reschedule and cancel need the manage token that book, look-up and reschedule answer with
 * (`unauthorized` without it); appointment ids are random (`apt_` + 128 bits).
 */
export function memoryScheduling(runtime: MemoryRuntime, locations: readonly Location[]): Required<SchedulingPort> {
  const holds = new Map<string, Hold & { slot: Slot }>();
  const appointments = new Map<string, Booked>();
  const taken = new Set<string>();
  const answered = new Map<string, unknown>();
  const codeRandom = seededRandom(runtime.seed ^ 0x5eed);
  const tokens = manageTokens(runtime.now);
  /** The appointment with a fresh manage token: the answer of book, look-up and reschedule. */
  const managed = (appointment: Appointment): ManagedAppointment => ({ ...appointment, manageToken: tokens.issue(appointment.id) });
  let holdCount = 0;

  /** Runs a write once per idempotency key; a repeat answers what the first did. */
  const once = <T>(method: string, key: string, produce: () => T): T => {
    const id = `${method}:${key}`;
    if (answered.has(id)) return answered.get(id) as T;
    const result = produce();
    answered.set(id, result);
    return result;
  };

  const activeHolds = () => {
    const now = runtime.now();
    for (const [id, hold] of holds) if (Date.parse(hold.expiresAt) <= now) holds.delete(id);
    return [...holds.values()];
  };

  const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) =>
    Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);

  /** Busy: booked, held, or taken by "someone else", for the same provider at an overlapping time. */
  const isBusy = (slot: Slot) =>
    taken.has(slot.id) ||
    activeHolds().some((h) => h.slot.providerId === slot.providerId && overlaps(h.slot, slot)) ||
    [...appointments.values()].some(
      ({ appointment: a }) => a.status !== 'cancelled' && a.providerId === slot.providerId && overlaps(a, slot),
    );

  const closedDates = (): Set<string> => {
    if (runtime.scenario !== 'holiday-closure') return new Set();
    const now = runtime.now();
    // Close the second and third local days from today, at every site (a holiday weekend).
    return new Set(locations.flatMap((l) => [2, 3].map((n) => localDateKey(now + n * DAY, l.timeZone))));
  };

  const freeSlots = (input: { from: string; to: string; visitTypeId: string; providerId?: string; locationId?: string }): Slot[] => {
    const visitType = visitTypes.find((v) => v.id === input.visitTypeId);
    if (!visitType) throw new FrontdeskError('not-found', 'Unknown visit type.');
    if (runtime.scenario === 'fully-booked') return [];
    const now = runtime.now();
    const from = Math.max(Date.parse(input.from), now);
    const to = Math.min(Date.parse(input.to), now + HORIZON_DAYS * DAY);
    if (!(from < to)) return [];
    return candidateSlots({
      from,
      to,
      visitType,
      providers: providers.filter((p) => !input.providerId || p.id === input.providerId),
      locations: locations.filter((l) => !input.locationId || l.id === input.locationId),
      seed: runtime.seed,
      density: 0.3,
      closedDates: closedDates(),
    }).filter((s) => !isBusy(s));
  };

  /** The slot with this id, if it is a real time that is still free. */
  const findFree = (slotId: string): Slot | undefined => {
    const [, , visitTypeId, minutes] = slotId.split('.');
    const start = Number(minutes) * MINUTE;
    if (!visitTypeId || !Number.isFinite(start)) return undefined;
    return freeSlots({ from: new Date(start).toISOString(), to: new Date(start + MINUTE).toISOString(), visitTypeId }).find(
      (s) => s.id === slotId,
    );
  };

  const exists = (slotId: string): boolean => {
    const [, , visitTypeId, minutes] = slotId.split('.');
    const start = Number(minutes) * MINUTE;
    const visitType = visitTypes.find((v) => v.id === visitTypeId);
    if (!visitType || !Number.isFinite(start)) return false;
    return candidateSlots({
      from: start,
      to: start + MINUTE,
      visitType,
      providers,
      locations,
      seed: runtime.seed,
      density: 1,
    }).some((s) => s.id === slotId);
  };

  const placeHold = (slotId: string): Hold => {
    if (runtime.scenario === 'slot-taken' && !taken.has(slotId) && exists(slotId)) {
      taken.add(slotId);
      throw new FrontdeskError('conflict', 'That time was just taken.');
    }
    const slot = findFree(slotId);
    if (!slot) {
      throw exists(slotId)
        ? new FrontdeskError('conflict', 'That time is no longer free.')
        : new FrontdeskError('not-found', 'No such slot.');
    }
    const hold = {
      holdId: `hold-${++holdCount}`,
      slotId,
      expiresAt: new Date(runtime.now() + HOLD_MINUTES * MINUTE).toISOString(),
    };
    holds.set(hold.holdId, { ...hold, slot });
    return hold;
  };

  const takeHold = (holdId: string) => {
    const hold = activeHolds().find((h) => h.holdId === holdId);
    if (!hold) throw new FrontdeskError('conflict', 'The hold has expired or does not exist.');
    holds.delete(holdId);
    return hold.slot;
  };

  const confirmationCode = (): string => {
    const alphabet = 'ACDEFGHJKMNPQRTUVWXY34679';
    const pick = () => alphabet[Math.floor(codeRandom() * alphabet.length)];
    let code: string;
    do code = `${pick()}${pick()}${pick()}${pick()}-${pick()}${pick()}${pick()}${pick()}`;
    while ([...appointments.values()].some((b) => b.appointment.confirmationCode === code));
    return code;
  };

  const booked = (appointmentId: string): Booked => {
    const found = appointments.get(appointmentId);
    if (!found) throw new FrontdeskError('not-found', 'No such appointment.');
    return found;
  };

  const fromSlot = (slot: Slot) => ({
    start: slot.start,
    end: slot.end,
    locationId: slot.locationId,
    providerId: slot.providerId,
    visitTypeId: slot.visitTypeId,
    telehealth: slot.telehealth,
  });

  return {
    listLocations: (input) => runtime.run('scheduling.listLocations', input, () => [...locations]),
    listVisitTypes: (input) => runtime.run('scheduling.listVisitTypes', input, () => [...visitTypes]),
    listProviders: (input) =>
      runtime.run('scheduling.listProviders', input, () =>
        providers.filter(
          (p) =>
            (!input.visitTypeId || p.visitTypeIds.includes(input.visitTypeId)) &&
            (!input.locationId || p.locationIds.includes(input.locationId)),
        ),
      ),
    findSlots: (input) => runtime.run('scheduling.findSlots', input, () => freeSlots(input)),
    holdSlot: (input) =>
      runtime.run('scheduling.holdSlot', input, () => once('holdSlot', input.idempotencyKey, () => placeHold(input.slotId))),
    releaseHold: (input) =>
      runtime.run('scheduling.releaseHold', input, () =>
        once('releaseHold', input.idempotencyKey, () => ({ holdId: input.holdId, released: holds.delete(input.holdId) })),
      ),
    book: (input) =>
      runtime.run('scheduling.book', input, () =>
        once('book', input.idempotencyKey, () => {
          const slot = takeHold(input.holdId);
          const appointment: Appointment = {
            id: appointmentId(),
            confirmationCode: confirmationCode(),
            status: 'booked',
            ...fromSlot(slot),
          };
          appointments.set(appointment.id, { appointment, birthDate: (input.patient satisfies PatientDetails).birthDate });
          return managed(appointment);
        }),
      ),
    findAppointment: (input) =>
      runtime.run('scheduling.findAppointment', input, () => {
        const code = normalizeConfirmationCode(input.confirmationCode);
        const found = [...appointments.values()].find((b) => b.appointment.confirmationCode === code && b.birthDate === input.birthDate);
        if (!found) throw new FrontdeskError('not-found', 'No appointment matches that code and birth date.');
        return managed(found.appointment);
      }),
    reschedule: (input) =>
      runtime.run('scheduling.reschedule', input, () =>
        once('reschedule', input.idempotencyKey, () => {
          tokens.check(input.appointmentId, input.manageToken);
          const current = booked(input.appointmentId);
          if (current.appointment.status === 'cancelled') throw new FrontdeskError('conflict', 'The appointment was cancelled.');
          // The old time is given up only now that the new one is secured.
          const slot = takeHold(input.holdId);
          current.appointment = { ...current.appointment, ...fromSlot(slot) };
          return managed(current.appointment);
        }),
      ),
    cancel: (input) =>
      runtime.run('scheduling.cancel', input, () =>
        once('cancel', input.idempotencyKey, () => {
          tokens.check(input.appointmentId, input.manageToken);
          const current = booked(input.appointmentId);
          if (current.appointment.status === 'cancelled') throw new FrontdeskError('conflict', 'Already cancelled.');
          current.appointment = { ...current.appointment, status: 'cancelled' };
          return current.appointment;
        }),
      ),
  };
}
