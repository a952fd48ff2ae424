import * as z from 'zod/mini';

/** An opaque identifier from the practice's systems. */
export const Id = z.string().check(z.minLength(1), z.maxLength(200));

/** A short piece of display text from the adapter. */
export const Text = (max = 500) => z.string().check(z.maxLength(max));

/** An instant as ISO 8601 with an explicit offset (`2026-03-08T09:30:00-07:00` or `…Z`). */
export const Instant = z.iso.datetime({ offset: true });

const zoneIsKnown = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** An IANA time-zone name the browser knows (`America/Phoenix`). */
export const TimeZone = z.string().check(z.refine(zoneIsKnown, 'Unknown IANA time zone'));

const allowedProtocols = new Set(['https:', 'tel:', 'mailto:']);

/** Whether a link from adapter data may be rendered: https, tel and mailto only. */
export const isSafeUrl = (value: string): boolean => {
  try {
    return allowedProtocols.has(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** A link from adapter data; anything but https:, tel: and mailto: is refused at the boundary. */
export const SafeUrl = z.string().check(z.refine(isSafeUrl, 'Only https:, tel: and mailto: links are allowed'));

/** A wall-clock time of day, `HH:MM` (24 h). */
export const LocalTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

export const NonNegativeInt = z.int().check(z.gte(0));

export const dayCodes = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DayOfWeek = z.enum(dayCodes);
export type DayOfWeek = z.infer<typeof DayOfWeek>;
