// Suggestion latency per keystroke: the price-index adapter over a generated index of 10,000
// services, raw and through the guard (as the cost estimator calls it), for every prefix of a
// few typical queries. Reports the median and the 95th percentile of single calls.
import { createPriceIndexAdapter } from '../../src/adapters/price-index/index.js';
import { priceIndexFormat, priceIndexVersion, type PriceIndex, type RateRow, type ServiceRow } from '../../src/adapters/price-index/format.js';
import { guardPort } from '../../src/core/guard.js';
import { pricingPort } from '../../src/core/ports/pricing.js';

const words = ['office', 'visit', 'new', 'patient', 'established', 'x-ray', 'chest', 'knee', 'mri', 'ct', 'scan', 'blood', 'panel', 'metabolic', 'lipid', 'culture', 'biopsy', 'skin', 'lesion', 'removal', 'injection', 'joint', 'ultrasound', 'abdomen', 'pelvis', 'therapy', 'physical', 'evaluation', 'screening', 'vaccine'];

function generatedIndex(count: number): PriceIndex {
  const services: ServiceRow[] = [];
  const rates: RateRow[] = [];
  for (let i = 0; i < count; i++) {
    const description = `${words[i % 30]} ${words[(i * 7 + 3) % 30]} ${words[(i * 13 + 5) % 30]}, service ${i}`;
    services.push([`s${i}`, description, [0, String(10000 + i), 1, String(300 + (i % 600))], 1, 10_000 + i, 9_000 + i, 5_000, 9_000, i % 9]);
    for (let p = 0; p < 3; p++) rates.push([i, p, 1, 5_000 + p * 1_000 + i]);
  }
  return {
    format: priceIndexFormat,
    version: priceIndexVersion,
    sources: [{ fileName: 'generated.csv', lastUpdatedOn: '2026-04-01', version: '3.0.0', fileFormat: 'csv-tall' }],
    settings: ['inpatient', 'outpatient', 'both'],
    codeTypes: ['CPT', 'RC'],
    methodologies: ['case rate', 'fee schedule', 'percent of total billed charges', 'per diem', 'other'],
    payers: ['Payer A', 'Payer B'],
    plans: [[0, 'PPO'], [0, 'HMO'], [1, 'EPO']],
    categories: [['office-visits', 'Office visits'], ['preventive', 'Preventive'], ['labs', 'Labs'], ['imaging', 'Imaging'], ['procedures', 'Procedures'], ['emergency', 'Emergency'], ['hospital', 'Hospital'], ['medications', 'Medications'], ['other', 'Other']],
    texts: [],
    services,
    rates,
    problems: { errors: 0, warnings: 0 },
  };
}

const queries = ['knee mri', 'blood panel', 'office visit new', '10542', 'ultrasound abdomen'];
const keystrokes = queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

/** Average time of one call over `n` calls (the browser's timer is too coarse for a single one). */
async function each(fn: () => Promise<unknown>, n = 20): Promise<number> {
  const t = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return (performance.now() - t) / n;
}

async function prepare(count: number) {
  const index = generatedIndex(count);
  const started = performance.now();
  const { pricing } = createPriceIndexAdapter({ index });
  await pricing.listPlans({}); // the first call prepares the index (folding every name once)
  return { pricing, ms: performance.now() - started };
}

export async function run() {
  const small = await prepare(1_000);
  const { pricing, ms } = await prepare(10_000);
  const guarded = guardPort(pricing, pricingPort, 'pricing');
  await guarded.searchServices({ query: 'warm', limit: 8 });
  const raw: number[] = [];
  const checked: number[] = [];
  for (const query of keystrokes) {
    raw.push(await each(() => pricing.searchServices({ query, limit: 8 })));
    checked.push(await each(() => guarded.searchServices({ query, limit: 8 })));
  }
  const at = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)] ?? NaN;
  return [
    { name: 'price index: prepare 10,000 vs 1,000 services', aMs: ms, bMs: small.ms },
    { name: 'suggestions per keystroke (10,000 services), median', rawMs: at(raw, 0.5), guardedMs: at(checked, 0.5) },
    { name: 'suggestions per keystroke (10,000 services), p95', rawMs: at(raw, 0.95), guardedMs: at(checked, 0.95) },
  ];
}
