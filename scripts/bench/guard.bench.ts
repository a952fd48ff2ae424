// Side by side in one page: the same adapter calls raw and through the guard
// (timeout, retry bookkeeping, abort wiring and zod parse). Reports medians and the ratio.
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { guardPort } from '../../src/core/guard.js';
import { schedulingPort } from '../../src/core/ports/scheduling.js';
import { waitTimesPort } from '../../src/core/ports/wait-times.js';

const adapter = createMemoryAdapter({ now: () => Date.parse('2026-03-10T17:00:00Z') });
const ids = ['phoenix', 'albuquerque', 'las-vegas'];
const guardedScheduling = guardPort(adapter.scheduling, schedulingPort, 'scheduling');
const guardedWaits = guardPort(adapter.waitTimes, waitTimesPort, 'waitTimes');

async function time(fn: () => Promise<unknown>, calls: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < calls; i++) await fn();
  return (performance.now() - start) / calls;
}

async function pair(name: string, raw: () => Promise<unknown>, guarded: () => Promise<unknown>) {
  await guarded(); // load the schemas once, as a page does on its first call
  const rawRuns: number[] = [];
  const guardedRuns: number[] = [];
  for (let round = 0; round < 15; round++) {
    // Alternate order each round so neither side always runs warm.
    if (round % 2) {
      rawRuns.push(await time(raw, 200));
      guardedRuns.push(await time(guarded, 200));
    } else {
      guardedRuns.push(await time(guarded, 200));
      rawRuns.push(await time(raw, 200));
    }
  }
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  return { name, rawMs: median(rawRuns), guardedMs: median(guardedRuns) };
}

export async function run() {
  return [
    await pair('scheduling.listLocations', () => adapter.scheduling.listLocations({}), () => guardedScheduling.listLocations({})),
    await pair('waitTimes.getWaitTimes ×3', () => adapter.waitTimes.getWaitTimes({ locationIds: ids }), () => guardedWaits.getWaitTimes({ locationIds: ids })),
  ];
}
