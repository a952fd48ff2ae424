import type { Slot } from '../../core/schemas/scheduling.js';
import { timeZoneName } from '../../core/format.js';
import type { Locale } from '../../core/localize.js';
import { localDateKey, zonedParts } from '../../core/time.js';

/*
 * Pure slot logic for the appointment picker. Every grouping is by the wall clock of the
 * LOCATION's time zone, never the browser's: a patient in Honolulu booking in Phoenix must
 * see Phoenix's days and times. Only `free` slots can be picked, so every function here
 * drops the others.
 */

/** How far ahead times are offered, in days. */
export const HORIZON_DAYS = 60;

/** When in the local day a slot starts, for the "Morning / Afternoon / Evening" headings. */
export type PartOfDay = 'morning' | 'afternoon' | 'evening';

const partsOfDay: readonly PartOfDay[] = ['morning', 'afternoon', 'evening'];

const startOf = (slot: Slot): number => Date.parse(slot.start);
const isFree = (slot: Slot): boolean => slot.status === 'free';

// By instant, not by string: starts may carry different offsets. Ties by id, for a stable order.
const byStart = (a: Slot, b: Slot): number => startOf(a) - startOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The free slots by local date (`YYYY-MM-DD`) in `timeZone` — one zone, or each slot's own
 * (its clinic's) — dates ascending, each day's slots by start. Non-free slots are dropped:
 * a patient can only pick free ones.
 */
export function groupSlotsByLocalDate(slots: readonly Slot[], timeZone: string | ((slot: Slot) => string)): Map<string, Slot[]> {
  const byKey = new Map<string, Slot[]>();
  const zoneOf = typeof timeZone === 'string' ? () => timeZone : timeZone;
  for (const slot of slots.filter(isFree).sort(byStart)) {
    const key = localDateKey(startOf(slot), zoneOf(slot));
    const day = byKey.get(key);
    if (day) day.push(slot);
    else byKey.set(key, [slot]);
  }
  // Sorted by key, not by first insertion: a zone that falls back across midnight can
  // make the local date step backwards while instants go forwards.
  return new Map([...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Morning (before 12:00), afternoon (12:00–16:59) or evening (17:00 on), by the wall clock in `timeZone`. */
export function partOfDay(slot: Slot, timeZone: string): PartOfDay {
  const { hour } = zonedParts(startOf(slot), timeZone);
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
}

/**
 * The free slots by part of day, in the order morning, afternoon, evening, each by start;
 * parts without a slot are left out. Meant for one day's group.
 */
export function groupByPartOfDay(slots: readonly Slot[], timeZone: string): Map<PartOfDay, Slot[]> {
  const parts = new Map<PartOfDay, Slot[]>(partsOfDay.map((p) => [p, []]));
  for (const slot of slots.filter(isFree).sort(byStart)) parts.get(partOfDay(slot, timeZone))!.push(slot);
  for (const p of partsOfDay) if (parts.get(p)!.length === 0) parts.delete(p);
  return parts;
}

/**
 * The earliest date key after `afterDateKey` that has a free slot, or `undefined`; for
 * "Next available: Tuesday" when the chosen day is full. Does not rely on the map's order.
 */
export function nextAvailableDate(groups: ReadonlyMap<string, readonly Slot[]>, afterDateKey: string): string | undefined {
  let best: string | undefined;
  for (const [key, day] of groups) {
    if (key > afterDateKey && (best === undefined || key < best) && day.some(isFree)) best = key;
  }
  return best;
}

/**
 * Up to `count` free slots closest in time to `taken` (one somebody else just booked), to
 * offer instead. Only slots of the same visit type (another type would book the wrong
 * visit) and, when `now` is given, only those starting after it. Ordered by distance from
 * the taken start; on equal distance the same provider comes first, then the same
 * location, then the earlier start.
 */
export function nearestAlternatives(slots: readonly Slot[], taken: Slot, count = 3, now?: number | Date): Slot[] {
  const at = startOf(taken);
  const after = now === undefined ? -Infinity : typeof now === 'number' ? now : now.getTime();
  const affinity = (s: Slot): number => (s.providerId === taken.providerId ? 2 : 0) + (s.locationId === taken.locationId ? 1 : 0);
  return slots
    .filter((s) => isFree(s) && s.id !== taken.id && s.visitTypeId === taken.visitTypeId && startOf(s) > after)
    .sort((a, b) => Math.abs(startOf(a) - at) - Math.abs(startOf(b) - at) || affinity(b) - affinity(a) || byStart(a, b))
    .slice(0, Math.max(0, count));
}

/** One clinic's share of a day's times, by its own clock. */
export interface ClinicTimes {
  locationId: string;
  timeZone: string;
  /** Morning / Afternoon / Evening by the clinic's wall clock, each by start. */
  parts: Map<PartOfDay, Slot[]>;
  /** The clinic's times in order (the parts run together). */
  slots: Slot[];
}

/**
 * A day's free times under their own clinic: clinics in `order` (the catalog's), any
 * other by id; within a clinic by start, which is its local order (only a repeated
 * fall-back hour reads backwards on the clock, and there the zone names differ).
 */
export function groupByClinic(day: readonly Slot[], zoneOf: (locationId: string) => string, order: readonly string[] = []): ClinicTimes[] {
  const byClinic = new Map<string, Slot[]>();
  for (const slot of day.filter(isFree).sort(byStart)) {
    const list = byClinic.get(slot.locationId);
    if (list) list.push(slot);
    else byClinic.set(slot.locationId, [slot]);
  }
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return [...byClinic]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([locationId, slots]) => {
      const timeZone = zoneOf(locationId);
      return { locationId, timeZone, parts: groupByPartOfDay(slots, timeZone), slots };
    });
}

/**
 * The zone note for a clinic's times on their own date: the zone's name in force at the
 * first of them ("Mountain Daylight Time" after the March change, not today's), and the
 * short name of each time that falls on the other side of a change that day.
 */
export function zoneNote(slots: readonly Slot[], timeZone: string, locale: Locale): { name: string; own: Map<string, string> } {
  const first = slots[0];
  const name = timeZoneName(timeZone, locale, first ? first.start : Date.now());
  const own = new Map<string, string>();
  for (const slot of slots) {
    if (timeZoneName(timeZone, locale, slot.start) !== name) own.set(slot.id, timeZoneName(timeZone, locale, slot.start, 'short'));
  }
  return { name, own };
}
