import * as z from 'zod/mini';
import { Id, Instant, Int, SafeUrl, Text } from './common.js';
import { withRules, type Rule } from './rules.js';
import { Location } from './location.js';

export const LocationList = z.array(Location).check(z.maxLength(200));

export const visitModes = ['in-person', 'telehealth'] as const;
export const patientEligibility = ['new', 'established', 'both'] as const;

/** A kind of visit a patient can book ("New patient visit", "Sick visit", "Video visit"). */
export const VisitType = z.object({
  id: Id,
  name: Text(120),
  description: z.optional(Text(500)),
  durationMinutes: Int(1, 480),
  /** How it can take place: in person, by video, or either. */
  modes: z.array(z.enum(visitModes)).check(z.minLength(1), z.maxLength(2)),
  /** Who may book it online. */
  patients: z.enum(patientEligibility),
  /** "What to bring" and other preparation, shown on the confirmation. */
  preparation: z.optional(Text(1000)),
});
export type VisitType = z.infer<typeof VisitType>;
export const VisitTypeList = z.array(VisitType).check(z.maxLength(200));

/** A clinician patients can book with. */
export const Provider = z.object({
  id: Id,
  displayName: Text(120),
  /** "MD", "DO", "FNP-C", "PA-C". */
  credentials: z.optional(Text(40)),
  specialties: z.array(Text(80)).check(z.maxLength(20)),
  /** Languages spoken, as BCP 47 tags (`en`, `es`). */
  languages: z.array(Text(20)).check(z.maxLength(20)),
  acceptingNewPatients: z.boolean(),
  photoUrl: z.optional(SafeUrl),
  locationIds: z.array(Id).check(z.maxLength(200)),
  visitTypeIds: z.array(Id).check(z.maxLength(200)),
});
export type Provider = z.infer<typeof Provider>;
export const ProviderList = z.array(Provider).check(z.maxLength(500));

/** FHIR Slot.status vocabulary. */
export const slotStatuses = ['free', 'busy', 'busy-unavailable', 'busy-tentative'] as const;

export const endAfterStart: readonly Rule[] = [{ rule: 'after', field: 'end', than: 'start' }];

/** A bookable (or not) time. Times carry their offset; they are shown in the location's zone. */
export const Slot = withRules(
  z.object({
    id: Id,
    start: Instant,
    end: Instant,
    locationId: Id,
    providerId: Id,
    visitTypeId: Id,
    status: z.enum(slotStatuses),
    telehealth: z.boolean(),
  }),
  endAfterStart,
);
export type Slot = z.infer<typeof Slot>;
/** At most this many slots per answer: a backend with more in the window answers the earliest ones and `X-Frontdesk-Truncated: true`. */
export const MAX_SLOTS = 5000;
export const SlotList = z.array(Slot).check(z.maxLength(MAX_SLOTS));

/** A slot held for this patient while they enter their details. */
export const Hold = z.object({ holdId: Id, slotId: Id, expiresAt: Instant });
export type Hold = z.infer<typeof Hold>;

export const HoldRelease = z.object({ holdId: Id, released: z.boolean() });

/** FHIR Appointment.status values a patient can meet online. */
export const appointmentStatuses = ['booked', 'pending', 'cancelled', 'arrived', 'checked-in', 'fulfilled', 'noshow'] as const;

const appointmentShape = {
  id: Id,
  /** Short code the patient uses to find it again ("K7QM-42"). */
  confirmationCode: Text(40),
  start: Instant,
  end: Instant,
  locationId: Id,
  providerId: Id,
  visitTypeId: Id,
  status: z.enum(appointmentStatuses),
  telehealth: z.boolean(),
};

export const Appointment = withRules(z.object(appointmentShape), endAfterStart);
export type Appointment = z.infer<typeof Appointment>;

/**
 * Proof that the caller booked or looked up this appointment (confirmation code + birth date):
 * an opaque base64url token of at least 32 random bytes, bound to one appointment, good only
 * for rescheduling or cancelling it, until `expiresAt` (30 minutes after issue). Sent back as
 * `Authorization: Bearer <token>`; never put in an event, a URL, a log or storage.
 */
export const ManageToken = z.object({
  token: z.string().check(z.regex(/^[A-Za-z0-9_-]{43,512}$/)),
  expiresAt: Instant,
});
export type ManageToken = z.infer<typeof ManageToken>;

/** The answer to book, look-up and reschedule: the appointment with its manage token. */
export const ManagedAppointment = withRules(z.object({ ...appointmentShape, manageToken: ManageToken }), endAfterStart);
export type ManagedAppointment = z.infer<typeof ManagedAppointment>;

/** What the patient enters to book (sent to the adapter; never put in events, URLs or storage). */
export const PatientDetails = z.object({
  givenName: Text(100),
  familyName: Text(100),
  /** `YYYY-MM-DD`. */
  birthDate: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)),
  phone: Text(40),
  email: Text(254),
});
export type PatientDetails = z.infer<typeof PatientDetails>;

export const Reminders = z.object({ sms: z.boolean(), email: z.boolean() });
export type Reminders = z.infer<typeof Reminders>;
