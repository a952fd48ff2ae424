import * as z from 'zod/mini';
import { Id, Instant, Text } from '../../../src/core/schemas/common.js';
import { PatientDetails, Reminders } from '../../../src/core/schemas/scheduling.js';

/** Request shapes of the scheduling and wait-time contract, built from the widgets' own schemas. */
export const SlotsQuery = z.object({
  from: Instant,
  to: Instant,
  visitTypeId: Id,
  providerId: z.optional(Id),
  locationId: z.optional(Id),
});
export const ProvidersQuery = z.object({ visitTypeId: z.optional(Id), locationId: z.optional(Id) });
export const HoldBody = z.object({ slotId: Id });
export const BookBody = z.object({ holdId: Id, patient: PatientDetails, reason: z.optional(Text(500)), reminders: Reminders });
export const LookupBody = z.object({
  confirmationCode: z.string().check(z.minLength(1), z.maxLength(40)),
  birthDate: PatientDetails.shape.birthDate,
});
export const RescheduleBody = z.object({ holdId: Id });
export const CancelBody = z.object({ reason: z.optional(Text(500)) });
export const WaitTimesQuery = z.object({ locationIds: z.string().check(z.minLength(1), z.maxLength(2000)) });
