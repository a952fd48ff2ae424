import { read } from '../port.js';
import type { CareSetting } from '../schemas/pricing.js';

const schemas = () => import('../schemas/pricing.js');

/**
 * The pricing port: find a service, the plans the practice has rates for, and the charges
 * of one service (for one plan). The estimate itself is a pure function on top
 * (`estimateOutOfPocket`), so every adapter gives the same answer for the same data.
 *
 * - `searchServices`: by plain words or a code, best matches first; an empty `query` lists
 *   services in the adapter's order (with `category`: browse that category). `limit` is
 *   1–100; anything else is refused with `invalid-input`. An unknown `category` gives an
 *   empty list.
 * - `listCategories`: optional; without it the widget offers search only.
 * - `getCharges`: an unknown `serviceId` or `planId` is `not-found`; a known plan without a
 *   rate for the service gives `rates: []`.
 */
export const pricingPort = {
  searchServices: read<{ query: string; setting?: CareSetting; category?: string; limit: number }>()(() => schemas().then((m) => m.ServiceList)),
  listCategories: read<object, true>(true)(() => schemas().then((m) => m.CategoryList)),
  listPlans: read<object>()(() => schemas().then((m) => m.PayerList)),
  getCharges: read<{ serviceId: string; planId?: string }>()(() => schemas().then((m) => m.Charges)),
};
