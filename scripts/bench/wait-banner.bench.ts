// Requests per simulated hour of one banner at default settings (poll every 60 s), in a
// visible tab and in a hidden one, side by side on the same virtual clock. The banner's own
// poller runs; only time is simulated, so an hour takes a moment.
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/widgets/wait-time-banner/fd-wait-time-banner.js';
import type { WaitTimeBanner } from '../../src/widgets/wait-time-banner/wait-time-banner.js';
import { FakeTimers } from '../../test/support/fake-timers.js';

const HOUR = 3_600_000;

async function requestsPerHour(visibility: DocumentVisibilityState): Promise<number> {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  const clock = new FakeTimers(Date.parse('2026-03-10T17:00:00Z'));
  const memory = createMemoryAdapter({ now: clock.now });
  const el: WaitTimeBanner = document.createElement('fd-wait-time-banner');
  el.adapter = { ...memory, waitTimes: { getWaitTimes: memory.waitTimes.getWaitTimes } };
  el.timers = clock;
  document.body.append(el);
  for (let i = 0; i < 50 && !memory.control.calls.some((c) => c.method === 'scheduling.listLocations'); i++) await clock.advance(0);
  await clock.advance(0);
  document.dispatchEvent(new Event('visibilitychange'));
  const before = memory.control.calls.filter((c) => c.method === 'waitTimes.getWaitTimes').length;
  await clock.advance(HOUR);
  const after = memory.control.calls.filter((c) => c.method === 'waitTimes.getWaitTimes').length;
  el.remove();
  delete (document as { visibilityState?: unknown }).visibilityState;
  return after - before;
}

export async function run() {
  const visible = await requestsPerHour('visible');
  const hidden = await requestsPerHour('hidden');
  return [{ name: 'wait-time banner, requests per hour (default settings)', visible, hidden }];
}
