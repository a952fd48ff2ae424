import { expect } from '@open-wc/testing';
import { fc } from '../../support/property.js';
import type { Slot } from '../../../src/core/schemas/scheduling.js';
import { groupByPartOfDay, groupSlotsByLocalDate, nearestAlternatives, nextAvailableDate, partOfDay } from '../../../src/widgets/appointment-picker/slots.js';

const MIN = 60_000;
const zones = [
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles',
  'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico', 'America/Indiana/Indianapolis',
];
// The US DST changes of 2026 and 2027; slots within ±3 days of them.
const changes = ['2026-03-08', '2026-11-01', '2027-03-14', '2027-11-07'].map((d) => Date.parse(`${d}T12:00:00Z`));
const nearChange = fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -72 * 60, max: 72 * 60 })).map(([c, m]) => c + m * MIN);

/** The reference: the local date as Intl writes it, computed apart from the code under test. */
const intlKey = (t: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);

/** ISO 8601 of `ms` written with an arbitrary offset, as an adapter might send it. */
function withOffset(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * MIN).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

let seq = 0;
const slot = (start: string, over: Partial<Slot> = {}, minutes = 30): Slot => ({
  id: `s${++seq}`,
  start,
  end: new Date(Date.parse(start) + minutes * MIN).toISOString(),
  locationId: 'phoenix',
  providerId: 'dr-a',
  visitTypeId: 'sick',
  status: 'free',
  telehealth: false,
  ...over,
});

const slotArb = fc
  .record({
    start: nearChange,
    duration: fc.integer({ min: 10, max: 120 }),
    offset: fc.integer({ min: -12 * 60, max: 14 * 60 }),
    status: fc.constantFrom('free', 'free', 'free', 'busy', 'busy-tentative'),
  })
  .map(({ start, duration, offset, status }) => slot(withOffset(start, offset), { status }, duration));

const ids = (slots: readonly Slot[]) => slots.map((s) => s.id).sort();

/** The instant of 00:00 local time on `date` in `zone`, found with Intl (apart from the code under test). */
function localMidnight(date: string, zone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`);
  let t = wall;
  for (let i = 0; i < 3; i++) {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(t)
        .map((p) => [p.type, p.value]),
    );
    const seen = Date.parse(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00Z`);
    t += wall - seen;
  }
  return t;
}

