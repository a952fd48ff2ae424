import type { OpeningHours } from '../../core/schemas/location.js';
import { dayCodes, zonedInstant, zonedParts } from '../../core/time.js';

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether the location is open at `now`, by its hours in its own time zone. */
export function isOpen(hours: readonly OpeningHours[], timeZone: string, now: number): boolean {
  const p = zonedParts(now, timeZone);
  const day = dayCodes[p.weekday];
  const minute = p.hour * 60 + p.minute;
  return hours.some(
    (h) => day !== undefined && h.daysOfWeek.includes(day) && minute >= minutesOf(h.opens) && minute < minutesOf(h.closes),
  );
}

/** The next instant the location opens after `now`, within two weeks; `undefined` if never. */
export function nextOpening(hours: readonly OpeningHours[], timeZone: string, now: number): Date | undefined {
  const today = zonedParts(now, timeZone);
  for (let offset = 0; offset < 14; offset++) {
    // Walk local calendar days; Date.UTC normalises month and year roll-over.
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const day = dayCodes[(date.getUTCDay() + 6) % 7];
    const opens = hours
      .filter((h) => day !== undefined && h.daysOfWeek.includes(day))
      .map((h) => minutesOf(h.opens))
      .sort((a, b) => a - b);
    for (const minute of opens) {
      const at = zonedInstant(timeZone, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), Math.floor(minute / 60), minute % 60);
      if (at.getTime() > now) return at;
    }
  }
  return undefined;
}
