import type { Category, Charges, NegotiatedRate, Payer } from '../../core/schemas/pricing.js';
import { slug, type RateRow } from './format.js';
import type { Loaded } from './load.js';

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function rateOf(loaded: Loaded, texts: readonly string[], row: RateRow): NegotiatedRate {
  const [, plan, methodology, dollar, percentage, algorithm, estimated, median, p10, p90, count, notes, modifiers] = row;
  const text = (i: number | null | undefined) => (present(i) ? texts[i] : undefined);
  const fields: Partial<NegotiatedRate> = {
    dollar: dollar ?? undefined,
    percentage: percentage ?? undefined,
    algorithm: text(algorithm),
    estimatedAmount: estimated ?? undefined,
    medianAmount: median ?? undefined,
    p10: p10 ?? undefined,
    p90: p90 ?? undefined,
    count: text(count),
    modifiers: present(modifiers) ? modifiers.split('|') : undefined,
    notes: text(notes),
  };
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return { planId: loaded.planIds[plan], methodology: loaded.header.methodologies[methodology] ?? 'other', ...defined };
}

/** The charges of service `service` with the rates `keep` picks (one plan's, every plan's or none). */
export async function chargesOf(loaded: Loaded, service: number, keep: (rate: RateRow) => boolean): Promise<Charges> {
  const { row, rates, texts } = await loaded.charges(service);
  const [, gross, cash, min, max, drugAmount, drugUnit, notes, from] = row;
  const { sources } = loaded.header;
  const { fileName, lastUpdatedOn, version, hospitalName, url } = sources[from ?? 0] ?? sources[0];
  return {
    service: loaded.services[service],
    ...(present(gross) ? { grossCharge: gross } : {}),
    ...(present(cash) ? { discountedCash: cash } : {}),
    ...(present(min) ? { minNegotiated: min } : {}),
    ...(present(max) ? { maxNegotiated: max } : {}),
    rates: rates.filter(keep).map((r) => rateOf(loaded, texts, r)),
    ...(present(drugAmount) && present(drugUnit) ? { drug: { amount: drugAmount, unit: drugUnit } } : {}),
    ...(present(notes) && present(texts[notes]) ? { notes: texts[notes] } : {}),
    source: { fileName, lastUpdatedOn, version, ...(hospitalName ? { hospitalName } : {}), ...(url ? { url } : {}) },
  };
}

/** The index's categories that have services, with their counts. */
export const categoriesOf = (l: Loaded): Category[] =>
  l.header.categories.map(([id, name]): Category => ({ id, name, count: l.services.filter((s) => s.category === id).length })).filter((c) => c.count);

/** The payers of the index with their plans. */
export function payersOf(l: Loaded): Payer[] {
  const payers = new Map<number, Payer>();
  const { plans, payers: names } = l.header;
  plans.forEach(([payer, name], i) => {
    const entry = payers.get(payer) ?? { id: slug(names[payer] ?? ''), name: names[payer] ?? '', plans: [] };
    entry.plans.push({ id: l.planIds[i], name });
    payers.set(payer, entry);
  });
  return [...payers.values()];
}
