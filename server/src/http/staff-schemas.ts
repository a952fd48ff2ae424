import * as z from 'zod/mini';
import { Id, Instant, NonNegativeInt, Text } from '../../../src/core/schemas/common.js';
import { Appointment, PatientDetails } from '../../../src/core/schemas/scheduling.js';
import { WaitStatus } from '../../../src/core/schemas/wait-times.js';

/**
 * frontdesk-server's staff endpoints for scheduling and wait times (under the API prefix) and
 * their shapes: the routes parse and answer with these, and `npm run openapi` documents them
 * from these (one source). Widgets never call them.
 */
export const staffPaths = {
  /** `POST { email, password }` → `{ csrfToken }` and the session cookie; `DELETE` signs out. */
  session: '/staff/session',
  /** `PUT { status, minutes?, range?, peopleWaiting?, message? }` → the location's wait (pushed to every banner). */
  waitTime: '/staff/wait-times/:locationId',
  /** `GET ?from=&to=` → appointments with the patient's details (each read is audited). */
  appointments: '/staff/appointments',
} as const;

/** The staff session cookie (HttpOnly, Secure, SameSite=Strict, scoped to the API prefix). */
export const SESSION_COOKIE = 'fd_staff';

/** Most appointments one staff read answers. */
export const STAFF_APPOINTMENTS_MAX = 500;

const Token = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));

export const StaffLogin = z.object({ email: z.string().check(z.minLength(3), z.maxLength(254)), password: z.string().check(z.minLength(1), z.maxLength(200)) });
/** Signed in: the CSRF token every staff write sends back as `X-CSRF-Token` (the session itself is the cookie). */
export const StaffSession = z.object({ csrfToken: Token });
export const StaffSignedOut = z.object({ signedOut: z.literal(true) });

/** A location's wait as the front desk sets it; `range.low` ≤ `range.high`. */
export const StaffWaitUpdate = z.object({
  status: WaitStatus,
  minutes: z.optional(NonNegativeInt),
  range: z.optional(z.object({ low: NonNegativeInt, high: NonNegativeInt })),
  peopleWaiting: z.optional(NonNegativeInt),
  message: z.optional(Text(280)),
});
export const StaffWaitSaved = z.object({ locationId: Id, saved: z.literal(true) });

export const StaffAppointmentsQuery = z.object({ from: Instant, to: Instant });
/** An appointment with the patient's details and reason (a read of patient data: audited). */
export const StaffAppointment = z.extend(Appointment, { patient: PatientDetails, reason: z.nullable(Text(500)) });
export const StaffAppointmentList = z.array(StaffAppointment).check(z.maxLength(STAFF_APPOINTMENTS_MAX));
