import { expect } from '@open-wc/testing';
import { createPriceIndexAdapter, type PriceIndex, type PriceIndexManifest } from '../../src/adapters/price-index/index.js';
import { shardPath } from '../../src/adapters/price-index/format.js';
import { isFrontdeskError } from '../../src/core/errors.js';
import { Charges, PayerList, ServiceList } from '../../src/core/schemas/pricing.js';
import { runAdapterContractTests } from '../../src/testing/contract.js';

/**
 * Built by `npm run prices:demo` from test/fixtures/cms-price-transparency/v3-example.json (a Node
 * test checks it is current): the sharded index (format 3, small shards so the 22 services
 * spread over several), and the whole-file index (format 1) an earlier version wrote.
 */
const URL_ = '/test/fixtures/cms-price-transparency/v3-example.prices.json';
const WHOLE = '/test/fixtures/cms-price-transparency/v3-example.whole-v1.prices.json';
const fetched = fetch(WHOLE).then((r) => r.json() as Promise<PriceIndex>);

runAdapterContractTests('price index (sharded, url)', () => createPriceIndexAdapter({ url: URL_ }), { ports: ['pricing'] });
runAdapterContractTests('price index (whole file, url)', () => createPriceIndexAdapter({ url: WHOLE }), { ports: ['pricing'] });
runAdapterContractTests('price index (in memory)', async () => createPriceIndexAdapter({ index: await fetched }), { ports: ['pricing'] });

const manifest = () => fetch(URL_).then((r) => r.json() as Promise<PriceIndexManifest>);
/** Service id → shard number, from the search part. */
async function shardOfServices(): Promise<Map<string, number>> {
  const search = (await fetch(new URL((await manifest()).search, new URL(URL_, location.href))).then((r) => r.json())) as { services: [string, string, unknown, number, number][] };
  return new Map(search.services.map((row) => [row[0], row[4]]));
}

const urlOf = (input: RequestInfo | URL) => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

const kind = async (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => (isFrontdeskError(e) ? e.kind : String(e)));
const PPO = 'platform-health-insurance--ppo';
const HMO = 'region-health-insurance--hmo';

