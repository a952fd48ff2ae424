import { expect } from '@open-wc/testing';
import { fc } from '../../support/property.js';
import type { WaitTime } from '../../../src/core/schemas/wait-times.js';
import { MAX_BACKOFF_MS, MIN_POLL_MS, nextPollDelay } from '../../../src/widgets/wait-time-banner/poll-delay.js';
import { describeWait, isSignificant, levelFor, openingDay, type WaitView } from '../../../src/widgets/wait-time-banner/wait-view.js';

const NOW = Date.parse('2026-03-10T17:00:00Z');
const MIN = 60_000;
const options = { now: NOW, staleAfterMs: 15 * MIN, thresholds: [20, 45] as const };
const phoenix = { timeZone: 'America/Phoenix' };
const wait = (over: Partial<WaitTime> = {}): WaitTime => ({
  locationId: 'phoenix',
  status: 'open',
  minutes: 25,
  updatedAt: new Date(NOW - MIN).toISOString(),
  ...over,
});

describe('wait-time banner: pure logic', () => {
  describe('describeWait', () => {
    it('an open site shows its figure, range, level and queue', () => {
      expect(describeWait(wait({ range: { low: 20, high: 35 }, peopleWaiting: 4 }), phoenix, options)).to.deep.equal({
        kind: 'open',
        minutes: 25,
        low: 20,
        high: 35,
        level: 'moderate',
        people: 4,
      });
    });

    it('staleness boundary: exactly stale-after old is shown, one millisecond more is not', () => {
      const at = (age: number) => describeWait(wait({ updatedAt: new Date(NOW - age).toISOString() }), phoenix, options).kind;
      expect(at(15 * MIN)).to.equal('open');
      expect(at(15 * MIN + 1)).to.equal('unavailable');
    });

    it('a figure dated in the future counts as stale beyond 5 minutes of clock skew (not "Updated now")', () => {
      const at = (ahead: number) => describeWait(wait({ updatedAt: new Date(NOW + ahead).toISOString() }), phoenix, options).kind;
      expect(at(5 * MIN)).to.equal('open');
      expect(at(5 * MIN + 1)).to.equal('unavailable');
      expect(at(365 * 24 * 60 * MIN)).to.equal('unavailable');
    });

    it('never shows a stale figure, whatever the status, minutes or limit', () => {
      fc.assert(
        fc.property(
          fc.constantFrom('open', 'paused', 'unknown') as fc.Arbitrary<WaitTime['status']>,
          fc.nat(600),
          fc.integer({ min: 1, max: 120 }),
          fc.integer({ min: 0, max: 240 }),
          (status, minutes, limit, ageMinutes) => {
            const view = describeWait(wait({ status, minutes, updatedAt: new Date(NOW - ageMinutes * MIN - 1).toISOString() }), phoenix, {
              ...options,
              staleAfterMs: limit * MIN,
            });
            return ageMinutes >= limit ? view.kind === 'unavailable' : true;
          },
        ),
      );
    });

    it('paused and unknown statuses, and an open site without a figure', () => {
      expect(describeWait(wait({ status: 'paused' }), phoenix, options).kind).to.equal('paused');
      expect(describeWait(wait({ status: 'unknown' }), phoenix, options)).to.deep.equal({ kind: 'unavailable', reason: 'unknown' });
      expect(describeWait(wait({ minutes: undefined }), phoenix, options)).to.deep.equal({ kind: 'unavailable', reason: 'unknown' });
    });

    it('closed: when it opens, as today / tomorrow / later in the location zone', () => {
      const closed = (nextOpening: string) => describeWait(wait({ status: 'closed', minutes: undefined, nextOpening }), phoenix, options);
      // 17:00Z is 10:00 in Phoenix.
      expect(closed('2026-03-10T20:00:00Z')).to.deep.equal({ kind: 'closed', opens: { at: '2026-03-10T20:00:00Z', day: 'today' } });
      expect((closed('2026-03-11T14:30:00Z') as Extract<WaitView, { kind: 'closed' }>).opens?.day).to.equal('tomorrow');
      expect((closed('2026-03-13T14:30:00Z') as Extract<WaitView, { kind: 'closed' }>).opens?.day).to.equal('later');
    });
  });

  describe('openingDay across zones and DST', () => {
    it('"tomorrow" is the next local date even across a DST change', () => {
      // Saturday 2026-03-07 21:00 in New York; Sunday 08:00 EDT (after the 2 AM change) is 12:00Z.
      expect(openingDay('2026-03-08T12:00:00Z', Date.parse('2026-03-08T02:00:00Z'), 'America/New_York')).to.equal('tomorrow');
      // Saturday 2026-10-31 22:00 in Denver; Sunday 08:00 MST (after fall back) is 15:00Z.
      expect(openingDay('2026-11-01T15:00:00Z', Date.parse('2026-11-01T04:00:00Z'), 'America/Denver')).to.equal('tomorrow');
      // 03:30Z is 17:30 on the 10th in Honolulu but 23:30 in New York: the same instant,
      // an opening later that night in Honolulu is "today", the next morning in New York "tomorrow".
      const now = Date.parse('2026-03-11T03:30:00Z');
      expect(openingDay('2026-03-11T08:00:00Z', now, 'Pacific/Honolulu')).to.equal('today');
      expect(openingDay('2026-03-11T12:00:00Z', now, 'America/New_York')).to.equal('tomorrow');
    });
  });

  describe('levelFor', () => {
    it('is monotonic in minutes for any thresholds', () => {
      const rank = { low: 0, moderate: 1, high: 2 };
      fc.assert(
        fc.property(fc.nat(300), fc.nat(300), fc.nat(120), fc.nat(120), (a, b, t1, t2) => {
          const th = [Math.min(t1, t2), Math.max(t1, t2)] as const;
          return a <= b ? rank[levelFor(a, th)] <= rank[levelFor(b, th)] : true;
        }),
      );
    });
  });

  describe('isSignificant', () => {
    const open = (minutes: number): WaitView => ({ kind: 'open', minutes, level: 'low' });
    it('announces changes of at least the threshold, or of kind; never the first figure', () => {
      fc.assert(
        fc.property(fc.nat(200), fc.nat(200), fc.integer({ min: 1, max: 60 }), (a, b, threshold) =>
          isSignificant(open(a), open(b), threshold) === Math.abs(a - b) >= threshold,
        ),
      );
      expect(isSignificant(undefined, open(30), 10)).to.equal(false);
      expect(isSignificant(open(30), { kind: 'closed' }, 10)).to.equal(true);
      expect(isSignificant({ kind: 'closed' }, { kind: 'closed' }, 10)).to.equal(false);
    });
  });

  describe('nextPollDelay', () => {
    it('after a success: the interval, never under 15 s', () => {
      fc.assert(fc.property(fc.nat(600_000), (interval) => nextPollDelay(interval, 0) === Math.max(MIN_POLL_MS, interval)));
    });
    it('after failures: at least the interval and Retry-After, at most 15 min unless Retry-After says more', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 600_000 }),
          fc.integer({ min: 1, max: 30 }),
          fc.option(fc.integer({ min: 0, max: 3_600_000 }), { nil: undefined }),
          fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
          (interval, failures, retryAfter, r) => {
            const d = nextPollDelay(interval, failures, retryAfter, () => r);
            const floor = Math.max(MIN_POLL_MS, interval);
            return d >= Math.min(floor, MAX_BACKOFF_MS) && d >= (retryAfter ?? 0) && d <= Math.max(MAX_BACKOFF_MS, retryAfter ?? 0);
          },
        ),
      );
    });
    it('backs off exponentially on average', () => {
      const mean = (failures: number) => nextPollDelay(60_000, failures, undefined, () => 0.5);
      expect(mean(1)).to.be.lessThan(mean(2));
      expect(mean(2)).to.be.lessThan(mean(3));
      expect(nextPollDelay(60_000, 10, undefined, () => 0.99999)).to.be.closeTo(MAX_BACKOFF_MS, 100);
    });
  });
});
