import type { PricingPort } from '../../core/adapter.js';
import { FrontdeskError } from '../../core/errors.js';
import type { Charges, Service } from '../../core/schemas/pricing.js';
import { priceItems, pricingCategories, pricingPayers, pricingSource, ratesFor, toService, type PriceItem } from './data/pricing.js';
import type { MemoryRuntime } from './runtime.js';

/** Lower case, without accents, so "resonancia" matches "Resonancia" and "rayos x" matches "Rayos X". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * How well a service matches the query, 0 = not at all: a code typed in full wins, then
 * names that start with the words, then names that hold every word.
 */
export function matchScore(service: Service, query: string): number {
  const q = fold(query.trim());
  if (!q) return 1;
  if (service.codes.some((c) => fold(c.code) === q)) return 100;
  const words = q.split(/\s+/);
  const names = [service.plainName ?? '', service.description].map(fold);
  const codes = service.codes.map((c) => fold(c.code)).join(' ');
  const haystack = `${names.join(' ')} ${codes}`;
  if (!words.every((w) => haystack.includes(w))) return 0;
  if (names.some((n) => n.startsWith(q))) return 50;
  if (names.some((n) => n.split(/[^a-z0-9]+/).some((token) => token.startsWith(words[0] ?? '')))) return 20;
  return 10;
}

/** Best match first; the adapter's order among equals. */
export function searchIn(services: readonly Service[], input: { query: string; setting?: string; category?: string; limit: number }): Service[] {
  if (!Number.isInteger(input.limit) || input.limit < 1 || input.limit > 100) {
    throw new FrontdeskError('invalid-input', 'limit must be 1–100.', { fieldErrors: { limit: 'range' } });
  }
  return services
    .filter((s) => (!input.category || s.category === input.category) && (!input.setting || s.setting === input.setting || s.setting === 'both'))
    .map((s, index) => ({ s, index, score: matchScore(s, input.query) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, input.limit)
    .map((m) => m.s);
}

const planIds = new Set(pricingPayers.flatMap((p) => p.plans.map((plan) => plan.id)));

function chargesOf(item: PriceItem, planId: string | undefined): Charges {
  const all = [...planIds].flatMap((id) => ratesFor(item, id)).flatMap((r) => (r.dollar === undefined ? [] : [r.dollar]));
  return {
    service: toService(item),
    ...(item.gross === undefined ? {} : { grossCharge: item.gross }),
    ...(item.cash === undefined ? {} : { discountedCash: item.cash }),
    ...(all.length ? { minNegotiated: Math.min(...all), maxNegotiated: Math.max(...all) } : {}),
    rates: planId ? ratesFor(item, planId) : [],
    ...(item.drug ? { drug: item.drug } : {}),
    ...(item.notes ? { notes: item.notes } : {}),
    source: pricingSource,
  };
}

/** The pricing port over the memory price list (`data/pricing.ts`). */
export function memoryPricing(runtime: MemoryRuntime): Required<PricingPort> {
  const services = priceItems.map(toService);
  return {
    searchServices: (input) => runtime.run('pricing.searchServices', input, () => searchIn(services, input)),
    listCategories: (input) =>
      runtime.run('pricing.listCategories', input, () =>
        pricingCategories.map((c) => ({ ...c, count: services.filter((s) => s.category === c.id).length })),
      ),
    listPlans: (input) => runtime.run('pricing.listPlans', input, () => [...pricingPayers]),
    getCharges: (input) =>
      runtime.run('pricing.getCharges', input, () => {
        const item = priceItems.find((i) => i.id === input.serviceId);
        if (!item) throw new FrontdeskError('not-found', 'Unknown service id.');
        if (input.planId !== undefined && !planIds.has(input.planId)) throw new FrontdeskError('not-found', 'Unknown plan id.');
        return chargesOf(item, input.planId);
      }),
  };
}
