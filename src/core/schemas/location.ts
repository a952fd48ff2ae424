import * as z from 'zod/mini';
import { DayOfWeek, Id, LocalTime, SafeUrl, Text, TimeZone } from './common.js';

/** Regular opening hours, as FHIR `Location.hoursOfOperation`: days + opening and closing wall-clock time. */
export const OpeningHours = z.object({
  daysOfWeek: z.array(DayOfWeek).check(z.minLength(1)),
  opens: LocalTime,
  closes: LocalTime,
});
export type OpeningHours = z.infer<typeof OpeningHours>;

export const Address = z.object({
  lines: z.array(Text(200)),
  city: Text(100),
  state: Text(50),
  postalCode: Text(20),
  country: z.optional(Text(2)),
});
export type Address = z.infer<typeof Address>;

/** One of the practice's sites. Every time a patient sees is shown in its `timeZone`. */
export const Location = z.object({
  id: Id,
  name: Text(200),
  address: Address,
  /** As printed for patients, e.g. `(602) 555-0142`. */
  phone: Text(40),
  timeZone: TimeZone,
  directionsUrl: z.optional(SafeUrl),
  hours: z.array(OpeningHours),
});
export type Location = z.infer<typeof Location>;
