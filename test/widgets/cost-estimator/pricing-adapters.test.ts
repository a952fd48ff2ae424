import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { matchScore, searchIn } from '../../../src/adapters/memory/pricing.js';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import { isFrontdeskError } from '../../../src/core/errors.js';
import { Charges, ServiceList } from '../../../src/core/schemas/pricing.js';
import { restHandlers } from '../../../src/mocks/rest-handlers.js';
import { runAdapterContractTests } from '../../../src/testing/contract.js';
import { useHandlers } from '../../support/msw.js';

const BASE = '/api/frontdesk';

runAdapterContractTests('memory pricing', () => ({ pricing: createMemoryAdapter().pricing }), { ports: ['pricing'] });
runAdapterContractTests('memory pricing (latency)', () => ({ pricing: createMemoryAdapter({ latencyMs: 20 }).pricing }), { ports: ['pricing'] });
runAdapterContractTests(
  'rest pricing (msw over memory)',
  async () => {
    await useHandlers(...restHandlers(BASE, createMemoryAdapter()));
    return { pricing: createRestAdapter({ baseUrl: BASE, eventSource: false }).pricing };
  },
  { ports: ['pricing'] },
);

const refusal = async (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => (isFrontdeskError(e) ? e.kind : 'other'));

describe('pricing: memory data', () => {
  const { pricing } = createMemoryAdapter();

  it('finds by plain words, by code, by words in any case and accent; a code typed in full ranks first', async () => {
    const names = async (query: string) => (await pricing.searchServices({ query, limit: 5 })).map((s) => s.id);
    expect((await names('mri'))[0]).to.equal('mri-brain');
    expect(await names('70551')).to.deep.equal(['mri-brain']);
    expect((await names('CHOLESTÉROL'))[0]).to.equal('lipid-panel');
    expect((await names('follow-up visit')).slice(0, 3)).to.have.members(['visit-est-10', 'visit-est-20', 'visit-est-30']);
    expect(await names('zzz-nothing')).to.deep.equal([]);
  });

  it('browses a category, honours the limit and the setting, refuses a bad limit', async () => {
    const labs = await pricing.searchServices({ query: '', category: 'labs', limit: 100 });
    expect(labs.length).to.be.greaterThan(5);
    expect(labs.every((s) => s.category === 'labs')).to.equal(true);
    expect(await pricing.searchServices({ query: '', limit: 3 })).to.have.length(3);
    const inpatient = await pricing.searchServices({ query: '', setting: 'inpatient', limit: 100 });
    expect(inpatient.every((s) => s.setting === 'inpatient' || s.setting === 'both')).to.equal(true);
    expect(await refusal(pricing.searchServices({ query: 'x', limit: 101 }))).to.equal('invalid-input');
    const categories = await pricing.listCategories({});
    expect(categories.find((c) => c.id === 'labs')?.count).to.equal(labs.length);
  });

  it('every service has valid charges for every plan; all money is whole cents', async () => {
    const services = ServiceList.parse(await pricing.searchServices({ query: '', limit: 100 }));
    const plans = (await pricing.listPlans({})).flatMap((p) => p.plans.map((plan) => plan.id));
    for (const s of services) {
      for (const planId of [undefined, ...plans]) Charges.parse(await pricing.getCharges({ serviceId: s.id, planId }));
    }
  });

  it('the fixture items keep their published figures (dollars → cents)', async () => {
    const mri = await pricing.getCharges({ serviceId: 'mri-brain', planId: 'platform-ppo' });
    expect([mri.grossCharge, mri.discountedCash, mri.minNegotiated, mri.maxNegotiated]).to.deep.equal([120_000, 108_000, 25_000, 40_000]);
    expect(mri.rates).to.deep.equal([{ planId: 'platform-ppo', methodology: 'fee schedule', dollar: 40_000 }]);
    expect(mri.source.lastUpdatedOn).to.equal('2026-04-01');
    const er = await pricing.getCharges({ serviceId: 'er-level-3', planId: 'region-hmo' });
    expect(er.rates[0]?.percentage).to.equal(75);
    const csection = await pricing.getCharges({ serviceId: 'c-section', planId: 'platform-ppo' });
    expect(csection.rates[0]?.algorithm).to.match(/covered days/);
    expect(csection.rates[0]?.p90).to.equal(1_700_000);
  });

  it('a plan without a rate for the service gives no rates; an unknown plan or service is not-found', async () => {
    expect((await pricing.getCharges({ serviceId: 'mri-brain', planId: 'sunrise-bronze' })).rates).to.deep.equal([]);
    expect((await pricing.getCharges({ serviceId: 'mri-brain' })).rates).to.deep.equal([]);
    expect(await refusal(pricing.getCharges({ serviceId: 'mri-brain', planId: 'no-such-plan' }))).to.equal('not-found');
    expect(await refusal(pricing.getCharges({ serviceId: 'nope' }))).to.equal('not-found');
  });

  it('matchScore: nothing for a word that is not there; searchIn keeps the order among equals', () => {
    const s = { id: 'a', description: 'Lipid panel', codes: [{ type: 'CPT' as const, code: '80061' }], setting: 'outpatient' as const };
    expect(matchScore(s, 'lipid thyroid')).to.equal(0);
    expect(matchScore(s, '80061')).to.equal(100);
    expect(searchIn([s, { ...s, id: 'b' }], { query: 'lipid', limit: 5 }).map((x) => x.id)).to.deep.equal(['a', 'b']);
  });
});

describe('pricing: REST adapter', () => {
  it('searches with a POST: the words typed never appear in the URL', async () => {
    const urls: string[] = [];
    await useHandlers(
      http.all(`${BASE}/*`, ({ request }) => {
        urls.push(`${request.method} ${request.url}`);
        return undefined;
      }),
      ...restHandlers(BASE, createMemoryAdapter()),
    );
    const rest = createRestAdapter({ baseUrl: BASE, eventSource: false });
    const found = await rest.pricing.searchServices({ query: 'pregnancy test', limit: 5 });
    expect(found).to.be.an('array');
    await rest.pricing.getCharges({ serviceId: 'mri-brain', planId: 'region-hmo' });
    expect(urls.some((u) => u.startsWith('POST') && u.endsWith('/pricing/services/search'))).to.equal(true);
    expect(urls.some((u) => u.includes('/pricing/services/mri-brain/charges?planId=region-hmo'))).to.equal(true);
    expect(urls.join(' ')).not.to.match(/pregnancy/);
  });

  it('a bad search body is a 422 invalid-input', async () => {
    await useHandlers(...restHandlers(BASE, createMemoryAdapter()));
    const rest = createRestAdapter({ baseUrl: BASE, eventSource: false });
    expect(await refusal(rest.pricing.searchServices({ query: 'x', limit: 0 }))).to.equal('invalid-input');
  });
});
