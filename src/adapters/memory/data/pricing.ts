import type { CareSetting, Category, Charges, Methodology, NegotiatedRate, Payer, PriceSource, Service, ServiceCode } from '../../../core/schemas/pricing.js';

/**
 * The memory adapter's published prices: every item of the CMS v3.0 example file
 * (`../shared/fixtures/cms-price-transparency/v3-example.json`, West Mercy Hospital,
 * 2026-04-01) that a patient could shop for, plus a practice catalogue (office visits,
 * labs, imaging, common procedures) in the same shape. Amounts are integer cents.
 *
 * Plans: the file's two (Platform Health PPO, Region Health HMO), plus Sunrise Health
 * Bronze HSA, which has rates only for office visits and labs (the "no data for this plan"
 * case).
 */

export const pricingCategories: readonly Category[] = [
  { id: 'office-visits', name: 'Office visits' },
  { id: 'preventive', name: 'Preventive care and vaccines' },
  { id: 'labs', name: 'Lab tests' },
  { id: 'imaging', name: 'Imaging' },
  { id: 'procedures', name: 'Procedures' },
  { id: 'emergency', name: 'Emergency and observation' },
  { id: 'hospital', name: 'Hospital stays' },
  { id: 'medications', name: 'Medications' },
];

export const pricingPayers: readonly Payer[] = [
  { id: 'platform', name: 'Platform Health Insurance', plans: [{ id: 'platform-ppo', name: 'PPO' }] },
  { id: 'region', name: 'Region Health Insurance', plans: [{ id: 'region-hmo', name: 'HMO' }] },
  { id: 'sunrise', name: 'Sunrise Health', plans: [{ id: 'sunrise-bronze', name: 'Bronze HSA' }] },
];

export const pricingSource: PriceSource = {
  fileName: '950000000_west-mercy-hospital_standardcharges.json',
  lastUpdatedOn: '2026-04-01',
  version: '3.0.0',
  hospitalName: 'West Mercy Hospital',
};

type PlanId = 'platform-ppo' | 'region-hmo' | 'sunrise-bronze';
type Rate = Omit<NegotiatedRate, 'planId' | 'methodology'> & { methodology?: Methodology };

export interface PriceItem {
  id: string;
  description: string;
  plainName?: string;
  category: string;
  setting: CareSetting;
  codes: Array<[ServiceCode['type'], string]>;
  gross?: number;
  cash?: number;
  drug?: Charges['drug'];
  notes?: string;
  rates: Partial<Record<PlanId, Rate | Rate[]>>;
}

/** A fee-schedule dollar rate for each plan: [PPO, HMO, Bronze?]. */
const fee = (ppo: number, hmo: number, bronze?: number): PriceItem['rates'] => ({
  'platform-ppo': { dollar: ppo },
  'region-hmo': { dollar: hmo },
  ...(bronze === undefined ? {} : { 'sunrise-bronze': { dollar: bronze } }),
});

type Row = [id: string, description: string, plainName: string, category: string, code: [ServiceCode['type'], string], gross: number, cash: number, ppo: number, hmo: number, bronze?: number];

