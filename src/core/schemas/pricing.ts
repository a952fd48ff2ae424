import * as z from 'zod/mini';
import { Id, Int, NonNegativeInt, SafeUrl, Text } from './common.js';
import { withRules } from './rules.js';

/**
 * Pricing: the practice's published standard charges (CMS Hospital Price Transparency,
 * 45 CFR 180; files v2.0 and v3.0) normalized for the cost estimator.
 *
 * ALL MONEY IS IN INTEGER CENTS (`Cents`): adapters convert the files' dollars once, at the
 * boundary (`Math.round(dollars * 100)`), and the widget and the out-of-pocket math never
 * see floating dollars.
 */

/** An amount of money in whole cents (US dollars), 0 to $1 billion. */
export const Cents = Int(0, 100_000_000_000);
export type Cents = z.infer<typeof Cents>;

/** Code systems of the CMS files (`code_information.type`, v2.0 and v3.0). */
export const codeTypes = [
  'CPT',
  'HCPCS',
  'ICD',
  'DRG',
  'MS-DRG',
  'R-DRG',
  'S-DRG',
  'APS-DRG',
  'AP-DRG',
  'APR-DRG',
  'TRIS-DRG',
  'APC',
  'NDC',
  'HIPPS',
  'LOCAL',
  'EAPG',
  'CDT',
  'RC',
  'CDM',
  'CMG',
  'MS-LTC-DRG',
] as const;
export const CodeType = z.enum(codeTypes);
export type CodeType = z.infer<typeof CodeType>;

/** One billing code of a service (`{ type: 'CPT', code: '70551' }`). */
export const ServiceCode = z.object({ type: CodeType, code: z.string().check(z.minLength(1), z.maxLength(40)) });
export type ServiceCode = z.infer<typeof ServiceCode>;

export const careSettings = ['inpatient', 'outpatient', 'both'] as const;
export const CareSetting = z.enum(careSettings);
export type CareSetting = z.infer<typeof CareSetting>;

/**
 * A service the practice publishes a price for. One service is one item of the file in one
 * setting: an item with inpatient and outpatient charges becomes two services.
 */
export const Service = z.object({
  id: Id,
  /** The description as published ("MRI of brain (no contrast)"). */
  description: Text(2000),
  /** Billing codes; the first is the one the widget shows and reports in `fd-estimate`. */
  codes: z.array(ServiceCode).check(z.minLength(1), z.maxLength(20)),
  setting: CareSetting,
  /** A plain-language name, when the practice gives one ("Brain MRI"). */
  plainName: z.optional(Text(200)),
  /** The id of its category (see `listCategories`). */
  category: z.optional(Id),
});
export type Service = z.infer<typeof Service>;
export const ServiceList = z.array(Service).check(z.maxLength(100));

/** A group of services to browse ("Office visits", "Lab tests", "Imaging"). */
export const Category = z.object({
  id: Id,
  name: Text(120),
  /** How many services it holds, when the adapter knows. */
  count: z.optional(NonNegativeInt),
});
export type Category = z.infer<typeof Category>;
export const CategoryList = z.array(Category).check(z.maxLength(200));

/** A health plan the practice has negotiated rates with. Plan ids are unique across payers. */
export const Plan = z.object({ id: Id, name: Text(200) });
export type Plan = z.infer<typeof Plan>;

/** An insurer (payer) and its plans ("Platform Health Insurance": "PPO", "HMO"). */
export const Payer = z.object({ id: Id, name: Text(200), plans: z.array(Plan).check(z.maxLength(100)) });
export type Payer = z.infer<typeof Payer>;
export const PayerList = z.array(Payer).check(z.maxLength(200));

/** `payers_information.methodology` of the CMS files. */
export const methodologies = ['case rate', 'fee schedule', 'percent of total billed charges', 'per diem', 'other'] as const;
export const Methodology = z.enum(methodologies);
export type Methodology = z.infer<typeof Methodology>;

/** A percentage as published (`50` = 50 %), 0–1000. Not money, so not cents. */
export const Percentage = z.number().check(z.minimum(0), z.maximum(1000));

/**
 * The negotiated rate of one plan for the service, as published: a dollar amount, a
 * percentage (of the gross charge) and/or an algorithm (text), with its methodology.
 * A plan can have several rows for one service (modifiers, several algorithms).
 */
export const NegotiatedRate = withRules(
  z.object({
    planId: Id,
    dollar: z.optional(Cents),
    percentage: z.optional(Percentage),
    /** The contract's formula in words, when no dollar amount can be known in advance. */
    algorithm: z.optional(Text(4000)),
    methodology: Methodology,
    /** v2.0 `estimated_amount`: the hospital's estimate of the allowed amount for a percentage or algorithm. */
    estimatedAmount: z.optional(Cents),
    /** v3.0 allowed amounts actually paid (median, 10th and 90th percentile) and how many claims. */
    medianAmount: z.optional(Cents),
    p10: z.optional(Cents),
    p90: z.optional(Cents),
    count: z.optional(Text(40)),
    modifiers: z.optional(z.array(Text(40)).check(z.maxLength(10))),
    /** `additional_payer_notes`. */
    notes: z.optional(Text(4000)),
  }),
  [
    { rule: 'one-present', fields: ['dollar', 'percentage', 'algorithm'] },
    { rule: 'ordered', fields: ['p10', 'medianAmount', 'p90'] },
  ],
);
export type NegotiatedRate = z.infer<typeof NegotiatedRate>;

/** `YYYY-MM-DD`. */
export const CalendarDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));

/** Where the figures come from: the machine-readable file and its date. */
export const PriceSource = z.object({
  /** The file's name ("950000000_west-mercy-hospital_standardcharges.json"). */
  fileName: Text(300),
  /** `last_updated_on` of the file. */
  lastUpdatedOn: CalendarDate,
  /** The CMS template version ("2.0.0", "3.0.0"). */
  version: Text(20),
  hospitalName: z.optional(Text(300)),
  /** Where the file can be downloaded (https only). */
  url: z.optional(SafeUrl),
});
export type PriceSource = z.infer<typeof PriceSource>;

/** The standard charges of one service, with the rates of the plan asked for. */
export const Charges = withRules(
  z.object({
    service: Service,
    /** `standard_charge.gross_charge`: the list price, before any discount. */
    grossCharge: z.optional(Cents),
    /** `standard_charge.discounted_cash`: what a patient paying themselves is charged. */
    discountedCash: z.optional(Cents),
    /** The lowest and highest negotiated rate across all plans (de-identified). */
    minNegotiated: z.optional(Cents),
    maxNegotiated: z.optional(Cents),
    /** The rates of the plan asked for (empty without `planId`, or when the plan has none for this service). */
    rates: z.array(NegotiatedRate).check(z.maxLength(100)),
    drug: z.optional(z.object({ amount: z.number().check(z.positive(), z.maximum(1_000_000)), unit: Text(8) })),
    /** `additional_generic_notes`. */
    notes: z.optional(Text(4000)),
    source: PriceSource,
  }),
  [{ rule: 'ordered', fields: ['minNegotiated', 'maxNegotiated'] }],
);
export type Charges = z.infer<typeof Charges>;
