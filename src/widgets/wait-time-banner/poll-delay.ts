import { backoffDelay, type Random } from '../../core/resilience.js';

export const MIN_POLL_MS = 15_000;
export const DEFAULT_POLL_MS = 60_000;
/** The longest the banner waits between tries while the backend keeps failing. */
export const MAX_BACKOFF_MS = 15 * 60_000;

/**
 * When to ask again. After a success: the poll interval (never under 15 s). After
 * `failures` failures in a row: the interval plus exponential backoff with full jitter, up
 * to 15 minutes; and never sooner than the server's `Retry-After`, however long it is.
 */
export function nextPollDelay(intervalMs: number, failures: number, retryAfterMs?: number, random: Random = Math.random): number {
  const interval = Math.max(MIN_POLL_MS, intervalMs);
  if (failures <= 0) return interval;
  const jittered = interval + backoffDelay(failures - 1, { baseDelayMs: interval, maxDelayMs: MAX_BACKOFF_MS - interval }, random);
  return Math.max(retryAfterMs ?? 0, Math.min(MAX_BACKOFF_MS, jittered));
}