/** The practice catalogue: outpatient services billed with one CPT/HCPCS code, fee-schedule rates. */
const catalogue: Row[] = [
  ['visit-new-20', 'Office or other outpatient visit, new patient, low complexity (20 min)', 'New patient visit, short', 'office-visits', ['CPT', '99202'], 18_000, 12_000, 9_800, 8_700, 9_200],
  ['visit-new-30', 'Office or other outpatient visit, new patient, low complexity (30 min)', 'New patient visit', 'office-visits', ['CPT', '99203'], 26_000, 17_500, 14_200, 12_600, 13_400],
  ['visit-new-45', 'Office or other outpatient visit, new patient, moderate complexity (45 min)', 'New patient visit, long', 'office-visits', ['CPT', '99204'], 38_000, 26_000, 21_300, 18_900, 20_100],
  ['visit-est-10', 'Office or other outpatient visit, established patient, straightforward (10 min)', 'Follow-up visit, short', 'office-visits', ['CPT', '99212'], 11_000, 7_500, 5_900, 5_200, 5_600],
  ['visit-est-20', 'Office or other outpatient visit, established patient, low complexity (20 min)', 'Follow-up visit', 'office-visits', ['CPT', '99213'], 16_000, 11_000, 9_300, 8_200, 8_800],
  ['visit-est-30', 'Office or other outpatient visit, established patient, moderate complexity (30 min)', 'Follow-up visit, long', 'office-visits', ['CPT', '99214'], 23_500, 16_000, 13_100, 11_700, 12_400],
  ['physical-adult', 'Periodic comprehensive preventive medicine reevaluation, established patient, 40–64 years', 'Annual physical (adult)', 'preventive', ['CPT', '99396'], 32_000, 22_000, 17_800, 15_900],
  ['flu-shot', 'Influenza virus vaccine, quadrivalent, 0.5 mL, intramuscular', 'Flu shot', 'preventive', ['CPT', '90686'], 6_500, 4_000, 2_900, 2_600],
  ['tdap', 'Tetanus, diphtheria toxoids and acellular pertussis vaccine (Tdap), 7 years or older', 'Tetanus booster (Tdap)', 'preventive', ['CPT', '90715'], 9_500, 6_000, 4_700, 4_200],
  ['cbc', 'Blood count; complete (CBC), automated, with automated differential WBC count', 'Complete blood count (CBC)', 'labs', ['CPT', '85025'], 6_000, 2_500, 1_100, 900, 1_000],
  ['lipid-panel', 'Lipid panel (total cholesterol, HDL, triglycerides)', 'Cholesterol test (lipid panel)', 'labs', ['CPT', '80061'], 9_000, 3_500, 1_800, 1_500, 1_700],
  ['a1c', 'Hemoglobin; glycosylated (A1C)', 'Diabetes test (A1C)', 'labs', ['CPT', '83036'], 7_000, 2_800, 1_300, 1_100, 1_200],
  ['cmp', 'Comprehensive metabolic panel', 'Comprehensive metabolic panel (CMP)', 'labs', ['CPT', '80053'], 8_500, 3_200, 1_500, 1_300, 1_400],
  ['tsh', 'Thyroid stimulating hormone (TSH)', 'Thyroid test (TSH)', 'labs', ['CPT', '84443'], 9_500, 3_800, 2_300, 2_000, 2_100],
  ['urinalysis', 'Urinalysis, automated, without microscopy', 'Urine test', 'labs', ['CPT', '81003'], 3_000, 1_200, 400, 350, 380],
  ['strep', 'Infectious agent antigen detection, Streptococcus group A (rapid strep test)', 'Rapid strep test', 'labs', ['CPT', '87880'], 4_500, 2_000, 1_600, 1_400, 1_500],
  ['xray-chest', 'Radiologic examination, chest; 2 views', 'Chest X-ray', 'imaging', ['CPT', '71046'], 28_000, 9_500, 5_800, 4_900],
  ['ct-abdomen', 'Computed tomography, abdomen and pelvis; with contrast material(s)', 'CT scan of belly and pelvis', 'imaging', ['CPT', '74177'], 310_000, 85_000, 62_000, 54_000],
  ['us-abdomen', 'Ultrasound, abdominal, real time with image documentation; complete', 'Abdominal ultrasound', 'imaging', ['CPT', '76700'], 95_000, 32_000, 21_000, 18_500],
  ['mammogram', 'Screening mammography, bilateral (2-view study of each breast), including CAD', 'Screening mammogram', 'imaging', ['CPT', '77067'], 42_000, 16_000, 13_800, 12_100],
  ['colonoscopy', 'Colonoscopy, flexible; diagnostic', 'Colonoscopy', 'procedures', ['CPT', '45378'], 380_000, 140_000, 118_000, 96_000],
  ['lesion-removal', 'Excision, benign lesion, trunk, arms or legs; 1.1 to 2.0 cm', 'Skin lesion removal', 'procedures', ['CPT', '11402'], 52_000, 21_000, 16_500, 14_300],
  ['joint-injection', 'Arthrocentesis, aspiration and/or injection, major joint (shoulder, hip, knee)', 'Joint injection (knee, hip, shoulder)', 'procedures', ['CPT', '20610'], 30_000, 12_000, 9_400, 8_100],
  ['ekg', 'Electrocardiogram, routine, with at least 12 leads; with interpretation and report', 'EKG (heart tracing)', 'procedures', ['CPT', '93000'], 12_000, 4_500, 2_700, 2_300, 2_500],
];

