/**
 * The when, where and with whom of a booking: ids and times only, never patient details,
 * the confirmation code (with a birth date it finds the appointment) or the manage token.
 */
export interface BookingRef {
  appointmentId: string;
  start: string;
  end: string;
  locationId: string;
  providerId: string;
  visitTypeId: string;
}

/** Detail of `fd-slot-select`: the patient chose (and we now hold) a time. */
export interface SlotSelectDetail {
  slotId: string;
  start: string;
  end: string;
  locationId: string;
  providerId: string;
  visitTypeId: string;
}

/** Detail of `fd-booking-reschedule`: the same appointment at a new time. */
export interface BookingRescheduleDetail extends BookingRef {
  previousStart: string;
}

declare global {
  interface HTMLElementEventMap {
    'fd-slot-select': CustomEvent<SlotSelectDetail>;
    'fd-booking-confirm': CustomEvent<BookingRef>;
    'fd-booking-reschedule': CustomEvent<BookingRescheduleDetail>;
    'fd-booking-cancel': CustomEvent<Pick<BookingRef, 'appointmentId'>>;
  }
}
