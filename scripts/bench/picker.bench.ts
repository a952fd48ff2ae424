// The picker's first paint of the day-and-time step with 5,000 slots over 30 days against
// 500, side by side in one page (alternating, medians), and the time to switch days.
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { FrontdeskAdapter } from '../../src/core/adapter.js';
import type { Slot } from '../../src/core/schemas/scheduling.js';
import '../../src/widgets/appointment-picker/fd-appointment-picker.js';
import type { AppointmentPicker } from '../../src/widgets/appointment-picker/appointment-picker.js';

const NOW = Date.parse('2026-03-10T14:00:00Z');
const DAY = 86_400_000;

/** `count` free slots spread over 30 days of Phoenix opening hours. */
function slots(count: number): Slot[] {
  const perDay = Math.ceil(count / 30);
  const list: Slot[] = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor(i / perDay);
    const minute = (i % perDay) * Math.floor((11 * 60) / perDay);
    const start = NOW + day * DAY + minute * 60_000;
    list.push({
      id: `bench.${i}`,
      start: new Date(start).toISOString(),
      end: new Date(start + 15 * 60_000).toISOString(),
      locationId: 'phoenix',
      providerId: `p${i % 6}`,
      visitTypeId: 'sick',
      status: 'free',
      telehealth: false,
    });
  }
  return list;
}

function adapterWith(count: number): FrontdeskAdapter {
  const memory = createMemoryAdapter({ now: () => NOW });
  const answer = slots(count);
  return { ...memory, scheduling: { ...memory.scheduling, findSlots: async () => answer } };
}

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function firstPaint(count: number): Promise<{ paintMs: number; switchMs: number }> {
  const el: AppointmentPicker = document.createElement('fd-appointment-picker');
  el.adapter = adapterWith(count);
  el.now = () => NOW;
  el.setAttribute('visit-type', 'sick');
  el.setAttribute('location', 'phoenix');
  const start = performance.now();
  document.body.append(el);
  for (;;) {
    await frame();
    const grid = el.shadowRoot?.querySelector('fd-date-grid');
    if (el.viewState === 'when' && grid?.shadowRoot?.querySelector('[role=grid]')) break;
  }
  const paintMs = performance.now() - start;
  // Day switch: choose the next available day, until its times are on screen.
  const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => /available/.test(b.textContent ?? ''))!;
  const before = performance.now();
  button.click();
  for (;;) {
    await frame();
    if (el.shadowRoot!.querySelectorAll('[part~=time]').length > 0) break;
  }
  const switchMs = performance.now() - before;
  el.remove();
  return { paintMs, switchMs };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function run() {
  await firstPaint(500); // load the lazy parts and schemas once, as any page would
  const small: Array<{ paintMs: number; switchMs: number }> = [];
  const large: Array<{ paintMs: number; switchMs: number }> = [];
  for (let round = 0; round < 9; round++) {
    if (round % 2) {
      small.push(await firstPaint(500));
      large.push(await firstPaint(5000));
    } else {
      large.push(await firstPaint(5000));
      small.push(await firstPaint(500));
    }
  }
  return [
    { name: 'picker first paint, 5,000 vs 500 slots', aMs: median(large.map((r) => r.paintMs)), bMs: median(small.map((r) => r.paintMs)) },
    { name: 'picker day switch, 5,000 vs 500 slots', aMs: median(large.map((r) => r.switchMs)), bMs: median(small.map((r) => r.switchMs)) },
  ];
}
