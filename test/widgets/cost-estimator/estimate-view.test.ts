import { expect } from '@open-wc/testing';
import { fc } from '../../support/property.js';
import type { Charges, NegotiatedRate } from '../../../src/core/schemas/pricing.js';
import { allowedAmount, insuredEstimate, parseDollars, parsePercent, roundRange } from '../../../src/widgets/cost-estimator/estimate-view.js';

const charges = (rates: Array<Partial<NegotiatedRate>>, extra: Partial<Charges> = {}): Charges => ({
  service: { id: 's', description: 'S', codes: [{ type: 'CPT', code: '1' }], setting: 'outpatient' },
  rates: rates.map((r) => ({ planId: 'p', methodology: 'fee schedule', ...r })),
  source: { fileName: 'f.json', lastUpdatedOn: '2026-04-01', version: '3.0.0' },
  ...extra,
});

describe('cost estimator: allowed amount and rounding', () => {
  it('allowedAmount: one dollar rate; several; percentiles; estimate; percentage of the gross charge; all plans; nothing', () => {
    expect(allowedAmount(charges([{ dollar: 40_000 }]))).to.deep.equal({ low: 40_000, high: 40_000, basis: 'dollar', algorithmic: false });
    expect(allowedAmount(charges([{ dollar: 800_000 }, { dollar: 1_000_000 }]))).to.include({ low: 800_000, high: 1_000_000, basis: 'dollar-range' });
    expect(allowedAmount(charges([{ algorithm: 'x', p10: 800_000, medianAmount: 1_100_000, p90: 1_700_000 }]))).to.deep.equal({
      low: 800_000,
      high: 1_700_000,
      basis: 'percentiles',
      algorithmic: true,
    });
    expect(allowedAmount(charges([{ percentage: 50, estimatedAmount: 2_314_598 }]))).to.include({ low: 2_314_598, basis: 'estimated' });
    expect(allowedAmount(charges([{ percentage: 80 }], { grossCharge: 400_000 }))).to.include({ low: 320_000, high: 320_000, basis: 'percentage' });
    expect(allowedAmount(charges([{ algorithm: 'cost + 10%' }], { minNegotiated: 100, maxNegotiated: 900 }))).to.include({ low: 100, high: 900, basis: 'all-plans' });
    expect(allowedAmount(charges([{ algorithm: 'cost + 10%' }]))).to.equal(undefined);
    expect(allowedAmount(charges([]))).to.equal(undefined);
  });

  it('insuredEstimate: an empty deductible is taken as not met (errs high), and said so', () => {
    const e = insuredEstimate({ low: 10_000, high: 20_000 }, { coinsurancePct: 20 });
    expect([e.low, e.high, e.assumedDeductible]).to.deep.equal([10_000, 20_000, true]);
    const met = insuredEstimate({ low: 10_000, high: 20_000 }, { deductibleRemaining: 0, coinsurancePct: 20 });
    expect([met.low, met.high, met.assumedDeductible]).to.deep.equal([2_000, 4_000, false]);
  });

  it('property: rounding keeps ranges ordered and around the figures (the range only widens), single figures to the nearest step', () => {
    const cents = fc.integer({ min: 0, max: 100_000_000 });
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const low = Math.min(a, b);
        const high = Math.max(a, b);
        const r = roundRange({ low, high });
        if (r.low > r.high || r.low < 0 || r.low % 100 !== 0 || r.high % 100 !== 0) return false;
        if (low === high) return Math.abs(r.low - low) <= Math.max(5_000, low * 0.05) && r.low === r.high;
        return r.low <= low && r.high >= high;
      }),
      { numRuns: 1000 },
    );
  });

  it('parses what patients type: dollars to cents, percentages; refuses the rest', () => {
    expect(['', '  ', '250', '$1,250.5', '80.05', '0'].map(parseDollars)).to.deep.equal([undefined, undefined, 25_000, 125_050, 8_005, 0]);
    expect(['-5', '1e3', '12.345', 'abc'].map(parseDollars).every(Number.isNaN)).to.equal(true);
    expect(['', '20', '20%', '12,5', '100'].map(parsePercent)).to.deep.equal([undefined, 20, 20, 12.5, 100]);
    expect(['101', '-1', 'x'].map(parsePercent).every(Number.isNaN)).to.equal(true);
  });
});