describe('price index adapter', () => {
  const { pricing } = createPriceIndexAdapter({ url: URL_ });
  const find = async (query: string, extra: { setting?: 'inpatient' | 'outpatient'; category?: string } = {}) =>
    (await pricing.searchServices({ query, limit: 10, ...extra })).map((s) => s.description);
  const serviceId = async (query: string) => (await pricing.searchServices({ query, limit: 1 }))[0].id;

  it('searches by plain words and by code, a full code first, any case and accent', async () => {
    expect((await find('70551'))[0]).to.equal('MRI of brain (no contrast)');
    expect((await find('MRI'))[0]).to.equal('MRI of brain (no contrast)');
    expect(await find('metabólic')).to.deep.equal(['Basic metabolic panel']);
    expect(await find('hip knee')).to.deep.equal(['Major hip and knee joint replacement or reattachment of lower extremity without mcc']);
    expect((await find('0093-8739-01')).length).to.equal(2);
    expect(await find('no such service')).to.deep.equal([]);
    // Plain names from demo/data/plain-names.csv (--names)
    expect(await find('vitamin b12')).to.deep.equal(['Cyanocobalamin 1000 micrograms/milliliter injection solution']);
    expect((await pricing.searchServices({ query: '70551', limit: 1 }))[0].plainName).to.equal('Brain MRI');
    const all = await pricing.searchServices({ query: '', limit: 100 });
    expect(all.length).to.equal(22);
    expect(ServiceList.safeParse(all).success).to.equal(true);
  });

  it('filters by setting and category; categories come with counts', async () => {
    const inpatient = await pricing.searchServices({ query: '', setting: 'inpatient', limit: 100 });
    expect(inpatient.every((s) => s.setting !== 'outpatient')).to.equal(true);
    expect(inpatient.some((s) => s.setting === 'inpatient')).to.equal(true);
    const categories = await pricing.listCategories({});
    expect(categories.map((c) => c.id)).to.include.members(['labs', 'imaging', 'hospital', 'medications']);
    expect(categories.every((c) => (c.count ?? 0) > 0)).to.equal(true);
    expect(await find('', { category: 'labs' })).to.deep.equal(['Basic metabolic panel']);
    expect(await find('', { category: 'no-such-category' })).to.deep.equal([]);
  });

  it('lists the payers and plans of the file, with ids unique across payers', async () => {
    const payers = await pricing.listPlans({});
    expect(PayerList.parse(payers)).to.deep.equal([
      { id: 'platform-health-insurance', name: 'Platform Health Insurance', plans: [{ id: PPO, name: 'PPO' }] },
      { id: 'region-health-insurance', name: 'Region Health Insurance', plans: [{ id: HMO, name: 'HMO' }] },
    ]);
  });

  it('gives gross, cash, negotiated range and the plan rate in cents, with the source', async () => {
    const charges = Charges.parse(await pricing.getCharges({ serviceId: await serviceId('70551'), planId: PPO }));
    expect(charges).to.deep.include({ grossCharge: 120_000, discountedCash: 108_000, minNegotiated: 25_000, maxNegotiated: 40_000 });
    expect(charges.rates).to.deep.equal([{ planId: PPO, methodology: 'fee schedule', dollar: 40_000 }]);
    expect(charges.service.codes, 'the code a patient can use first, the revenue code last').to.deep.equal([{ type: 'CPT', code: '70551' }, { type: 'RC', code: '611' }]);
    expect(charges.source).to.deep.equal({ fileName: 'v3-example.json', lastUpdatedOn: '2026-04-01', version: '3.0.0', hospitalName: 'West Mercy Hospital' });
    const noPlan = await pricing.getCharges({ serviceId: await serviceId('70551') });
    expect(noPlan.rates).to.deep.equal([]);
  });

  it('percentages and algorithms come with percentiles, counts and notes', async () => {
    const er = await pricing.getCharges({ serviceId: await serviceId('99283'), planId: HMO });
    expect(er.rates).to.deep.equal([{ planId: HMO, methodology: 'percent of total billed charges', percentage: 75, medianAmount: 650_254, p10: 412_270, p90: 1_000_127, count: '175' }]);
    const pacemaker = await pricing.getCharges({ serviceId: await serviceId('C1785'), planId: PPO });
    expect(pacemaker.rates[0].algorithm).to.match(/110% of the actual cost/);
    expect(pacemaker.rates[0].notes).to.equal('Methodology is explained in algorithm data element.');
    const observation = await pricing.getCharges({ serviceId: await serviceId('observation room'), planId: PPO });
    expect(observation.rates.map((r) => r.dollar)).to.deep.equal([800_000, 1_000_000]);
    const aspirin = await pricing.getCharges({ serviceId: await serviceId('aspirin'), planId: PPO });
    expect(aspirin.drug).to.deep.equal({ amount: 1, unit: 'UN' });
  });

  it('refuses unknown ids and bad limits with typed errors', async () => {
    const id = await serviceId('mri');
    expect(await kind(pricing.getCharges({ serviceId: 'nope' }))).to.equal('not-found');
    expect(await kind(pricing.getCharges({ serviceId: id, planId: 'nope' }))).to.equal('not-found');
    expect(await kind(pricing.searchServices({ query: '', limit: 101 }))).to.equal('invalid-input');
  });

  it('a missing index, a foreign file or a newer version are clear errors; a failed load is tried again', async () => {
    expect(await kind(createPriceIndexAdapter({ url: '/demo/data/missing.json' }).pricing.listPlans({}))).to.equal('not-found');
    const index = await fetched;
    expect(await kind(createPriceIndexAdapter({ index: { ...index, version: 4 } as unknown as PriceIndex }).pricing.listPlans({}))).to.equal('invalid-response');
    // A format-2 manifest (one name per shard) is refused with the fix: rebuild.
    const v2 = { ...(await manifest()), version: 2, shards: [shardPath(await manifest(), 0)] };
    const older: typeof fetch = async (input, init) => (urlOf(input).endsWith('v3-example.prices.json') ? Response.json(v2) : fetch(input, init));
    const refused = await createPriceIndexAdapter({ url: URL_, fetch: older })
      .pricing.listPlans({})
      .catch((e: unknown) => e);
    expect(isFrontdeskError(refused) && refused.kind === 'invalid-response' && refused.message, 'format 2').to.match(/rebuild/);
    expect(await kind(createPriceIndexAdapter({ index: { hello: 1 } as unknown as PriceIndex }).pricing.listPlans({}))).to.equal('invalid-response');
    expect(await kind(createPriceIndexAdapter({ index: { ...index, sources: [] } }).pricing.listPlans({}))).to.equal('invalid-response');
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => (++calls === 1 ? Promise.reject(new TypeError('offline')) : fetch(input, init));
    const adapter = createPriceIndexAdapter({ url: URL_, fetch: flaky });
    expect(await kind(adapter.pricing.listPlans({}))).to.equal('network');
    expect((await adapter.pricing.listPlans({})).length).to.equal(2);
    expect(calls, 'the failed manifest, then the manifest and the search part').to.equal(3);
  });

  it('accepts the index whatever content type a static host gives it; HTML or broken JSON is invalid-response', async () => {
    const body = JSON.stringify(await fetched);
    const served = (text: string, type: string): typeof fetch => async () => new Response(text, { headers: { 'content-type': type } });
    for (const type of ['text/plain', 'application/octet-stream', '']) {
      expect((await createPriceIndexAdapter({ url: URL_, fetch: served(body, type) }).pricing.listPlans({})).length).to.equal(2);
    }
    expect(await kind(createPriceIndexAdapter({ url: URL_, fetch: served('<!doctype html><p>Not found', 'text/html') }).pricing.listPlans({}))).to.equal('invalid-response');
    expect(await kind(createPriceIndexAdapter({ url: URL_, fetch: served(body.slice(0, 100), 'application/json') }).pricing.listPlans({}))).to.equal('invalid-response');
    const limited: typeof fetch = async () => new Response('', { status: 503, headers: { 'retry-after': '5' } });
    expect(await kind(createPriceIndexAdapter({ url: URL_, fetch: limited }).pricing.listPlans({}))).to.equal('unavailable');
  });

  it('an abort rejects at once with an AbortError; the shared load goes on for the other callers', async () => {
    const adapter = createPriceIndexAdapter({ url: URL_ });
    const controller = new AbortController();
    const aborted = adapter.pricing.listPlans({ signal: controller.signal });
    const other = adapter.pricing.listPlans({});
    controller.abort();
    const error = await aborted.then(() => undefined, (e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
    expect((await other).length).to.equal(2);
  });

  it('each service answers with its own file as source (an index of several files)', async () => {
    const index = await fetched;
    const second = { ...index.sources[0], fileName: 'clinic.csv', lastUpdatedOn: '2026-05-01', fileFormat: 'csv-tall' as const };
    const services = index.services.map((row, i) => (i === 0 ? (Object.assign([...row], { 13: 1 }) as typeof row) : row));
    const { pricing: two } = createPriceIndexAdapter({ index: { ...index, sources: [index.sources[0], second], services } });
    const [first, other] = [index.services[0][0], index.services[1][0]];
    expect((await two.getCharges({ serviceId: first })).source).to.deep.include({ fileName: 'clinic.csv', lastUpdatedOn: '2026-05-01' });
    expect((await two.getCharges({ serviceId: other })).source.fileName).to.equal('v3-example.json');
  });

  it('loads the whole-file index once for every call', async () => {
    let calls = 0;
    const counting: typeof fetch = async (input, init) => (calls++, fetch(input, init));
    const adapter = createPriceIndexAdapter({ url: WHOLE, fetch: counting });
    await Promise.all([adapter.pricing.listPlans({}), adapter.pricing.searchServices({ query: 'mri', limit: 5 }), adapter.pricing.listCategories({})]);
    await adapter.pricing.getCharges({ serviceId: await serviceId('mri') });
    expect(calls).to.equal(1);
  });

  it('sharded: the manifest and the search part once; the shard of a service when it is chosen, once', async () => {
    const requested: string[] = [];
    const logging: typeof fetch = async (input, init) => (requested.push(urlOf(input)), fetch(input, init));
    const adapter = createPriceIndexAdapter({ url: URL_, fetch: logging });
    await Promise.all([adapter.pricing.listPlans({}), adapter.pricing.searchServices({ query: 'mri', limit: 5 }), adapter.pricing.listCategories({})]);
    expect(requested.map((u) => u.replace(/.*cms-price-transparency\//, ''))).to.deep.equal(['v3-example.prices.json', `v3-example.prices/${(await manifest()).search.split('/')[1]}`]);
    const id = await serviceId('70551');
    await adapter.pricing.getCharges({ serviceId: id, planId: PPO });
    await adapter.pricing.getCharges({ serviceId: id });
    const shards = requested.slice(2);
    expect(shards.length).to.equal(1);
    expect(shards[0]).to.match(/\/v3-example\.prices\/c\.[0-9a-f]{16}\/\d+\.json$/, 'a content-hashed part next to the manifest');
  });

  it('sharded: a missing or damaged shard fails the charges of its services only, and is fetched again', async () => {
    const index = await manifest();
    expect(index.shardCount).to.be.greaterThan(1);
    const broken = shardPath(index, 0);
    for (const [fault, expected] of [[() => new Response('', { status: 404 }), 'not-found'], [() => new Response('{"format":"frontdesk-price-charges"', { status: 200 }), 'invalid-response'], [() => Response.json({ hello: 1 }), 'invalid-response']] as const) {
      let failing = true;
      const faulty: typeof fetch = async (input, init) => (failing && urlOf(input).endsWith(broken) ? fault() : fetch(input, init));
      const adapter = createPriceIndexAdapter({ url: URL_, fetch: faulty });
      const all = await adapter.pricing.searchServices({ query: '', limit: 100 });
      const shardOf = await shardOfServices();
      const victim = all.find((s) => shardOf.get(s.id) === 0)!;
      const other = all.find((s) => shardOf.get(s.id) !== 0)!;
      expect(await kind(adapter.pricing.getCharges({ serviceId: victim.id, planId: PPO }))).to.equal(expected);
      expect(Charges.safeParse(await adapter.pricing.getCharges({ serviceId: other.id, planId: PPO })).success, 'another shard still answers').to.equal(true);
      expect((await adapter.pricing.searchServices({ query: 'mri', limit: 5 })).length, 'search still answers').to.be.greaterThan(0);
      failing = false;
      expect((await adapter.pricing.getCharges({ serviceId: victim.id })).service.id, 'tried again').to.equal(victim.id);
    }
  });

  it('an index in memory must be a whole-file one; the sharded format and the whole file answer alike', async () => {
    expect(await kind(createPriceIndexAdapter({ index: (await manifest()) as unknown as PriceIndex }).pricing.listPlans({}))).to.equal('invalid-response');
    const [sharded, whole] = [createPriceIndexAdapter({ url: URL_ }).pricing, createPriceIndexAdapter({ url: WHOLE }).pricing];
    const all = await sharded.searchServices({ query: '', limit: 100 });
    expect(await whole.searchServices({ query: '', limit: 100 })).to.deep.equal(all);
    for (const s of all) {
      for (const planId of [PPO, HMO]) expect(await sharded.getCharges({ serviceId: s.id, planId })).to.deep.equal(await whole.getCharges({ serviceId: s.id, planId }));
    }
    expect(await sharded.listCategories({})).to.deep.equal(await whole.listCategories({}));
    expect(await sharded.listPlans({})).to.deep.equal(await whole.listPlans({}));
  });
});
