/** Days of the week in ISO order, as used in opening hours. */
export const dayCodes = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Wall-clock fields of an instant in an IANA zone. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Monday … 6 = Sunday (ISO order). */
  weekday: number;
}

const partsFormat = new Map<string, Intl.DateTimeFormat>();
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The wall clock in `timeZone` at `instant`, straight from Intl (slow: ~10 µs a call). */
function intlParts(instant: Date | number, timeZone: string): ZonedParts {
  let format = partsFormat.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    partsFormat.set(timeZone, format);
  }
  const get: Record<string, string> = {};
  for (const p of format.formatToParts(instant)) get[p.type] = p.value;
  return {
    year: Number(get.year),
    month: Number(get.month),
    day: Number(get.day),
    hour: Number(get.hour),
    minute: Number(get.minute),
    weekday: weekdays.indexOf(get.weekday ?? ''),
  };
}

const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();

/**
 * The zone's offset from UTC at `instant`, asked of Intl once per quarter hour: since
 * 1900 every offset, and so every change of offset, falls on a quarter hour of UTC.
 */
function offsetAt(instant: number, timeZone: string): number | undefined {
  if (instant < -2_208_988_800_000) return undefined; // before 1900: local mean times with seconds
  const bucket = Math.floor(instant / QUARTER_HOUR);
  const key = `${timeZone}|${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const at = bucket * QUARTER_HOUR;
    const p = intlParts(at, timeZone);
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - at;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/**
 * The wall clock in `timeZone` at `instant`, independent of the browser's zone. Fast
 * enough for thousands of slots: one Intl call per zone and quarter hour, then arithmetic.
 */
export function zonedParts(instant: Date | number, timeZone: string): ZonedParts {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const offset = offsetAt(ms, timeZone);
  if (offset === undefined) return intlParts(ms, timeZone);
  const local = new Date(Math.floor(ms / 60_000) * 60_000 + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    weekday: (local.getUTCDay() + 6) % 7,
  };
}

/** `YYYY-MM-DD` of the instant's local date in `timeZone` (the key slots are grouped by). */
export function localDateKey(instant: Date | number, timeZone: string): string {
  const { year, month, day } = zonedParts(instant, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The instant at which the wall clock in `timeZone` reads the given local date and time.
 * In a DST gap (a time that does not exist) it returns the instant just after the gap;
 * in an overlap, the earlier of the two.
 */
export function zonedInstant(timeZone: string, year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes of "guess, see what the zone's clock reads, correct" settle on the offset.
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    const p = zonedParts(guess, timeZone);
    const seen = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    const next = guess + (wanted - seen);
    if (next === guess) break;
    guess = next;
  }
  const earlier = guess - 3_600_000;
  const e = zonedParts(earlier, timeZone);
  if (Date.UTC(e.year, e.month - 1, e.day, e.hour, e.minute) === wanted) return new Date(earlier);
  return new Date(guess);
}
