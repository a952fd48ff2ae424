import * as z from 'zod/mini';
import { emailPattern, isSafeUrl, phonePattern } from '../links.js';
import { dayCodes } from '../time.js';

/** An opaque identifier from the practice's systems. */
export const Id = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * A short piece of display text from the adapter. Bidi embedding, override and isolate controls
 * (U+202A–U+202E, U+2066–U+2069) are refused: a right-to-left override can make shown text read
 * differently from what it is (a phone number unlike its link).
 */
export const Text = (max = 500) => z.string().check(z.maxLength(max), z.regex(/^[^\u202a-\u202e\u2066-\u2069]*$/));

/** The practice's phone as printed for patients (`(602) 555-0142`, `+1 602 555 0142`); its tel: link dials the same digits. */
export const Phone = z.string().check(z.maxLength(40), z.regex(phonePattern));

/** The practice's email address; mailto: links are built only from one of these. */
export const Email = z.string().check(z.maxLength(254), z.regex(emailPattern));

/** A whole number in [min, max]. */
export const Int = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

/** A count or figure that is a whole number ≥ 0 (up to a billion). */
export const NonNegativeInt = Int(0, 1_000_000_000);

/** Minutes of a wait or a reply time: whole, 0 to a week. */
export const Minutes = Int(0, 10_080);

const isoInstant = /^(19|2[01])\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** Whether the `YYYY-MM-DD` at the start of `v` is a day of the calendar (no 30 February). */
const realDay = (v: string): boolean => {
  const [y, m, d] = [Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8, 10))];
  return d <= new Date(Date.UTC(2000, m, 0)).getUTCDate() - (m === 2 && (y % 4 !== 0 || (y % 100 === 0 && y % 400 !== 0)) ? 1 : 0);
};

/**
 * An instant as RFC 3339 / ISO 8601 with an explicit offset (`2026-03-08T09:30:00-07:00` or
 * `…Z`) on a real calendar day from 1900 to 2199; a local time without offset is refused, since
 * it would be read in the browser's zone, and a far date (9999-12-30) would run calendars past
 * the four-digit years they are written in.
 */
export const Instant = z.string().check(z.regex(isoInstant), z.refine(realDay, 'Expected a real calendar day'));

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
export const TimeZone = z.string().check(z.maxLength(64), z.regex(/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/), z.refine(zoneIsKnown, 'Unknown IANA time zone'));

/**
 * A link from adapter data: `https:` (ASCII host, punycode for others), `tel:` or `mailto:`
 * only, refused at the boundary otherwise.
 */
const safeUrl =
  /^(https:\/\/([A-Za-z0-9-]{1,63}\.)*[A-Za-z][A-Za-z0-9-]{0,62}(:\d{1,4})?([/?#][A-Za-z0-9._~%!$&'()*+,;=:@/?#-]*)?|tel:\+?[0-9][0-9().-]{0,30}|mailto:[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253})$/;
export const SafeUrl = z.string().check(z.maxLength(2000), z.regex(safeUrl), z.refine(isSafeUrl, 'Only https:, tel: and mailto: links are allowed'));

/** A wall-clock time of day, `HH:MM` (24 h). */
export const LocalTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

export const DayOfWeek = z.enum(dayCodes);
export type DayOfWeek = z.infer<typeof DayOfWeek>;
