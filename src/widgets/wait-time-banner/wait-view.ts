import type { Location } from '../../core/schemas/location.js';
import type { WaitTime } from '../../core/schemas/wait-times.js';
import { localDateKey } from '../../core/time.js';

export type WaitLevel = 'low' | 'moderate' | 'high';

/** What one location's row shows; derived purely from the data, the clock and the options. */
export type WaitView =
  | { kind: 'open'; minutes: number; low?: number; high?: number; level: WaitLevel; people?: number }
  | { kind: 'paused' }
  | { kind: 'closed'; opens?: { at: string; day: 'today' | 'tomorrow' | 'later' } }
  /** No trustworthy figure: unknown, missing, or older than `stale-after`. */
  | { kind: 'unavailable'; reason: 'unknown' | 'stale' };

export interface WaitViewOptions {
  now: number;
  staleAfterMs: number;
  /** Minutes at which the level becomes moderate, then high. */
  thresholds: readonly [number, number];
}

export const levelFor = (minutes: number, [moderate, high]: readonly [number, number]): WaitLevel =>
  minutes >= high ? 'high' : minutes >= moderate ? 'moderate' : 'low';

const DAY = 86_400_000;
/** How far ahead of this browser's clock `updatedAt` may be (the practice's clock, or ours, a little off). */
export const SKEW_MS = 5 * 60_000;

/** Whether the next opening falls on the location's today, tomorrow or later, in its own zone. */
export function openingDay(opens: string, now: number, timeZone: string): 'today' | 'tomorrow' | 'later' {
  const at = Date.parse(opens);
  const key = localDateKey(at, timeZone);
  if (key === localDateKey(now, timeZone)) return 'today';
  // "Tomorrow" is the local date after today's, whatever the DST change in between.
  const tomorrow = [now + DAY - 3_600_000, now + DAY, now + DAY + 3_600_000].map((t) => localDateKey(t, timeZone));
  return tomorrow.includes(key) && key !== localDateKey(now, timeZone) ? 'tomorrow' : 'later';
}

/**
 * Decides what a patient may be shown. A figure older than `staleAfterMs`, or dated more than
 * `SKEW_MS` in the future, is never shown as current: it becomes "unavailable", whatever its
 * status said.
 */
export function describeWait(wait: WaitTime, location: Pick<Location, 'timeZone'>, options: WaitViewOptions): WaitView {
  const age = options.now - Date.parse(wait.updatedAt);
  if (wait.status === 'closed') {
    return wait.nextOpening
      ? { kind: 'closed', opens: { at: wait.nextOpening, day: openingDay(wait.nextOpening, options.now, location.timeZone) } }
      : { kind: 'closed' };
  }
  // A figure from the future (beyond a few minutes of clock skew) is no more trustworthy than an old one.
  if (age > options.staleAfterMs || age < -SKEW_MS) return { kind: 'unavailable', reason: 'stale' };
  if (wait.status === 'paused') return { kind: 'paused' };
  if (wait.status === 'unknown' || wait.minutes === undefined) return { kind: 'unavailable', reason: 'unknown' };
  const view: WaitView = { kind: 'open', minutes: wait.minutes, level: levelFor(wait.minutes, options.thresholds) };
  if (wait.range) {
    view.low = wait.range.low;
    view.high = wait.range.high;
  }
  if (wait.peopleWaiting !== undefined) view.people = wait.peopleWaiting;
  return view;
}

/**
 * Whether a change from `before` to `after` is worth announcing to screen readers: a
 * change of kind (open → closed, figure → unavailable) or of the wait by at least
 * `thresholdMinutes`. Small drifts from one poll to the next are not.
 */
export function isSignificant(before: WaitView | undefined, after: WaitView, thresholdMinutes: number): boolean {
  if (!before) return false;
  if (before.kind !== after.kind) return true;
  if (before.kind === 'open' && after.kind === 'open') return Math.abs(after.minutes - before.minutes) >= thresholdMinutes;
  return false;
}
