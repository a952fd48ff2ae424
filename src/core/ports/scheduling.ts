import { read, write } from '../port.js';
import type { PatientDetails, Reminders } from '../schemas/scheduling.js';

const schemas = () => import('../schemas/scheduling.js');

/**
 * The scheduling port: where, what and with whom; free times; a short hold while the
 * patient types; the booking; and finding, moving or cancelling it later.
 * `listLocations` is required (every widget that names a site uses it); the rest are what
 * the appointment picker needs, so an adapter for the wait-time banner alone can skip them.
 */
export const schedulingPort = {
  listLocations: read<object>()(() => schemas().then((m) => m.LocationList)),
  listVisitTypes: read<object, true>(true)(() => schemas().then((m) => m.VisitTypeList)),
  listProviders: read<{ visitTypeId?: string; locationId?: string }, true>(true)(() => schemas().then((m) => m.ProviderList)),
  /** Slots whose start is in [from, to) (ISO 8601 instants). */
  findSlots: read<{ from: string; to: string; visitTypeId: string; providerId?: string; locationId?: string }, true>(true)(() =>
    schemas().then((m) => m.SlotList),
  ),
  holdSlot: write<{ slotId: string }, true>(true)(() => schemas().then((m) => m.Hold)),
  releaseHold: write<{ holdId: string }, true>(true)(() => schemas().then((m) => m.HoldRelease)),
  /** Books the held time; the answer carries the manage token for a change right after. */
  book: write<{ holdId: string; patient: PatientDetails; reason?: string; reminders: Reminders }, true>(true)(() =>
    schemas().then((m) => m.ManagedAppointment),
  ),
  /** Look-up by confirmation code and birth date: the proof that issues a manage token. */
  findAppointment: read<{ confirmationCode: string; birthDate: string }, true>(true)(() => schemas().then((m) => m.ManagedAppointment)),
  /** Needs the appointment's manage token (`unauthorized` without a valid one); answers a fresh one. */
  reschedule: write<{ appointmentId: string; holdId: string; manageToken: string }, true>(true)(() => schemas().then((m) => m.ManagedAppointment)),
  /** Needs the appointment's manage token (`unauthorized` without a valid one). */
  cancel: write<{ appointmentId: string; reason?: string; manageToken: string }, true>(true)(() => schemas().then((m) => m.Appointment)),
};
