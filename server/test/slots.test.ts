// Slots from weekly templates in each location's own zone: across the US zones and the DST
// changes the picker's tests use, no slot is lost or duplicated (property tests, seeded).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateSlots, parseSlotId, type SlotQuery } from '../src/domain/slots.js';

const zones = [
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles',
  'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico', 'America/Indiana/Indianapolis',
];
const changes = ['2026-03-08', '2026-11-01', '2027-03-14', '2027-11-07'];
const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const MIN = 60_000;

/** The reference, apart from the code under test: every wall-clock minute of the day, read back through Intl. */
const formats = new Map<string, Intl.DateTimeFormat>();
function wallClock(t: number, zone: string) {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short' });
    formats.set(zone, format);
  }
  const parts = Object.fromEntries(
    format
      .formatToParts(t)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minute: Number(parts.hour) * 60 + Number(parts.minute), weekday: (parts.weekday ?? '').toLowerCase() };
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const query = (zone: string, opens: number, closes: number, length: number, from: number, to: number): SlotQuery => ({
  from,
  to,
  visitType: { id: 'visit', durationMinutes: length, telehealthOnly: false },
  providers: new Map([['doc', ['visit']]]),
  zones: new Map([['site', zone]]),
  templates: [{ providerId: 'doc', locationId: 'site', days, opens: hhmm(opens), closes: hhmm(closes), visitTypeIds: null }],
  exceptions: [],
});

describe('slot generation', () => {
  it('makes exactly one slot per existing template wall time, around every US DST change, in every US zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...changes),
        fc.integer({ min: 0, max: 23 * 12 }).map((n) => n * 5),
        fc.integer({ min: 15, max: 6 * 60 }),
        fc.constantFrom(10, 15, 20, 30, 40, 60),
        (zone, change, opens, span, length) => {
          const closes = Math.min(opens + span, 24 * 60 - 1);
          const from = Date.parse(`${change}T00:00:00Z`) - 2 * 86_400_000;
          const to = from + 5 * 86_400_000;
          const slots = generateSlots(query(zone, opens, closes, length, from, to));
          // No duplicates: ids and starts are unique.
          assert.equal(new Set(slots.map((s) => s.id)).size, slots.length);
          assert.equal(new Set(slots.map((s) => s.start)).size, slots.length);
          // Every slot is at a template wall time, within the hours, length as the visit type says.
          const wanted = new Set<number>();
          for (let m = opens; m + length <= closes; m += length) wanted.add(m);
          const seen = new Map<string, Set<number>>();
          for (const s of slots) {
            const start = Date.parse(s.start);
            assert.equal(Date.parse(s.end) - start, length * MIN);
            const wall = wallClock(start, zone);
            assert.ok(wanted.has(wall.minute), `${s.start} is ${hhmm(wall.minute)} in ${zone}, not a template time`);
            const set = seen.get(wall.date) ?? new Set<number>();
            assert.ok(!set.has(wall.minute), `${wall.date} ${hhmm(wall.minute)} twice in ${zone}`);
            set.add(wall.minute);
            seen.set(wall.date, set);
            assert.deepEqual(parseSlotId(s.id), { providerId: 'doc', locationId: 'site', visitTypeId: 'visit', start });
          }
          // None lost: every template wall time that exists on a whole local day in range has its slot.
          for (let t = from; t < to; t += 5 * MIN) {
            const wall = wallClock(t, zone);
            if (!wanted.has(wall.minute)) continue;
            const firstOfItsWallTime = wallClock(t - 60 * MIN, zone).minute !== wall.minute || wallClock(t - 60 * MIN, zone).date !== wall.date;
            if (firstOfItsWallTime) assert.ok(seen.get(wall.date)?.has(wall.minute), `${wall.date} ${hhmm(wall.minute)} lost in ${zone}`);
          }
        },
      ),
      { seed: 1515, numRuns: 60 },
    );
  });

  it('closes a day on a closure and keeps other hours on an exception', () => {
    const from = Date.parse('2026-12-23T00:00:00Z');
    const to = Date.parse('2026-12-27T00:00:00Z');
    const base = query('America/Denver', 8 * 60, 17 * 60, 60, from, to);
    const dates = (q: SlotQuery) => [...new Set(generateSlots(q).map((s) => wallClock(Date.parse(s.start), 'America/Denver').date))];
    assert.deepEqual(dates(base), ['2026-12-23', '2026-12-24', '2026-12-25', '2026-12-26']);
    const closed = { ...base, exceptions: [{ localDate: '2026-12-25', locationId: 'site', providerId: null, opens: null, closes: null }] };
    assert.deepEqual(dates(closed), ['2026-12-23', '2026-12-24', '2026-12-26']);
    const short = { ...base, exceptions: [{ localDate: '2026-12-24', locationId: null, providerId: 'doc', opens: '08:00', closes: '12:00' }] };
    assert.equal(generateSlots(short).filter((s) => wallClock(Date.parse(s.start), 'America/Denver').date === '2026-12-24').length, 4);
  });
});
