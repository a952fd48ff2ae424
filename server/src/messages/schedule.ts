import { zonedInstant, zonedParts } from '../../../src/core/time.js';

/**
 * When the reminder for a visit at `start` goes out, `hours` before it, in the location's zone:
 * whole days before keep the wall-clock time (a 9:00 visit the Monday after clocks change gets
 * its 24-hour reminder at 9:00 on Sunday, 23 or 25 real hours before); other figures are real hours.
 */
export function reminderAt(start: number, timeZone: string, hours: number): number {
  if (hours % 24 !== 0) return start - hours * 3_600_000;
  const p = zonedParts(start, timeZone);
  return zonedInstant(timeZone, p.year, p.month, p.day - hours / 24, p.hour, p.minute).getTime();
}

/** The delay before the next try after `attempts` failed ones: 30 s doubling, at most an hour. */
export const backoffMs = (attempts: number, baseMs = 30_000): number => Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
