import * as z from 'zod/mini';
import { DayOfWeek, Id, LocalTime, Phone, SafeUrl, Text, TimeZone } from './common.js';
import { withRules } from './rules.js';
import { dayCodes } from '../time.js';

/** Regular opening hours, as FHIR `Location.hoursOfOperation`: days + opening and closing wall-clock time. */
export const OpeningHours = withRules(
  z.object({
    daysOfWeek: z.array(DayOfWeek).check(z.minLength(1), z.maxLength(7)),
    opens: LocalTime,
    closes: LocalTime,
  }),
  [
    { rule: 'unique-sorted', field: 'daysOfWeek', order: dayCodes },
    { rule: 'after', field: 'closes', than: 'opens' },
  ],
);
export type OpeningHours = z.infer<typeof OpeningHours>;

export const Address = z.object({
  lines: z.array(Text(200)).check(z.maxLength(5)),
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
  phone: Phone,
  timeZone: TimeZone,
  directionsUrl: z.optional(SafeUrl),
  hours: z.array(OpeningHours).check(z.maxLength(28)),
});
export type Location = z.infer<typeof Location>;
