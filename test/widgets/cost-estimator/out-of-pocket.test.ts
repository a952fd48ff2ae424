import { expect } from '@open-wc/testing';
import { fc } from '../../support/property.js';
import { estimateOutOfPocket, type Benefits } from '../../../src/widgets/cost-estimator/out-of-pocket.js';

const RUNS = { numRuns: 1000 };
const amount = fc.integer({ min: 0, max: 50_000_000 }); // up to $500,000
const range = fc.tuple(amount, amount).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }));
const benefits: fc.Arbitrary<Benefits> = fc.record(
  {
    deductibleRemaining: fc.integer({ min: 0, max: 1_000_000 }),
    copay: fc.integer({ min: 0, max: 50_000 }),
    coinsurancePct: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
    oopRemaining: fc.integer({ min: 0, max: 2_000_000 }),
  },
  { requiredKeys: ['deductibleRemaining', 'copay', 'coinsurancePct'] },
);

describe('cost estimator: estimateOutOfPocket', () => {
  it('worked example: deductible first, then copay, then coinsurance, capped by the out-of-pocket remaining', () => {
    // $1,000 allowed; $300 deductible left; $25 copay; 20 % coinsurance; $400 out-of-pocket left.
    const e = estimateOutOfPocket({ low: 100_000, high: 100_000 }, { deductibleRemaining: 30_000, copay: 2_500, coinsurancePct: 20, oopRemaining: 40_000 });
    // 300 + 25 + 20 % of 675 (135) = 460 → capped at 400.
    expect(e.lines).to.deep.equal([
      { step: 'deductible', low: 30_000, high: 30_000 },
      { step: 'copay', low: 2_500, high: 2_500 },
      { step: 'coinsurance', low: 13_500, high: 13_500 },
      { step: 'cap', low: 6_000, high: 6_000 },
    ]);
    expect([e.low, e.high]).to.deep.equal([40_000, 40_000]);
    expect(e.planPays).to.deep.equal({ low: 60_000, high: 60_000 });
  });

  it('a range in gives a range out, and steps that do not apply are left out', () => {
    const e = estimateOutOfPocket({ low: 25_000, high: 40_000 }, { deductibleRemaining: 0, copay: 0, coinsurancePct: 10 });
    expect(e.lines).to.deep.equal([{ step: 'coinsurance', low: 2_500, high: 4_000 }]);
    expect([e.low, e.high]).to.deep.equal([2_500, 4_000]);
  });

  it('refuses floating dollars, negative amounts, coinsurance beyond 100 % and reversed ranges', () => {
    const ok: Benefits = { deductibleRemaining: 0, copay: 0, coinsurancePct: 20 };
    expect(() => estimateOutOfPocket({ low: 10.5, high: 20 }, ok)).to.throw(RangeError);
    expect(() => estimateOutOfPocket({ low: -1, high: 20 }, ok)).to.throw(RangeError);
    expect(() => estimateOutOfPocket({ low: 30, high: 20 }, ok)).to.throw(RangeError);
    expect(() => estimateOutOfPocket({ low: 1, high: 2 }, { ...ok, coinsurancePct: 101 })).to.throw(RangeError);
    expect(() => estimateOutOfPocket({ low: 1, high: 2 }, { ...ok, copay: 2.5 })).to.throw(RangeError);
  });

  it('property: whole cents, never below zero, never above the allowed amount or the out-of-pocket remaining', () => {
    fc.assert(
      fc.property(range, benefits, (allowed, b) => {
        const e = estimateOutOfPocket(allowed, b);
        for (const v of [e.low, e.high, e.planPays.low, e.planPays.high, ...e.lines.flatMap((l) => [l.low, l.high])]) {
          if (!Number.isSafeInteger(v) || v < 0) return false;
        }
        if (e.low > allowed.low || e.high > allowed.high) return false;
        if (b.oopRemaining !== undefined && e.high > b.oopRemaining) return false;
        return e.low + e.planPays.low === allowed.low && e.high + e.planPays.high === allowed.high;
      }),
      RUNS,
    );
  });

  it('property: ranges stay ordered (the estimate, every line, what the plan pays)', () => {
    fc.assert(
      fc.property(range, benefits, (allowed, b) => {
        const e = estimateOutOfPocket(allowed, b);
        return e.low <= e.high && e.planPays.low <= e.planPays.high && e.lines.every((l) => l.low <= l.high);
      }),
      RUNS,
    );
  });

  it('property: the deductible is applied before coinsurance (no coinsurance or copay until it is met)', () => {
    fc.assert(
      fc.property(amount, benefits, (a, b) => {
        const e = estimateOutOfPocket({ low: a, high: a }, b);
        const line = (step: string) => e.lines.find((l) => l.step === step)?.high ?? 0;
        const deductible = line('deductible');
        if (a <= b.deductibleRemaining) {
          // Not met: the patient owes the whole allowed amount toward the deductible and nothing else.
          return deductible === a && line('copay') === 0 && line('coinsurance') === 0;
        }
        // Met: the whole remaining deductible was paid, and coinsurance is on what is left after it.
        const rest = a - b.deductibleRemaining - line('copay');
        return deductible === b.deductibleRemaining && Math.abs(line('coinsurance') - (rest * b.coinsurancePct) / 100) <= 0.5 + 1e-6;
      }),
      RUNS,
    );
  });

  it('property: the lines add up to the estimate (the cap is taken off)', () => {
    fc.assert(
      fc.property(range, benefits, (allowed, b) => {
        const e = estimateOutOfPocket(allowed, b);
        const sum = (end: 'low' | 'high') => e.lines.reduce((s, l) => s + (l.step === 'cap' ? -l[end] : l[end]), 0);
        return sum('low') === e.low && sum('high') === e.high;
      }),
      RUNS,
    );
  });
});
