import * as z from 'zod/mini';
import { Id, Instant, NonNegativeInt, Text } from '../../../src/core/schemas/common.js';
import { Appointment, PatientDetails } from '../../../src/core/schemas/scheduling.js';
import { WaitStatus } from '../../../src/core/schemas/wait-times.js';
import { Attendance } from './staff-console-schemas.js';

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
  /** `POST { attendance: "arrived" | "no-show" | null }` → `{ appointmentId, attendance }` (no survey invitation after a no-show). */
  attendance: '/staff/appointments/:appointmentId/attendance',
  /** `POST` → `{ appointmentId, status: "cancelled" }`: cancelled on the patient's behalf; the patient is told through their channels. */
  cancel: '/staff/appointments/:appointmentId/cancel',
  /** `GET` → open conversations (and those closed today), newest first, with pre-chat details (audited). */
  conversations: '/staff/chat/conversations',
  /** `GET ?after=` → `ChatHistory` of one conversation (audited). */
  conversationEvents: '/staff/chat/conversations/:conversationId/events',
  /** `POST { clientMessageId, text }` → the agent's message (joins the conversation first). */
  conversationMessages: '/staff/chat/conversations/:conversationId/messages',
  /** `POST { typing }` → tells the patient (not stored). */
  conversationTyping: '/staff/chat/conversations/:conversationId/typing',
  /** `POST` → the agent leaves; `close`: the conversation ends. */
  conversationLeave: '/staff/chat/conversations/:conversationId/leave',
  conversationClose: '/staff/chat/conversations/:conversationId/close',
  /** `GET`, `text/event-stream`: `{ conversationId, cursor?, typing? }` on any change of any conversation; keeps the staff member present. */
  chatStream: '/staff/chat/stream',
  /** `GET ?from=&to=&by=week|location|provider|touchpoint` → NPS, CSAT and CES per group. */
  feedbackStats: '/staff/feedback/stats',
  /** `GET ?from=&to=` → individual responses, newest first (answers; audited). */
  feedbackResponses: '/staff/feedback/responses',
  /** `GET ?status=open|contacted|resolved` → the follow-up queue: low scores that asked for contact, call-back requests (audited). */
  tasks: '/staff/tasks',
  /** `POST { status?, owner? }` (`owner: "me"` or `null`) → the task. */
  task: '/staff/tasks/:taskId',
  /** `GET` → the live price index and the imports before it: when, from which files, the problems found. */
  prices: '/staff/prices',
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
/** An appointment with the patient's details and reason (a read of patient data: audited), and whether the patient came. */
export const StaffAppointment = z.extend(Appointment, { patient: PatientDetails, reason: z.nullable(Text(500)), attendance: Attendance });
export type StaffAppointment = z.infer<typeof StaffAppointment>;
export const StaffAppointmentList = z.array(StaffAppointment).check(z.maxLength(STAFF_APPOINTMENTS_MAX));

export * from './staff-console-schemas.js';
