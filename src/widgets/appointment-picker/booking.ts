import { isFrontdeskError } from '../../core/errors.js';
import { absent } from '../../core/guard.js';
import { idempotencyKey } from '../../core/resilience.js';
import type { Appointment, ManagedAppointment, Slot } from '../../core/schemas/scheduling.js';
import type { AppointmentPicker } from './appointment-picker.js';
import type { toPatient } from './details.js';
import { nearestAlternatives } from './slots.js';

/*
 * The booking flow's writes on the picker's state: hold a time, book it, answer a time
 * taken by someone else or a hold that ran out. The manage flow (manage-flow.ts) shares them.
 */

/** "Taken": a 409 that is not "the same request is still being handled" (that one is retried, with Retry-After). */
export const taken = (error: unknown): boolean => isFrontdeskError(error) && error.kind === 'conflict' && !error.retryable;

export async function holdChosen(p: AppointmentPicker, slot: Slot | undefined = p.chosen): Promise<void> {
  if (!slot) return;
  const port = p.scheduling;
  p.busy = true;
  p.notice = undefined;
  try {
    release(p);
    p.hold = await p.intent.run(slot.id, (idempotencyKey) => port?.holdSlot?.({ slotId: slot.id, idempotencyKey }) ?? absent('scheduling.holdSlot'));
    p.chosen = slot;
    p.timer.start(p.hold.expiresAt);
    const { id: slotId, start, end, locationId, providerId, visitTypeId } = slot;
    p.emit('fd-slot-select', { slotId, start, end, locationId, providerId, visitTypeId });
    p.go(p.mode === 'manage' ? 'review' : 'details');
  } catch (error) {
    if (taken(error)) await retake(p, slot);
    else p.fail(error);
  } finally {
    p.busy = false;
  }
}

/** Lets go of the held time, if any (best effort: it expires by itself anyway). */
export function release(p: AppointmentPicker): void {
  if (p.hold) void p.scheduling?.releaseHold?.({ holdId: p.hold.holdId, idempotencyKey: idempotencyKey() }).catch(() => undefined);
}

/** Someone else took the time: say so, refresh, offer the three nearest still free. */
export async function retake(p: AppointmentPicker, slot: Slot): Promise<void> {
  p.timer.stop();
  p.hold = undefined;
  p.notice = 'conflict';
  p.refresh++;
  await p.slots.taskComplete.catch(() => undefined);
  p.alternatives = nearestAlternatives(p.slots.value ?? [], slot, 3, p.now());
  p.chosen = undefined;
  p.go('when');
}

export function holdExpired(p: AppointmentPicker): void {
  p.hold = undefined;
  p.chosen = undefined;
  p.notice = 'expired';
  p.refresh++;
  p.go('when');
}

/** Books the held time for the patient (`toPatient` of the details typed: undefined when they do not check out). */
export async function book(p: AppointmentPicker, booking: string, patient: ReturnType<typeof toPatient>): Promise<void> {
  const port = p.scheduling;
  if (!port?.book || !p.hold || !patient) return;
  p.busy = true;
  p.announcement = booking;
  const body = { holdId: p.hold.holdId, ...patient };
  try {
    const appointment = await p.intent.run(body, (idempotencyKey) => port.book!({ ...body, idempotencyKey }));
    p.lookupInput = { code: appointment.confirmationCode, birthDate: patient.patient.birthDate };
    done(p, appointment, 'fd-booking-confirm');
  } catch (error) {
    if (taken(error) && p.chosen) await retake(p, p.chosen);
    else p.fail(error);
  } finally {
    p.busy = false;
  }
}

/** Keeps the manage token apart from the appointment shown (it is never rendered or sent in an event). */
export function managed(p: AppointmentPicker, { manageToken, ...appointment }: ManagedAppointment): Appointment {
  p.manageToken = manageToken.token;
  return appointment;
}

export function done(p: AppointmentPicker, answer: ManagedAppointment, event: 'fd-booking-confirm' | 'fd-booking-reschedule'): void {
  p.timer.stop();
  p.hold = undefined;
  const appointment = (p.appointment = managed(p, answer));
  const { id: appointmentId, start, end, locationId, providerId, visitTypeId } = appointment;
  const ref = { appointmentId, start, end, locationId, providerId, visitTypeId };
  if (event === 'fd-booking-reschedule') p.emit(event, { ...ref, previousStart: p.previous?.start ?? start });
  else p.emit(event, ref);
  p.go('done');
}
