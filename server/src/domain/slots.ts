import type { Slot } from '../../../src/core/schemas/scheduling.js';
import { dayCodes, zonedInstant, zonedParts } from '../../../src/core/time.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A weekly block: a provider sees patients at a location on these days between two wall-clock times. */
export interface Template {
  providerId: string;
  locationId: string;
  days: readonly string[];
  opens: string;
  closes: string;
  /** `null`: every visit type the provider offers. */
  visitTypeIds: readonly string[] | null;
}

/** A local date on which a location and/or provider is closed (`opens` null) or keeps other hours. */
export interface Exception {
  localDate: string;
  locationId: string | null;
  providerId: string | null;
  opens: string | null;
  closes: string | null;
}

export interface SlotQuery {
  from: number;
  to: number;
  visitType: { id: string; durationMinutes: number; telehealthOnly: boolean };
  /** Provider id → the visit types they offer. */
  providers: ReadonlyMap<string, readonly string[]>;
  /** Location id → its IANA zone. */
  zones: ReadonlyMap<string, string>;
  templates: readonly Template[];
  exceptions: readonly Exception[];
}

export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const pad = (n: number) => String(n).padStart(2, '0');

/** `provider.location.visitType.startEpochMinutes`: stable, so a slot is found again by its id. */
export const slotId = (providerId: string, locationId: string, visitTypeId: string, start: number): string =>
  `${providerId}.${locationId}.${visitTypeId}.${Math.round(start / MINUTE)}`;

export function parseSlotId(id: string): { providerId: string; locationId: string; visitTypeId: string; start: number } | undefined {
  const parts = id.split('.');
  if (parts.length !== 4 || parts.some((p) => !p)) return undefined;
  const [providerId, locationId, visitTypeId, minutes] = parts as [string, string, string, string];
  if (!/^\d{1,9}$/.test(minutes)) return undefined;
  return { providerId, locationId, visitTypeId, start: Number(minutes) * MINUTE };
}

/** The instant a wall-clock time happens in `zone`, or `undefined` when it does not exist (the spring-forward gap). */
function existingInstant(zone: string, y: number, m: number, d: number, minute: number): number | undefined {
  const hour = Math.floor(minute / 60);
  const min = minute % 60;
  const at = zonedInstant(zone, y, m, d, hour, min).getTime();
  const seen = zonedParts(at, zone);
  return seen.year === y && seen.month === m && seen.day === d && seen.hour === hour && seen.minute === min ? at : undefined;
}

/**
 * Every slot in [from, to) the templates make for the visit type: back-to-back visits of its
 * length from each block's opening, in the location's own wall clock. A wall time the zone
 * skips (spring forward) makes no slot; one it repeats (fall back) makes one, at its first
 * occurrence. Exceptions close a day or replace its hours. Sorted by start, then id; no duplicates.
 */
export function generateSlots(q: SlotQuery): Slot[] {
  const slots = new Map<string, Slot>();
  const length = q.visitType.durationMinutes;
  for (const t of q.templates) {
    const offered = q.providers.get(t.providerId);
    const zone = q.zones.get(t.locationId);
    if (!offered || !zone || !offered.includes(q.visitType.id)) continue;
    if (t.visitTypeIds && !t.visitTypeIds.includes(q.visitType.id)) continue;
    const first = zonedParts(q.from - DAY, zone);
    for (let offset = 0; ; offset++) {
      const date = new Date(Date.UTC(first.year, first.month - 1, first.day + offset));
      const y = date.getUTCFullYear();
      const m = date.getUTCMonth() + 1;
      const d = date.getUTCDate();
      if (zonedInstant(zone, y, m, d).getTime() >= q.to) break;
      if (!t.days.includes(dayCodes[(date.getUTCDay() + 6) % 7] ?? '')) continue;
      const localDate = `${y}-${pad(m)}-${pad(d)}`;
      const exception = q.exceptions.find(
        (e) => e.localDate === localDate && (e.locationId ?? t.locationId) === t.locationId && (e.providerId ?? t.providerId) === t.providerId,
      );
      if (exception && exception.opens === null) continue;
      const opens = Math.max(minutesOf(t.opens), exception?.opens ? minutesOf(exception.opens) : 0);
      const closes = Math.min(minutesOf(t.closes), exception?.closes ? minutesOf(exception.closes) : 24 * 60);
      for (let minute = opens; minute + length <= closes; minute += length) {
        const start = existingInstant(zone, y, m, d, minute);
        if (start === undefined || start < q.from || start >= q.to) continue;
        const id = slotId(t.providerId, t.locationId, q.visitType.id, start);
        if (slots.has(id)) continue;
        slots.set(id, {
          id,
          start: new Date(start).toISOString(),
          end: new Date(start + length * MINUTE).toISOString(),
          locationId: t.locationId,
          providerId: t.providerId,
          visitTypeId: q.visitType.id,
          status: 'free',
          telehealth: q.visitType.telehealthOnly,
        });
      }
    }
  }
  return [...slots.values()].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}