/** Items of the CMS v3.0 example file, dollars to cents. */
const fromFile: PriceItem[] = [
  {
    id: 'mri-brain',
    description: 'MRI of brain (no contrast)',
    plainName: 'Brain MRI',
    category: 'imaging',
    setting: 'outpatient',
    codes: [['CPT', '70551'], ['RC', '611']],
    gross: 120_000,
    cash: 108_000,
    rates: fee(40_000, 25_000),
  },
  {
    id: 'hernia-repair',
    description: 'Inguinal hernia repair',
    plainName: 'Hernia repair (groin)',
    category: 'procedures',
    setting: 'outpatient',
    codes: [['CPT', '49505'], ['RC', '360']],
    rates: {
      'platform-ppo': { dollar: 800_000, methodology: 'case rate' },
      'region-hmo': { dollar: 36_000, notes: 'This service paid at 140% of the OPPS APC rate.' },
    },
  },
  {
    id: 'bmp',
    description: 'Basic metabolic panel',
    plainName: 'Basic metabolic panel (BMP)',
    category: 'labs',
    setting: 'outpatient',
    codes: [['CPT', '80048'], ['RC', '301']],
    gross: 30_000,
    cash: 27_000,
    rates: { 'platform-ppo': { dollar: 15_000, notes: 'This laboratory service paid at 50% of the gross charge.' }, 'region-hmo': { dollar: 12_500 } },
  },
  {
    id: 'er-level-3',
    description: 'ER level 3',
    plainName: 'Emergency room visit (moderate)',
    category: 'emergency',
    setting: 'outpatient',
    codes: [['CPT', '99283'], ['RC', '450']],
    gross: 400_000,
    cash: 360_000,
    rates: {
      'platform-ppo': { percentage: 80, methodology: 'percent of total billed charges', medianAmount: 1_200_012, p10: 512_374, p90: 1_678_422, count: '299' },
      'region-hmo': { percentage: 75, methodology: 'percent of total billed charges', medianAmount: 650_254, p10: 412_270, p90: 1_000_127, count: '175' },
    },
  },
  {
    id: 'observation-room',
    description: 'Treatment or observation room - observation room',
    plainName: 'Observation stay',
    category: 'emergency',
    setting: 'outpatient',
    codes: [['RC', '762']],
    gross: 1_300_000,
    cash: 1_200_000,
    rates: {
      'platform-ppo': [
        { dollar: 800_000, methodology: 'case rate', notes: 'Negotiated standard charge without surgery and without rule out myocardial infarction.' },
        { dollar: 1_000_000, methodology: 'case rate', notes: 'Negotiated standard charge without surgery and with rule out myocardial infarction.' },
      ],
      'region-hmo': { dollar: 900_000, methodology: 'case rate' },
    },
  },
  {
    id: 'hip-knee-replacement',
    description: 'Major hip and knee joint replacement or reattachment of lower extremity without mcc',
    plainName: 'Hip or knee replacement (hospital stay)',
    category: 'hospital',
    setting: 'inpatient',
    codes: [['MS-DRG', '470']],
    notes: 'This inpatient MS-DRG is paid at 200% of the Medicare IPPS rate for Platform Health Insurance.',
    rates: { 'platform-ppo': { dollar: 4_900_000, methodology: 'case rate' }, 'region-hmo': { dollar: 1_400_000, methodology: 'case rate' } },
  },
  {
    id: 'c-section',
    description: 'Cesarean section without sterilization with mcc',
    plainName: 'C-section (hospital stay)',
    category: 'hospital',
    setting: 'inpatient',
    codes: [['MS-DRG', '786']],
    rates: {
      'platform-ppo': {
        algorithm: 'Allowed amount = $8,000 + MAX (0, ($3,000 x (covered days - 4))',
        methodology: 'case rate',
        medianAmount: 1_100_000,
        p10: 800_000,
        p90: 1_700_000,
        count: '1 through 10',
      },
      'region-hmo': {
        algorithm: 'For this specific service, if length of stay is less than 2 days, the admission is paid a one-day case rate of $3,000. If length of stay is 2 days or greater, the admission is paid at $7,500.',
        methodology: 'case rate',
        medianAmount: 750_000,
        p10: 300_000,
        p90: 750_000,
        count: '14',
      },
    },
  },
  {
    id: 'pacemaker',
    description: 'Pacemaker',
    plainName: 'Pacemaker (device)',
    category: 'procedures',
    setting: 'outpatient',
    codes: [['HCPCS', 'C1785'], ['RC', '278']],
    gross: 4_000_000,
    cash: 3_600_000,
    rates: {
      'platform-ppo': { algorithm: 'Allowed amount for service is 110% of the actual cost, based on supplier invoice.', methodology: 'other', medianAmount: 2_312_346, p10: 1_699_838, p90: 5_000_077, count: '18' },
      'region-hmo': { algorithm: 'Allowed amount for service is 120% of the actual cost, based on supplier invoice.', methodology: 'other', medianAmount: 2_508_661, p10: 1_899_993, p90: 6_076_244, count: '37' },
    },
  },
  {
    id: 'aspirin-81',
    description: 'Aspirin 81 milligram chewable tablet',
    category: 'medications',
    setting: 'both',
    codes: [['NDC', '10135-0729-62']],
    drug: { amount: 1, unit: 'UN' },
    gross: 200,
    cash: 150,
    rates: fee(75, 95),
  },
  {
    id: 'b12-injection',
    description: 'Cyanocobalamin 1000 micrograms/milliliter injection solution',
    plainName: 'Vitamin B12 shot',
    category: 'medications',
    setting: 'both',
    codes: [['HCPCS', 'J3420'], ['NDC', '63323-0044-01']],
    drug: { amount: 1, unit: 'ML' },
    gross: 3_000,
    cash: 2_500,
    rates: fee(800, 1_500),
  },
  {
    id: 'permethrin',
    description: 'Permethrin 5% cream',
    category: 'medications',
    setting: 'both',
    codes: [['NDC', '45802-0269-37']],
    drug: { amount: 60, unit: 'GM' },
    gross: 12_000,
    cash: 7_500,
    rates: fee(7_000, 6_500),
  },
];

export const priceItems: readonly PriceItem[] = [
  ...catalogue.map(([id, description, plainName, category, code, gross, cash, ppo, hmo, bronze]): PriceItem => ({
    id,
    description,
    plainName,
    category,
    setting: 'outpatient',
    codes: [code],
    gross,
    cash,
    rates: fee(ppo, hmo, bronze),
  })),
  ...fromFile,
];

export const toService = (item: PriceItem): Service => ({
  id: item.id,
  description: item.description,
  codes: item.codes.map(([type, code]) => ({ type, code })),
  setting: item.setting,
  ...(item.plainName ? { plainName: item.plainName } : {}),
  category: item.category,
});

/** The rows of one plan for an item, with the methodology defaulting to "fee schedule". */
export const ratesFor = (item: PriceItem, planId: string): NegotiatedRate[] => {
  const rates = item.rates[planId as PlanId];
  if (!rates) return [];
  return (Array.isArray(rates) ? rates : [rates]).map((r) => ({ planId, methodology: 'fee schedule', ...r }));
};
