import { expect } from '@open-wc/testing';
import { fc } from '../support/property.js';
import { localDateKey, zonedInstant, zonedParts } from '../../src/core/time.js';

const zones = [
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles',
  'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico', 'America/Indiana/Indianapolis',
];
// Around the 2026 and 2027 US DST changes, ±3 days.
const changes = ['2026-03-08', '2026-11-01', '2027-03-14', '2027-11-07'].map((d) => Date.parse(`${d}T12:00:00Z`));
const nearChange = fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -72 * 60, max: 72 * 60 })).map(([c, m]) => c + m * 60_000);

describe('time', () => {
  it('zonedParts agrees with Intl for any instant and zone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), nearChange, (zone, t) => {
        const p = zonedParts(t, zone);
        const ref = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);
        return localDateKey(t, zone) === ref && p.hour >= 0 && p.hour < 24;
      }),
    );
  });

  it('zonedInstant round-trips every wall-clock time that exists, across DST changes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), nearChange, (zone, t) => {
        const whole = Math.floor(t / 60_000) * 60_000;
        const p = zonedParts(whole, zone);
        const back = zonedInstant(zone, p.year, p.month, p.day, p.hour, p.minute).getTime();
        const q = zonedParts(back, zone);
        // Same wall clock; in a fall-back overlap the earlier instant is chosen.
        return q.hour === p.hour && q.minute === p.minute && q.day === p.day && back <= whole;
      }),
      { numRuns: 500 },
    );
  });

  it('a time in the spring-forward gap resolves to a real instant after the gap', () => {
    const at = zonedInstant('America/New_York', 2026, 3, 8, 2, 30);
    const p = zonedParts(at, 'America/New_York');
    expect(p.hour).to.equal(3);
  });

  it('Phoenix keeps UTC−7 through the DST dates', () => {
    for (const c of changes) expect(zonedParts(c, 'America/Phoenix').hour).to.equal(5);
  });
});
