import type { Location } from '../../core/schemas/location.js';
import type { Provider, Slot, VisitType } from '../../core/schemas/scheduling.js';
import { dayCodes, localDateKey, zonedInstant, zonedParts } from '../../core/time.js';
import { hashRandom } from './random.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface AvailabilityQuery {
  from: number;
  to: number;
  visitType: VisitType;
  providers: readonly Provider[];
  locations: readonly Location[];
  seed: number;
  /** Share of candidate times that are free (the rest are already booked by others). */
  density: number;
  /** Local dates (`YYYY-MM-DD`) on which no one is seen. */
  closedDates?: ReadonlySet<string>;
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** `provider.location.visitType.startEpochMinutes`: stable, so a slot can be found again by id. */
export const slotId = (providerId: string, locationId: string, visitTypeId: string, start: number): string =>
  `${providerId}.${locationId}.${visitTypeId}.${Math.round(start / MINUTE)}`;

/**
 * Every candidate slot in [from, to): for each provider, location and opening-hours block,
 * back-to-back visits of the visit type's length in the location's own wall clock (so DST
 * days are right), kept when a seeded coin says the time is still free.
 */
export function candidateSlots(q: AvailabilityQuery): Slot[] {
  const slots: Slot[] = [];
  const telehealth = q.visitType.modes.length === 1 && q.visitType.modes[0] === 'telehealth';
  const length = q.visitType.durationMinutes;
  for (const provider of q.providers) {
    if (!provider.visitTypeIds.includes(q.visitType.id)) continue;
    for (const location of q.locations) {
      if (!provider.locationIds.includes(location.id)) continue;
      // Walk the location's local calendar days that overlap [from, to).
      const first = zonedParts(q.from - DAY, location.timeZone);
      for (let offset = 0; ; offset++) {
        const date = new Date(Date.UTC(first.year, first.month - 1, first.day + offset));
        const y = date.getUTCFullYear();
        const m = date.getUTCMonth() + 1;
        const d = date.getUTCDate();
        const dayStart = zonedInstant(location.timeZone, y, m, d).getTime();
        if (dayStart >= q.to) break;
        const dayCode = dayCodes[(date.getUTCDay() + 6) % 7];
        if (q.closedDates?.has(localDateKey(dayStart + 12 * 3_600_000, location.timeZone))) continue;
        for (const block of location.hours) {
          if (!dayCode || !block.daysOfWeek.includes(dayCode)) continue;
          for (let minute = minutesOf(block.opens); minute + length <= minutesOf(block.closes); minute += length) {
            const start = zonedInstant(location.timeZone, y, m, d, Math.floor(minute / 60), minute % 60).getTime();
            if (start < q.from || start >= q.to) continue;
            const id = slotId(provider.id, location.id, q.visitType.id, start);
            if (hashRandom(q.seed, id) >= q.density) continue;
            slots.push({
              id,
              start: new Date(start).toISOString(),
              end: new Date(start + length * MINUTE).toISOString(),
              locationId: location.id,
              providerId: provider.id,
              visitTypeId: q.visitType.id,
              status: 'free',
              telehealth,
            });
          }
        }
      }
    }
  }
  return slots.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}
