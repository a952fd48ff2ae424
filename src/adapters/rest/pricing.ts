import type { PricingPort } from '../../core/adapter.js';
import type { CallOptions } from '../../core/port.js';
import { fillPath, restPaths } from './paths.js';

type Get = <T>(path: string, query: Readonly<Record<string, string | undefined>>, options: CallOptions) => Promise<T>;
type PostRead = <T>(path: string, body: object, options: CallOptions) => Promise<T>;

/**
 * The pricing port over the REST contract. The search is a POST (`restPaths.pricingSearch`):
 * the words a patient types stay out of URLs, proxies and access logs.
 */
export const restPricing = (get: Get, postRead: PostRead): Required<PricingPort> => ({
  searchServices: (input) =>
    postRead(restPaths.pricingSearch, { query: input.query, setting: input.setting, category: input.category, limit: input.limit }, input),
  listCategories: (input) => get(restPaths.pricingCategories, {}, input),
  listPlans: (input) => get(restPaths.pricingPlans, {}, input),
  getCharges: (input) => get(fillPath(restPaths.pricingCharges, { serviceId: input.serviceId }), { planId: input.planId }, input),
});
