import { normalizeConfirmationCode } from '../../core/confirmation-code.js';
import { isFrontdeskError } from '../../core/errors.js';
import type { AppointmentPicker } from './appointment-picker.js';
import { done, managed, release, retake, taken } from './booking.js';

/*
 * The manage flow's writes (look up by code, reschedule, cancel), loaded with the manage
 * views when manage mode is first used: a page that only books never loads them.
 */

export async function lookup(p: AppointmentPicker, code: string, birthDate: string): Promise<void> {
  const port = p.scheduling;
  if (!port?.findAppointment) return;
  p.busy = true;
  p.notice = undefined;
  p.lookupInput = { code, birthDate };
  try {
    p.appointment = managed(p, await port.findAppointment({ confirmationCode: normalizeConfirmationCode(code), birthDate }));
    p.go('manage');
  } catch (error) {
    if (isFrontdeskError(error) && error.kind === 'not-found') p.notice = 'not-found';
    else p.fail(error);
  } finally {
    p.busy = false;
  }
}

export function startReschedule(p: AppointmentPicker): void {
  if (!p.appointment) return;
  p.previous = p.appointment;
  p.visitTypeId = p.appointment.visitTypeId;
  // The times offered are at the appointment's clinic until the patient asks for others.
  p.locationId = p.appointment.locationId;
  p.providerId = 'any';
  p.go('when');
}

export async function confirmReschedule(p: AppointmentPicker, booking: string): Promise<void> {
  const port = p.scheduling;
  if (!port?.reschedule || !p.hold || !p.previous) return;
  p.busy = true;
  p.announcement = booking;
  const body = { appointmentId: p.previous.id, holdId: p.hold.holdId };
  try {
    const moved = await p.intent.run(body, (idempotencyKey) => port.reschedule!({ ...body, manageToken: p.manageToken ?? '', idempotencyKey }));
    done(p, moved, 'fd-booking-reschedule');
  } catch (error) {
    if (isFrontdeskError(error) && error.kind === 'unauthorized') lookUpAgain(p);
    else if (taken(error) && p.chosen) await retake(p, p.chosen);
    else p.fail(error);
  } finally {
    p.busy = false;
  }
}

export async function cancelAppointment(p: AppointmentPicker): Promise<void> {
  const port = p.scheduling;
  if (!port?.cancel || !p.appointment) return;
  p.busy = true;
  try {
    const reason = p.cancelReason.trim();
    const body = { appointmentId: p.appointment.id, ...(reason ? { reason } : {}) };
    p.appointment = await p.intent.run(body, (idempotencyKey) => port.cancel!({ ...body, manageToken: p.manageToken ?? '', idempotencyKey }));
    p.emit('fd-booking-cancel', { appointmentId: p.appointment.id });
    p.go('cancelled');
  } catch (error) {
    if (isFrontdeskError(error) && error.kind === 'unauthorized') lookUpAgain(p);
    else p.fail(error);
  } finally {
    p.busy = false;
  }
}

/**
 * The manage token was refused (expired, or the server no longer knows it): back to the
 * look-up with what the patient typed, so one press of Find proves it again.
 */
function lookUpAgain(p: AppointmentPicker): void {
  release(p);
  p.timer.stop();
  p.hold = p.chosen = p.previous = p.appointment = p.manageToken = undefined;
  p.notice = 'look-up-again';
  p.go('lookup');
}
