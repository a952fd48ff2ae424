import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { ServiceSearch } from '../../../src/adapters/price-index/search.js';
import { restPaths } from '../../../src/adapters/rest/paths.js';
import { Id, Int, Text } from '../../../src/core/schemas/common.js';
import { CareSetting, CategoryList, Charges, PayerList, ServiceList, type Category, type Payer, type Service } from '../../../src/core/schemas/pricing.js';
import type { Queryable } from '../db/port.js';
import { notFound, parse } from '../http/errors.js';
import type { ServerContext } from '../context.js';

const SearchBody = z.object({ query: Text(200), setting: z.optional(CareSetting), category: z.optional(Id), limit: Int(1, 100) });
const ChargesQuery = z.object({ planId: z.optional(Id) });

interface LiveIndex {
  importId: number;
  payers: Payer[];
  categories: Category[];
}

/** The live import's services and their search, kept per process until another import goes live. */
interface Searchable {
  importId: number;
  services: Service[];
  search: ServiceSearch;
}

async function liveIndex(db: Queryable): Promise<LiveIndex | undefined> {
  const [row] = await db.query<{ id: number; payers: Payer[]; categories: Category[] }>('SELECT id, payers, categories FROM price_imports WHERE live');
  return row && { importId: row.id, payers: row.payers, categories: row.categories };
}

/**
 * The pricing port from the database (`frontdesk-server prices import`). The search ranks as the
 * static price index does (the same `ServiceSearch`), over the live import's services read once
 * per process; charges are read per service. Without an import every list is empty.
 */
export function pricingRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx;
  let cached: Promise<Searchable> | undefined;
  const searchable = async (importId: number): Promise<Searchable> => {
    const current = cached && (await cached.catch(() => undefined));
    if (current?.importId === importId) return current;
    cached = (async () => {
      const rows = await db.query<{ service: Service }>('SELECT service FROM price_services WHERE import_id = $1 ORDER BY position', [importId]);
      const services = rows.map((r) => r.service);
      return { importId, services, search: new ServiceSearch(services) };
    })();
    return cached;
  };

  app.post(restPaths.pricingSearch, { config: ctx.patientLimit }, async (req, reply) => {
    const body = parse(SearchBody, req.body);
    const live = await liveIndex(db);
    if (!live) return ctx.send(reply, ServiceList, []);
    const { services, search } = await searchable(live.importId);
    const keep = (i: number) => {
      const s = services[i];
      return (!body.category || s.category === body.category) && (!body.setting || s.setting === body.setting || s.setting === 'both');
    };
    return ctx.send(reply, ServiceList, search.find(body.query, body.limit, keep).map((i) => services[i]));
  });

  app.get(restPaths.pricingCategories, { config: ctx.patientLimit }, async (_req, reply) => ctx.send(reply, CategoryList, (await liveIndex(db))?.categories ?? []));

  app.get(restPaths.pricingPlans, { config: ctx.patientLimit }, async (_req, reply) => ctx.send(reply, PayerList, (await liveIndex(db))?.payers ?? []));

  app.get(restPaths.pricingCharges, { config: ctx.patientLimit }, async (req: FastifyRequest<{ Params: { serviceId: string } }>, reply) => {
    const serviceId = parse(Id, req.params.serviceId, 'serviceId');
    const { planId } = parse(ChargesQuery, req.query, 'query');
    const live = await liveIndex(db);
    if (!live) throw notFound('service');
    const [row] = await db.query<{ charges: Charges }>('SELECT charges FROM price_services WHERE import_id = $1 AND id = $2', [live.importId, serviceId]);
    if (!row) throw notFound('service');
    if (planId !== undefined && !live.payers.some((p) => p.plans.some((plan) => plan.id === planId))) throw notFound('plan');
    return ctx.send(reply, Charges, { ...row.charges, rates: planId === undefined ? [] : row.charges.rates.filter((r) => r.planId === planId) });
  });
}
