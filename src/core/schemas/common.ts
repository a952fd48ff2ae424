import * as z from 'zod/mini';
import { isSafeUrl } from '../links.js';
import { dayCodes } from '../time.js';

/** An opaque identifier from the practice's systems. */
export const Id = z.string().check(z.minLength(1), z.maxLength(200));

/** A short piece of display text from the adapter. */
export const Text = (max = 500) => z.string().check(z.maxLength(max));

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant as ISO 8601 with an explicit offset (`2026-03-08T09:30:00-07:00` or `…Z`);
 * a local time without offset is refused, since it would be read in the browser's zone.
 * (A regex and Date.parse cost less than zod's ISO format in the shared runtime.)
 */
export const Instant = z.string().check(z.refine((v) => isoInstant.test(v) && !Number.isNaN(Date.parse(v)), 'Expected an ISO 8601 instant with an offset'));

// Building an Intl.DateTimeFormat costs ~0.1 ms; a practice has a handful of zones.
const knownZones = new Set<string>();
const zoneIsKnown = (zone: string): boolean => {
  if (knownZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    knownZones.add(zone);
    return true;
  } catch {
    return false;
  }
};

/** An IANA time-zone name the browser knows (`America/Phoenix`). */
export const TimeZone = z.string().check(z.refine(zoneIsKnown, 'Unknown IANA time zone'));

/** A link from adapter data; anything but https:, tel: and mailto: is refused at the boundary. */
export const SafeUrl = z.string().check(z.refine(isSafeUrl, 'Only https:, tel: and mailto: links are allowed'));

/** A wall-clock time of day, `HH:MM` (24 h). */
export const LocalTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

export const NonNegativeInt = z.number().check(z.refine((n) => Number.isInteger(n) && n >= 0, 'Expected a whole number ≥ 0'));

export const DayOfWeek = z.enum(dayCodes);
export type DayOfWeek = z.infer<typeof DayOfWeek>;
