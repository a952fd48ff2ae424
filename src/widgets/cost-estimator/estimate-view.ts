import type { Charges, NegotiatedRate } from '../../core/schemas/pricing.js';
import { estimateOutOfPocket, type Benefits, type CentsRange, type OutOfPocketEstimate } from './out-of-pocket.js';

/**
 * Where the allowed amount comes from, most to least certain:
 * - `dollar`: one published dollar rate;
 * - `dollar-range`: several dollar rates for the plan (modifiers, variants);
 * - `percentiles`: what the plan actually paid (10th–90th percentile), for a percentage or algorithm;
 * - `estimated`: the hospital's estimate (v2 `estimated_amount`) or the median paid;
 * - `percentage`: the plan's percentage of the gross charge;
 * - `all-plans`: the plan's rate cannot be priced; the lowest to highest rate of any plan.
 */
export type AllowedBasis = 'dollar' | 'dollar-range' | 'percentiles' | 'estimated' | 'percentage' | 'all-plans';

export interface AllowedAmount extends CentsRange {
  basis: AllowedBasis;
  /** Some rate is a formula or percentage: the figure is an estimate, shown as a range. */
  algorithmic: boolean;
}

function rowRange(rate: NegotiatedRate, gross: number | undefined): (CentsRange & { basis: AllowedBasis }) | undefined {
  if (rate.dollar !== undefined) return { low: rate.dollar, high: rate.dollar, basis: 'dollar' };
  if (rate.p10 !== undefined && rate.p90 !== undefined) return { low: rate.p10, high: rate.p90, basis: 'percentiles' };
  const estimate = rate.estimatedAmount ?? rate.medianAmount;
  if (estimate !== undefined) return { low: estimate, high: estimate, basis: 'estimated' };
  if (rate.percentage !== undefined && gross !== undefined) {
    const amount = Math.round((gross * rate.percentage) / 100);
    return { low: amount, high: amount, basis: 'percentage' };
  }
  return undefined;
}

/** The plan's allowed amount for the service, as a range of cents, or `undefined` when nothing prices it. */
export function allowedAmount(charges: Charges): AllowedAmount | undefined {
  const rows = charges.rates.map((r) => rowRange(r, charges.grossCharge)).filter((r) => r !== undefined);
  const algorithmic = charges.rates.some((r) => r.dollar === undefined);
  if (rows.length) {
    const low = Math.min(...rows.map((r) => r.low));
    const high = Math.max(...rows.map((r) => r.high));
    const other = rows.find((r) => r.basis !== 'dollar');
    const basis: AllowedBasis = other ? other.basis : low === high ? 'dollar' : 'dollar-range';
    return { low, high, basis, algorithmic };
  }
  if (charges.rates.length && charges.minNegotiated !== undefined && charges.maxNegotiated !== undefined) {
    return { low: charges.minNegotiated, high: charges.maxNegotiated, basis: 'all-plans', algorithmic };
  }
  return undefined;
}

/** What the patient typed about their plan; an empty field is `undefined`. Cents; coinsurance in percent. */
export interface BenefitInputs {
  deductibleRemaining?: number;
  copay?: number;
  coinsurancePct?: number;
  oopRemaining?: number;
}

export interface InsuredEstimate extends OutOfPocketEstimate {
  /** The deductible was left empty, so it is taken as not met (the estimate errs high). */
  assumedDeductible: boolean;
}

/**
 * The patient's estimate for the plan's allowed amount. An empty deductible is taken as not
 * met (the whole allowed amount counts toward it), an empty copay or coinsurance as none,
 * an empty out-of-pocket remaining as no cap: when in doubt, the estimate errs high.
 */
export function insuredEstimate(allowed: CentsRange, inputs: BenefitInputs): InsuredEstimate {
  const benefits: Benefits = {
    deductibleRemaining: inputs.deductibleRemaining ?? allowed.high,
    copay: inputs.copay ?? 0,
    coinsurancePct: inputs.coinsurancePct ?? 0,
    ...(inputs.oopRemaining === undefined ? {} : { oopRemaining: inputs.oopRemaining }),
  };
  return { ...estimateOutOfPocket(allowed, benefits), assumedDeductible: inputs.deductibleRemaining === undefined };
}

/** The rounding step for an amount: $1 under $100, $5 under $1,000, $10 under $10,000, then $100. */
const stepFor = (cents: number): number => (cents < 10_000 ? 100 : cents < 100_000 ? 500 : cents < 1_000_000 ? 1_000 : 10_000);

/**
 * No false precision: the low end rounded down and the high end up, to a step that grows
 * with the amount ("about $240–$410", not "$243.17–$406.52"); a single figure to the
 * nearest step. Stays ordered and ≥ 0.
 */
export function roundRange(range: CentsRange): CentsRange {
  if (range.low === range.high) {
    const step = stepFor(range.low);
    const about = Math.round(range.low / step) * step;
    return { low: about, high: about };
  }
  const low = Math.floor(range.low / stepFor(range.low)) * stepFor(range.low);
  const high = Math.ceil(range.high / stepFor(range.high)) * stepFor(range.high);
  return { low, high: Math.max(low, high) };
}

/**
 * Dollars typed by a patient ("1,250", "$80.5", "1250.00") to whole cents; `undefined` for
 * an empty field, `NaN` for anything that is not an amount.
 */
export function parseDollars(text: string): number | undefined {
  const value = text.replace(/[\s$,]/g, '');
  if (!value) return undefined;
  if (!/^\d{1,9}(\.\d{0,2})?$/.test(value)) return NaN;
  const [whole = '0', fraction = ''] = value.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** A percentage typed by a patient ("20", "20%", "12.5") in 0–100; `undefined` when empty, `NaN` otherwise. */
export function parsePercent(text: string): number | undefined {
  const value = text.replace(/[\s%]/g, '').replace(',', '.');
  if (!value) return undefined;
  const n = /^\d{1,3}(\.\d{1,2})?$/.test(value) ? Number(value) : NaN;
  return n <= 100 ? n : NaN;
}
