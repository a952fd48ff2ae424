/**
 * The patient's out-of-pocket estimate: a pure function on integer cents.
 *
 * For one allowed amount A (what the plan allows for the service):
 * 1. deductible  = min(A, deductibleRemaining)                  — paid first, in full
 * 2. copay       = min(A − deductible, copay)                   — a flat amount after the deductible
 * 3. coinsurance = round((A − deductible − copay) × pct / 100)  — the patient's share of the rest
 * 4. the sum is capped by the out-of-pocket maximum still remaining.
 *
 * Each step only grows with A, so a range of allowed amounts gives an ordered range
 * out: the low end is computed from the low allowed amount, the high end from the high one.
 */

/** A range of integer cents, `low ≤ high`. */
export interface CentsRange {
  low: number;
  high: number;
}

/** What the patient knows of their plan this year (cents; coinsurance in percent, 0–100). */
export interface Benefits {
  /** Deductible still to pay this year. */
  deductibleRemaining: number;
  /** Flat amount per service after the deductible (0 when the plan has none). */
  copay: number;
  /** The patient's share after the deductible and copay, in percent (20 = 20 %). */
  coinsurancePct: number;
  /** Out-of-pocket maximum still remaining this year; absent = not known (no cap applied). */
  oopRemaining?: number;
}

export type OutOfPocketStep = 'deductible' | 'copay' | 'coinsurance' | 'cap';

/** One line of the breakdown: what that step adds (or, for `cap`, takes off), as a range. */
export interface OutOfPocketLine {
  step: OutOfPocketStep;
  low: number;
  high: number;
}

export interface OutOfPocketEstimate extends CentsRange {
  allowed: CentsRange;
  /** Deductible, copay and coinsurance (only the steps that apply), then the cap if it bites. */
  lines: OutOfPocketLine[];
  /** What the plan pays: allowed − patient. */
  planPays: CentsRange;
}

const cents = (n: number, what: string): number => {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be whole cents ≥ 0 (got ${String(n)})`);
  return n;
};

interface Split {
  deductible: number;
  copay: number;
  coinsurance: number;
  cap: number;
  total: number;
}

function split(allowed: number, b: Benefits): Split {
  const deductible = Math.min(allowed, b.deductibleRemaining);
  const afterDeductible = allowed - deductible;
  const copay = Math.min(afterDeductible, b.copay);
  const rest = afterDeductible - copay;
  // Rounded once, to whole cents; never more than `rest`, since the percentage is ≤ 100.
  const coinsurance = Math.round((rest * b.coinsurancePct) / 100);
  const sum = deductible + copay + coinsurance;
  const total = b.oopRemaining === undefined ? sum : Math.min(sum, b.oopRemaining);
  return { deductible, copay, coinsurance, cap: sum - total, total };
}

/**
 * The patient's estimate for a range of allowed amounts, with the line-by-line breakdown.
 * Throws a `RangeError` for amounts that are not whole cents ≥ 0, a coinsurance outside
 * 0–100, or a range whose low end exceeds its high end.
 */
export function estimateOutOfPocket(allowed: CentsRange, benefits: Benefits): OutOfPocketEstimate {
  cents(allowed.low, 'allowed.low');
  cents(allowed.high, 'allowed.high');
  if (allowed.low > allowed.high) throw new RangeError('allowed.low must not exceed allowed.high');
  cents(benefits.deductibleRemaining, 'deductibleRemaining');
  cents(benefits.copay, 'copay');
  if (benefits.oopRemaining !== undefined) cents(benefits.oopRemaining, 'oopRemaining');
  const pct = benefits.coinsurancePct;
  if (!Number.isFinite(pct) || pct < 0 || pct > 100) throw new RangeError('coinsurancePct must be 0–100');

  const low = split(allowed.low, benefits);
  const high = split(allowed.high, benefits);
  const lines: OutOfPocketLine[] = [];
  for (const step of ['deductible', 'copay', 'coinsurance', 'cap'] as const) {
    if (high[step] > 0 || low[step] > 0) lines.push({ step, low: low[step], high: high[step] });
  }
  return {
    low: low.total,
    high: high.total,
    allowed: { low: allowed.low, high: allowed.high },
    lines,
    planPays: { low: allowed.low - low.total, high: allowed.high - high.total },
  };
}