describe('appointment picker: slots', () => {
  describe('groupSlotsByLocalDate', () => {
    // Fixed examples (the property below finds this only by chance): a slot that starts at
    // exactly 00:00 local time belongs to that day, in every zone the properties use, on an
    // ordinary day and on the days the clocks change.
    for (const zone of zones) {
      it(`a slot at exactly local midnight belongs to that day (${zone})`, () => {
        for (const date of ['2026-06-15', '2026-03-08', '2026-11-01', '2027-01-01']) {
          const t = localMidnight(date, zone);
          expect(intlKey(t, zone), 'reference').to.equal(date);
          const midnight = slot(new Date(t).toISOString());
          const before = slot(new Date(t - MIN).toISOString());
          const groups = groupSlotsByLocalDate([before, midnight], zone);
          expect(groups.get(date)?.map((x) => x.id), `${date} 00:00 in ${zone}`).to.deep.equal([midnight.id]);
          expect(groups.get(intlKey(t - MIN, zone))?.map((x) => x.id), `${date} 23:59 the day before in ${zone}`).to.deep.equal([before.id]);
        }
      });
    }

    it('groups by the location zone across the 2026–2027 DST changes, whatever the browser zone', () => {
      fc.assert(
        fc.property(fc.constantFrom(...zones), fc.array(slotArb, { maxLength: 40 }), (zone, slots) => {
          const groups = groupSlotsByLocalDate(slots, zone);
          const grouped = [...groups.values()].flat();
          // (a) every free slot once, nothing else.
          expect(ids(grouped)).to.deep.equal(ids(slots.filter((s) => s.status === 'free')));
          for (const [key, day] of groups) {
            expect(day.length).to.be.greaterThan(0);
            for (const s of day) expect(key, `${s.start} in ${zone}`).to.equal(intlKey(Date.parse(s.start), zone)); // (b)
            for (let i = 1; i < day.length; i++) expect(Date.parse(day[i - 1].start)).to.be.at.most(Date.parse(day[i].start)); // (c)
          }
          const keys = [...groups.keys()];
          expect(keys).to.deep.equal([...keys].sort()); // (d)
        }),
        { numRuns: 300 },
      );
    });

    it('a 01:30 that happens twice (New York, 2026-11-01) gives two slots on that day, EDT first', () => {
      const edt = slot('2026-11-01T01:30:00-04:00');
      const est = slot('2026-11-01T01:30:00-05:00');
      const groups = groupSlotsByLocalDate([est, edt], 'America/New_York');
      expect([...groups.keys()]).to.deep.equal(['2026-11-01']);
      expect(groups.get('2026-11-01')!.map((s) => s.id)).to.deep.equal([edt.id, est.id]);
    });

    it('02:30 on 2026-03-08 does not exist in New York: sent as 02:30-05:00 it is 03:30 EDT, same day', () => {
      const s = slot('2026-03-08T02:30:00-05:00');
      expect([...groupSlotsByLocalDate([s], 'America/New_York').keys()]).to.deep.equal(['2026-03-08']);
      expect(partOfDay(s, 'America/New_York')).to.equal('morning');
    });

    it('late evening stays on its local day even when it is already tomorrow in UTC', () => {
      // 23:30 EST on Saturday 2026-03-07 is 04:30Z on Sunday; 23:30 in Honolulu on 2026-11-01 is 09:30Z on the 2nd.
      const ny = slot('2026-03-08T04:30:00Z');
      const hnl = slot('2026-11-02T09:30:00Z');
      expect([...groupSlotsByLocalDate([ny], 'America/New_York').keys()]).to.deep.equal(['2026-03-07']);
      expect([...groupSlotsByLocalDate([hnl], 'Pacific/Honolulu').keys()]).to.deep.equal(['2026-11-01']);
      expect(partOfDay(hnl, 'Pacific/Honolulu')).to.equal('evening');
      // Arizona keeps MST: the same instant is 21:30 on the 7th there.
      expect([...groupSlotsByLocalDate([ny], 'America/Phoenix').keys()]).to.deep.equal(['2026-03-07']);
    });

    it('keeps dates ascending even where the local date steps back (Alaska, 1867: Russian to American date)', () => {
      const first = slot('1867-10-19T00:00:00Z'); // 15:02 on the 19th, local mean time
      const second = slot('1867-10-19T06:00:00Z'); // 21:02 on the 18th, after the switch
      const groups = groupSlotsByLocalDate([second, first], 'America/Juneau');
      expect([...groups.keys()]).to.deep.equal(['1867-10-18', '1867-10-19']);
    });

    it('sorts by instant, not by the text of differently written offsets', () => {
      const later = slot('2026-03-10T09:00:00-07:00'); // 16:00Z
      const earlier = slot('2026-03-10T15:30:00+00:00'); // 15:30Z
      expect(groupSlotsByLocalDate([later, earlier], 'America/Phoenix').get('2026-03-10')!.map((s) => s.id)).to.deep.equal([earlier.id, later.id]);
    });

    it('leaves out busy slots and days with nothing free, and does not reorder its input', () => {
      const input = [slot('2026-03-11T17:00:00Z'), slot('2026-03-10T17:00:00Z', { status: 'busy' })];
      const before = input.map((s) => s.id);
      expect([...groupSlotsByLocalDate(input, 'America/Phoenix').keys()]).to.deep.equal(['2026-03-11']);
      expect(input.map((s) => s.id)).to.deep.equal(before);
    });
  });

  describe('partOfDay', () => {
    it('boundaries on the local wall clock: 11:59, 12:00, 16:59, 17:00', () => {
      const at = (time: string) => partOfDay(slot(`2026-03-10T${time}:00-07:00`), 'America/Phoenix');
      expect([at('00:00'), at('11:59'), at('12:00'), at('16:59'), at('17:00'), at('23:59')]).to.deep.equal([
        'morning', 'morning', 'afternoon', 'afternoon', 'evening', 'evening',
      ]);
    });

    it('agrees with the hour Intl gives in the zone, across DST changes', () => {
      fc.assert(
        fc.property(fc.constantFrom(...zones), nearChange, (zone, t) => {
          const hour = Number(new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(t));
          const expected = hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
          return partOfDay(slot(new Date(t).toISOString()), zone) === expected;
        }),
        { numRuns: 300 },
      );
    });

    it('groupByPartOfDay: in order, only non-empty parts, each by start, free only', () => {
      const zone = 'America/Denver';
      const day = [
        slot('2026-11-01T18:00:00-07:00'),
        slot('2026-11-01T09:00:00-07:00'),
        slot('2026-11-01T08:00:00-07:00'),
        slot('2026-11-01T13:00:00-07:00', { status: 'busy' }),
      ];
      const parts = groupByPartOfDay(day, zone);
      expect([...parts.keys()]).to.deep.equal(['morning', 'evening']);
      expect(parts.get('morning')!.map((s) => s.start)).to.deep.equal(['2026-11-01T08:00:00-07:00', '2026-11-01T09:00:00-07:00']);
    });
  });

  describe('nextAvailableDate', () => {
    const free = slot('2026-03-10T17:00:00Z');
    const busy = slot('2026-03-10T18:00:00Z', { status: 'busy' });

    it('is the first later date with a free slot, whatever the map order', () => {
      const groups = new Map<string, Slot[]>([
        ['2026-03-14', [free]],
        ['2026-03-09', [free]],
        ['2026-03-12', [busy]],
        ['2026-03-11', []],
        ['2026-03-13', [busy, free]],
      ]);
      expect(nextAvailableDate(groups, '2026-03-09')).to.equal('2026-03-13');
      expect(nextAvailableDate(groups, '2026-03-01')).to.equal('2026-03-09');
      expect(nextAvailableDate(groups, '2026-03-14')).to.equal(undefined);
      expect(nextAvailableDate(new Map(), '2026-03-14')).to.equal(undefined);
    });
  });

  describe('nearestAlternatives', () => {
    const at = (iso: string, over: Partial<Slot> = {}) => slot(iso, over);
    const taken = at('2026-03-10T16:00:00Z', { status: 'busy' });

    it('the closest free slots of the same visit type, never the taken one, nothing before now', () => {
      const now = Date.parse('2026-03-10T14:00:00Z');
      const pool = [
        at('2026-03-10T13:30:00Z'), // started before now
        at('2026-03-10T15:00:00Z'),
        at('2026-03-10T16:15:00Z', { status: 'busy' }),
        at('2026-03-10T16:30:00Z', { visitTypeId: 'physical' }),
        at('2026-03-10T17:30:00Z'),
        at('2026-03-11T16:00:00Z'),
        { ...taken, status: 'free' as const },
      ];
      const got = nearestAlternatives(pool, taken, 3, now);
      expect(got.map((s) => s.start)).to.deep.equal(['2026-03-10T15:00:00Z', '2026-03-10T17:30:00Z', '2026-03-11T16:00:00Z']);
      expect(nearestAlternatives(pool, taken, 0, now)).to.deep.equal([]);
      expect(nearestAlternatives(pool, taken).map((s) => s.start)[0]).to.equal('2026-03-10T15:00:00Z');
      expect(nearestAlternatives(pool, taken, 10).map((s) => s.start)).to.include('2026-03-10T13:30:00Z');
    });

    it('on equal distance: same provider, then same location, then the earlier start', () => {
      const before = at('2026-03-10T15:00:00Z', { providerId: 'dr-b', locationId: 'tempe' });
      const afterOther = at('2026-03-10T17:00:00Z', { providerId: 'dr-b', locationId: 'tempe' });
      const afterSameLocation = at('2026-03-10T17:00:00Z', { providerId: 'dr-b' });
      const afterSameProvider = at('2026-03-10T17:00:00Z', { locationId: 'tempe' });
      const got = nearestAlternatives([afterOther, before, afterSameLocation, afterSameProvider], taken, 4);
      expect(got.map((s) => s.id)).to.deep.equal([afterSameProvider.id, afterSameLocation.id, before.id, afterOther.id]);
    });

    it('property: no free slot left out is closer than one offered; offered in order of distance', () => {
      fc.assert(
        fc.property(fc.array(slotArb, { maxLength: 30 }), nearChange, fc.nat(6), (pool, t, count) => {
          const target = slot(new Date(t).toISOString());
          const got = nearestAlternatives(pool, target, count);
          const dist = (s: Slot) => Math.abs(Date.parse(s.start) - t);
          const eligible = pool.filter((s) => s.status === 'free');
          expect(got.length).to.equal(Math.min(count, eligible.length));
          for (let i = 1; i < got.length; i++) expect(dist(got[i - 1])).to.be.at.most(dist(got[i]));
          const worst = got.length ? dist(got[got.length - 1]) : -Infinity;
          for (const s of eligible) if (!got.includes(s)) expect(dist(s)).to.be.at.least(worst);
        }),
        { numRuns: 200 },
      );
    });
  });
});
