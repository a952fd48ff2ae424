import type { Location } from '../../../src/core/schemas/location.js';
import type { WaitTime } from '../../../src/core/schemas/wait-times.js';
import { dayCodes, zonedInstant, zonedParts } from '../../../src/core/time.js';
import { minutesOf } from '../domain/slots.js';
import type { Queryable } from './port.js';

interface WaitRow {
  location_id: string;
  status: WaitTime['status'];
  minutes: number | null;
  range_low: number | null;
  range_high: number | null;
  people_waiting: number | null;
  message: string | null;
  updated_at: Date;
}

/** The next opening after `now` by the location's hours, within two weeks. */
function nextOpening(location: Location, now: number): string | undefined {
  const today = zonedParts(now, location.timeZone);
  for (let offset = 0; offset < 14; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const day = dayCodes[(date.getUTCDay() + 6) % 7] ?? 'mon';
    const opens = location.hours.filter((h) => h.daysOfWeek.includes(day)).map((h) => minutesOf(h.opens)).sort((a, b) => a - b);
    for (const m of opens) {
      const at = zonedInstant(location.timeZone, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), Math.floor(m / 60), m % 60).getTime();
      if (at > now) return new Date(at).toISOString();
    }
  }
  return undefined;
}

function openNow(location: Location, now: number): boolean {
  const p = zonedParts(now, location.timeZone);
  const day = dayCodes[p.weekday] ?? 'mon';
  const minute = p.hour * 60 + p.minute;
  return location.hours.some((h) => h.daysOfWeek.includes(day) && minute >= minutesOf(h.opens) && minute < minutesOf(h.closes));
}

/** A staff figure counts for this long; after it, the location's hours speak. */
export const STAFF_FIGURE_HOURS = 4;

/**
 * The current wait at each location: what staff set in the last four hours; else closed (with
 * the next opening) outside its hours; else `unknown` (the banner shows nothing for unknown).
 */
export async function currentWaitTimes(db: Queryable, locations: readonly Location[], now = Date.now()): Promise<WaitTime[]> {
  const rows = await db.query<WaitRow>('SELECT * FROM wait_times WHERE location_id = ANY($1)', [locations.map((l) => l.id)]);
  return locations.map((location): WaitTime => {
    const r = rows.find((x) => x.location_id === location.id && now - new Date(x.updated_at).getTime() < STAFF_FIGURE_HOURS * 3_600_000);
    if (!r && !openNow(location, now)) {
      const next = nextOpening(location, now);
      return { locationId: location.id, status: 'closed', updatedAt: new Date(now).toISOString(), ...(next ? { nextOpening: next } : {}) };
    }
    if (!r) return { locationId: location.id, status: 'unknown', updatedAt: new Date(now).toISOString() };
    return {
      locationId: location.id,
      status: r.status,
      updatedAt: new Date(r.updated_at).toISOString(),
      ...(r.minutes !== null ? { minutes: r.minutes } : {}),
      ...(r.range_low !== null && r.range_high !== null ? { range: { low: r.range_low, high: r.range_high } } : {}),
      ...(r.people_waiting !== null ? { peopleWaiting: r.people_waiting } : {}),
      ...(r.message !== null ? { message: r.message } : {}),
    };
  });
}
