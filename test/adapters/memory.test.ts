import { expect } from '@open-wc/testing';
import type { memoryScenarios } from '../../src/adapters/memory/index.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { isOpen, nextOpening } from '../../src/adapters/memory/hours.js';
import { practiceLocations } from '../../src/adapters/memory/data/practice.js';
import type { FrontdeskError} from '../../src/core/errors.js';
import { isAbortError } from '../../src/core/errors.js';
import { WaitTimeList } from '../../src/core/schemas/wait-times.js';
import { runAdapterContractTests } from '../../src/testing/contract.js';
import { FIXED_NOW, memory } from '../support/fixtures.js';

runAdapterContractTests('memory (fixed clock)', () => memory(), { ports: ['scheduling', 'waitTimes'], now: () => FIXED_NOW });
runAdapterContractTests('memory (system clock, latency)', () => createMemoryAdapter({ latencyMs: 20 }), { ports: ['scheduling', 'waitTimes'] });

const ids = practiceLocations.map((l) => l.id);

describe('memory adapter', () => {
  it('is deterministic: same seed and clock, same answers', async () => {
    const a = await memory({ seed: 7 }).waitTimes.getWaitTimes({ locationIds: ids });
    const b = await memory({ seed: 7 }).waitTimes.getWaitTimes({ locationIds: ids });
    expect(a).to.deep.equal(b);
  });

  it('answers copies: a caller mutating data cannot change the store', async () => {
    const adapter = memory();
    const first = await adapter.scheduling.listLocations({});
    first[0].name = 'changed';
    expect((await adapter.scheduling.listLocations({}))[0].name).not.to.equal('changed');
  });

  it('has three locations in three zones, one without DST', async () => {
    const zones = (await memory().scheduling.listLocations({})).map((l) => l.timeZone);
    expect(new Set(zones).size).to.equal(3);
    expect(zones).to.include('America/Phoenix');
  });

  it('injects a fault once, then recovers', async () => {
    const adapter = memory({ faults: [{ method: 'waitTimes.getWaitTimes', kind: 'rate-limited', retryAfterMs: 3000, times: 1 }] });
    const error = (await adapter.waitTimes.getWaitTimes({ locationIds: ids }).catch((e: unknown) => e)) as FrontdeskError;
    expect([error.kind, error.retryAfterMs, error.retryable]).to.deep.equal(['rate-limited', 3000, true]);
    expect(await adapter.waitTimes.getWaitTimes({ locationIds: ids })).to.have.length(3);
  });

  it('injects any kind on every method with "*"', async () => {
    const adapter = memory();
    adapter.control.fail({ method: '*', kind: 'unauthorized' });
    expect(((await adapter.scheduling.listLocations({}).catch((e: unknown) => e)) as FrontdeskError).kind).to.equal('unauthorized');
    adapter.control.clearFaults();
    expect(await adapter.scheduling.listLocations({})).to.have.length(3);
  });

  it('honours latency and aborts during it', async () => {
    const adapter = memory({ latencyMs: 200 });
    const c = new AbortController();
    const started = performance.now();
    const pending = adapter.scheduling.listLocations({ signal: c.signal });
    setTimeout(() => c.abort(), 20);
    expect(isAbortError(await pending.catch((e: unknown) => e))).to.equal(true);
    expect(performance.now() - started).to.be.below(150);
  });

  describe('wait-time scenarios', () => {
    const read = (scenario: keyof typeof memoryScenarios, now = FIXED_NOW) =>
      memory({ scenario, now: () => now }).waitTimes.getWaitTimes({ locationIds: ids });

    it('default: every figure parses; open sites have minutes and a range', async () => {
      const waits = await read('default');
      expect(WaitTimeList.safeParse(waits).success).to.equal(true);
      const phoenix = waits.find((w) => w.locationId === 'phoenix')!;
      expect(phoenix.status).to.equal('open');
      expect(phoenix.minutes).to.be.a('number');
      expect(phoenix.range!.low).to.be.at.most(phoenix.range!.high);
    });

    it('default: waits drift over time', async () => {
      const values = new Set<number | undefined>();
      for (let i = 0; i < 12; i++) values.add((await read('default', FIXED_NOW + i * 5 * 60_000))[0].minutes);
      expect(values.size).to.be.greaterThan(2);
    });

    it('all-closed: every site closed with its next opening', async () => {
      const waits = await read('all-closed');
      expect(waits.every((w) => w.status === 'closed' && w.minutes === undefined && w.nextOpening)).to.equal(true);
    });

    it('stale: figures an hour old', async () => {
      const waits = await read('stale');
      expect(FIXED_NOW - Date.parse(waits[0].updatedAt)).to.be.at.least(60 * 60_000);
    });

    it('spike: the second read jumps by about an hour', async () => {
      const adapter = memory({ scenario: 'spike' });
      const first = (await adapter.waitTimes.getWaitTimes({ locationIds: ['phoenix'] }))[0].minutes!;
      const second = (await adapter.waitTimes.getWaitTimes({ locationIds: ['phoenix'] }))[0].minutes!;
      expect(second - first).to.equal(60);
    });

    it('unknown: status unknown and no figure', async () => {
      expect((await read('unknown')).every((w) => w.status === 'unknown' && w.minutes === undefined)).to.equal(true);
    });

    it('flaky: some calls fail retryably, deterministically for a seed', async () => {
      const outcomes = async () => {
        const adapter = memory({ scenario: 'flaky', seed: 3 });
        const results: string[] = [];
        for (let i = 0; i < 20; i++) results.push(await adapter.scheduling.listLocations({}).then(() => 'ok', (e: unknown) => (e as FrontdeskError).kind));
        return results;
      };
      const a = await outcomes();
      expect(a).to.include('ok');
      expect(a).to.include('unavailable');
      expect(await outcomes()).to.deep.equal(a);
    });

    it('offline: network errors', async () => {
      const error = (await read('offline').catch((e: unknown) => e)) as FrontdeskError;
      expect(error.kind).to.equal('network');
    });

    it('Albuquerque is closed on a Sunday and opens Monday 08:00 Mountain time', async () => {
      const sunday = Date.parse('2026-03-08T18:00:00Z');
      const abq = practiceLocations.find((l) => l.id === 'albuquerque')!;
      expect(isOpen(abq.hours, abq.timeZone, sunday)).to.equal(false);
      // 2026-03-08 is the DST change: Monday 08:00 MDT is 14:00Z.
      expect(nextOpening(abq.hours, abq.timeZone, sunday)!.toISOString()).to.equal('2026-03-09T14:00:00.000Z');
    });

    it('Phoenix (no DST) opens at 07:30 MST = 14:30Z all year', async () => {
      const phx = practiceLocations.find((l) => l.id === 'phoenix')!;
      expect(nextOpening(phx.hours, phx.timeZone, Date.parse('2026-07-14T03:00:00Z'))!.toISOString()).to.equal('2026-07-14T14:30:00.000Z');
      expect(nextOpening(phx.hours, phx.timeZone, Date.parse('2026-12-15T03:00:00Z'))!.toISOString()).to.equal('2026-12-15T14:30:00.000Z');
    });
  });
});
