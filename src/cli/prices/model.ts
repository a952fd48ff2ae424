import type { CareSetting, CodeType, Methodology, ServiceCode } from '../../core/schemas/pricing.js';

/**
 * The normalized model every CMS price file (v2.0 / v3.0; JSON, CSV tall, CSV wide) parses
 * into. Money is integer cents from here on. One `ChargeItem` is one item of the file in one
 * setting; its `rates` are the payer/plan rows the parser saw for it.
 */
export type FileFormat = 'json' | 'csv-tall' | 'csv-wide';

export interface SourceMeta {
  format: FileFormat;
  hospitalName?: string;
  /** `last_updated_on` as `YYYY-MM-DD` (CSV files often write `4/1/2026`). */
  lastUpdatedOn?: string;
  version?: string;
  locations: string[];
}

export interface PayerRate {
  payer: string;
  plan: string;
  methodology: Methodology;
  dollar?: number;
  percentage?: number;
  algorithm?: string;
  estimatedAmount?: number;
  medianAmount?: number;
  p10?: number;
  p90?: number;
  count?: string;
  notes?: string;
}

export interface ChargeItem {
  description: string;
  codes: ServiceCode[];
  setting: CareSetting;
  drug?: { amount: number; unit: string };
  modifiers: string[];
  grossCharge?: number;
  discountedCash?: number;
  minimum?: number;
  maximum?: number;
  notes?: string;
  rates: PayerRate[];
}

/** `modifier_information` (JSON) or a modifier-only row (CSV). */
export interface ModifierInfo {
  code: string;
  description: string;
  setting?: CareSetting;
  payers: { payer: string; plan: string; description: string }[];
}

/** A problem in the file, with where it is: `row 14, column standard_charge|gross` or a JSON path. */
export interface PriceFileProblem {
  where: string;
  message: string;
  /** `error`: the row, item or rate was left out; `warning`: kept, but worth fixing. */
  severity: 'error' | 'warning';
}

export interface PriceFileSink {
  item(item: ChargeItem, where: string): void;
  modifier?(modifier: ModifierInfo, where: string): void;
  problem(problem: PriceFileProblem): void;
}

export type { CareSetting, CodeType, Methodology, ServiceCode };
