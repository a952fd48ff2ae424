import { expect } from '@open-wc/testing';
import { fc } from '../../support/property.js';
import { addDays, compareKeys, firstDayOfWeekFor, type FocusAction, monthGrid, moveFocus, type Weekday } from '../../../src/widgets/appointment-picker/calendar.js';

const pad = (n: number) => String(n).padStart(2, '0');
/** Reference weekday (0 = Sunday) from Intl, apart from the code under test. */
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const intlWeekday = (key: string) =>
  weekdays.indexOf(new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' }).format(Date.parse(`${key}T12:00:00Z`)));
/** Reference month length: the longest day number that parses back into the same month. */
const intlDaysInMonth = (year: number, month: number) =>
  [31, 30, 29, 28].find((d) => {
    const t = Date.parse(`${year}-${pad(month)}-${pad(d)}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).getUTCMonth() === month - 1;
  })!;

const weekStart = fc.integer({ min: 0, max: 6 }) as fc.Arbitrary<Weekday>;
const keyArb = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => `${year}-${pad(month)}-${pad(Math.min(day, intlDaysInMonth(year, month)))}`);

describe('appointment picker: calendar', () => {
  describe('monthGrid', () => {
    it('4–6 weeks of 7, starting on the week start, covering the whole month in order', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), weekStart, (year, month, start) => {
          const weeks = monthGrid(year, month, start);
          expect(weeks.length).to.be.within(4, 6);
          for (const w of weeks) expect(w.length).to.equal(7);
          const cells = weeks.flat();
          expect(intlWeekday(cells[0].key)).to.equal(start);
          for (let i = 1; i < cells.length; i++) expect(cells[i].key).to.equal(addDays(cells[i - 1].key, 1));
          const inMonth = cells.filter((c) => c.inMonth);
          expect(inMonth.map((c) => c.day)).to.deep.equal(Array.from({ length: intlDaysInMonth(year, month) }, (_, i) => i + 1));
          for (const c of cells) {
            expect(c.inMonth).to.equal(c.key.startsWith(`${year}-${pad(month)}-`));
            expect(c.day).to.equal(Number(c.key.slice(8)));
          }
          // No week wholly outside the month.
          expect(weeks[0].some((c) => c.inMonth) && weeks[weeks.length - 1].some((c) => c.inMonth)).to.equal(true);
        }),
        { numRuns: 300 },
      );
    });

    it('February 2026 from Sunday is exactly 4 weeks; August 2026 from Sunday needs 6', () => {
      const feb = monthGrid(2026, 2, 0);
      expect(feb.length).to.equal(4);
      expect(feb[0][0]).to.deep.equal({ key: '2026-02-01', day: 1, inMonth: true });
      const aug = monthGrid(2026, 8, 0);
      expect(aug.length).to.equal(6);
      expect(aug[0][0]).to.deep.equal({ key: '2026-07-26', day: 26, inMonth: false });
      expect(aug[5][6]).to.deep.equal({ key: '2026-09-05', day: 5, inMonth: false });
      expect(monthGrid(2026, 3, 1)[0][0].key).to.equal('2026-02-23');
    });
  });

  describe('addDays and compareKeys', () => {
    it('steps over DST changes, month and year ends and leap days one calendar day at a time', () => {
      expect(addDays('2026-03-08', 1)).to.equal('2026-03-09');
      expect(addDays('2026-11-01', 1)).to.equal('2026-11-02');
      expect(addDays('2026-11-02', -1)).to.equal('2026-11-01');
      expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
      expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
      expect(addDays('2100-02-28', 1)).to.equal('2100-03-01');
      expect(addDays('2026-03-01', 365)).to.equal('2027-03-01');
      expect(() => addDays('2026-3-1', 1)).to.throw(RangeError);
    });

    it('addDays inverts itself and agrees with compareKeys', () => {
      fc.assert(
        fc.property(keyArb, fc.integer({ min: -1000, max: 1000 }), (key, n) => {
          const moved = addDays(key, n);
          return addDays(moved, -n) === key && Math.sign(compareKeys(moved, key)) === Math.sign(n) && compareKeys(key, key) === 0;
        }),
      );
    });
  });

  describe('moveFocus', () => {
    it('right then left, and down then up, return to the same day', () => {
      fc.assert(
        fc.property(keyArb, weekStart, (key, start) => {
          const lr = moveFocus(moveFocus(key, 'right', start), 'left', start);
          const du = moveFocus(moveFocus(key, 'down', start), 'up', start);
          return lr === key && du === key && moveFocus(key, 'up', start) === addDays(key, -7);
        }),
      );
    });

    it('home and end: the first and last day of the week that holds the day', () => {
      fc.assert(
        fc.property(keyArb, weekStart, (key, start) => {
          const home = moveFocus(key, 'home', start);
          const end = moveFocus(key, 'end', start);
          const back = (intlWeekday(key) - start + 7) % 7;
          return intlWeekday(home) === start && home === addDays(key, -back) && end === addDays(home, 6);
        }),
      );
      // Thursday 2026-03-12: Sunday weeks run 8–14, Monday weeks 9–15.
      expect([moveFocus('2026-03-12', 'home', 0), moveFocus('2026-03-12', 'end', 0)]).to.deep.equal(['2026-03-08', '2026-03-14']);
      expect([moveFocus('2026-03-12', 'home', 1), moveFocus('2026-03-12', 'end', 1)]).to.deep.equal(['2026-03-09', '2026-03-15']);
    });

    it('page up/down: same day number in the neighbouring month, clamped to its last day', () => {
      expect(moveFocus('2026-01-31', 'pageDown', 0)).to.equal('2026-02-28');
      expect(moveFocus('2028-01-31', 'pageDown', 0)).to.equal('2028-02-29');
      expect(moveFocus('2026-03-31', 'pageUp', 0)).to.equal('2026-02-28');
      expect(moveFocus('2026-01-15', 'pageUp', 0)).to.equal('2025-12-15');
      expect(moveFocus('2026-12-31', 'pageDown', 0)).to.equal('2027-01-31');
      expect(moveFocus('2028-02-29', 'shiftPageDown', 0)).to.equal('2029-02-28');
      expect(moveFocus('2028-02-29', 'shiftPageUp', 0)).to.equal('2027-02-28');
      expect(moveFocus('2026-11-01', 'shiftPageUp', 0)).to.equal('2025-11-01');
    });

    it('page down then up returns to the day when both months have it, else to the clamped day', () => {
      fc.assert(
        fc.property(keyArb, fc.constantFrom<[FocusAction, FocusAction]>(['pageDown', 'pageUp'], ['pageUp', 'pageDown'], ['shiftPageDown', 'shiftPageUp']), (key, [there, back]) => {
          const moved = moveFocus(key, there, 0);
          const day = Number(key.slice(8));
          const [y, m] = [Number(moved.slice(0, 4)), Number(moved.slice(5, 7))];
          expect(Number(moved.slice(8))).to.equal(Math.min(day, intlDaysInMonth(y, m)));
          const months = (y - Number(key.slice(0, 4))) * 12 + m - Number(key.slice(5, 7));
          expect(months).to.equal(there === 'pageDown' ? 1 : there === 'pageUp' ? -1 : 12);
          const returned = moveFocus(moved, back, 0);
          expect(returned === key).to.equal(day <= intlDaysInMonth(y, m));
        }),
      );
    });
  });

  describe('firstDayOfWeekFor', () => {
    it('en-US starts on Sunday, es and en-GB on Monday', () => {
      expect(firstDayOfWeekFor('en-US')).to.equal(0);
      expect(firstDayOfWeekFor('en')).to.equal(0);
      expect(firstDayOfWeekFor('es')).to.equal(1);
      expect(firstDayOfWeekFor('es-ES')).to.equal(1);
      expect(firstDayOfWeekFor('en-GB')).to.equal(1);
      expect(firstDayOfWeekFor('not a locale!')).to.equal(1);
    });

    it('without Intl.Locale week info, falls back to the likely region', () => {
      const proto = Intl.Locale.prototype as object;
      const saved = ['getWeekInfo', 'weekInfo'].map((name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const);
      try {
        for (const [name] of saved) Object.defineProperty(proto, name, { value: undefined, configurable: true });
        expect(firstDayOfWeekFor('en-US')).to.equal(0);
        expect(firstDayOfWeekFor('en')).to.equal(0);
        expect(firstDayOfWeekFor('es')).to.equal(1);
        expect(firstDayOfWeekFor('es-MX')).to.equal(0);
        expect(firstDayOfWeekFor('en-GB')).to.equal(1);
        expect(firstDayOfWeekFor('ar-EG')).to.equal(6);
        expect(firstDayOfWeekFor('dv-MV')).to.equal(5);
        expect(firstDayOfWeekFor('pt-BR')).to.equal(0);
      } finally {
        for (const [name, descriptor] of saved) {
          if (descriptor) Object.defineProperty(proto, name, descriptor);
          else Reflect.deleteProperty(proto, name);
        }
      }
    });
  });
});
