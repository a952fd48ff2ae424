import { FrontdeskError } from '../../core/errors.js';
import type { WaitTimePort } from '../../core/adapter.js';
import type { Location } from '../../core/schemas/location.js';
import type { WaitTime } from '../../core/schemas/wait-times.js';
import { isOpen, nextOpening } from './hours.js';
import { hashRandom } from './random.js';
import type { MemoryRuntime } from './runtime.js';

const MINUTE = 60_000;
const BUCKET = 5 * MINUTE;

/** Simulated waits: a base per site, a daily swell, and seeded noise per five-minute bucket. */
function waitFor(runtime: MemoryRuntime, location: Location, index: number, now: number, spiked: boolean): WaitTime {
  const { scenario } = runtime;
  const measuredAt = Math.floor(now / MINUTE) * MINUTE - (index + 1) * MINUTE;
  const updatedAt = new Date(scenario === 'stale' ? measuredAt - 60 * MINUTE : measuredAt).toISOString();
  if (scenario === 'unknown') return { locationId: location.id, status: 'unknown', updatedAt };
  const open = scenario !== 'all-closed' && isOpen(location.hours, location.timeZone, now);
  if (!open) {
    const next = nextOpening(location.hours, location.timeZone, now);
    return { locationId: location.id, status: 'closed', updatedAt, ...(next ? { nextOpening: next.toISOString() } : {}) };
  }
  const bucket = Math.floor(now / BUCKET);
  const swell = Math.sin((now / (24 * 60 * MINUTE)) * 2 * Math.PI) * 10;
  const noise = hashRandom(runtime.seed, `${location.id}:${bucket}`) * 12;
  const minutes = Math.max(0, Math.round(15 + index * 12 + swell + noise + (spiked ? 60 : 0)));
  const spread = Math.max(5, Math.round(minutes * 0.25));
  return {
    locationId: location.id,
    status: index === 2 && hashRandom(runtime.seed, `paused:${bucket}`) < 0.1 ? 'paused' : 'open',
    minutes,
    range: { low: Math.max(0, minutes - spread), high: minutes + spread },
    peopleWaiting: Math.round(minutes / 8),
    updatedAt,
  };
}

export function memoryWaitTimes(runtime: MemoryRuntime, locations: readonly Location[]): WaitTimePort {
  const read = (locationIds: readonly string[]): WaitTime[] => {
    const spiked = runtime.scenario === 'spike' && runtime.count('waitTimes.getWaitTimes') + runtime.count('waitTimes.subscribe') > 1;
    const now = runtime.now();
    return locationIds.map((id) => {
      const index = locations.findIndex((l) => l.id === id);
      const location = locations[index];
      if (!location) throw new FrontdeskError('not-found', 'Unknown location id.');
      return waitFor(runtime, location, index, now, spiked);
    });
  };
  return {
    getWaitTimes: (input) => runtime.run('waitTimes.getWaitTimes', input, () => read(input.locationIds)),
    subscribe(input, onEvent, { signal, onError }) {
      // A push channel: the current figures at once, then every minute until aborted.
      const tick = () =>
        runtime.run('waitTimes.subscribe', { signal }, () => read(input.locationIds)).then(onEvent, (error: unknown) => {
          if (!signal.aborted) onError?.(error as FrontdeskError);
        });
      void tick();
      const timer = setInterval(() => void tick(), MINUTE);
      signal.addEventListener('abort', () => clearInterval(timer), { once: true });
    },
  };
}
