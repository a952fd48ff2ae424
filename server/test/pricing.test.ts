// Pricing from the database: `prices import` of a CMS file gives the same answers as the static
// price index built from that file by frontdesk-prices (the same code path), an index file
// imports as it is, the newest import is live, and the import keeps what the console shows.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { createPriceIndexAdapter } from '../../src/adapters/price-index/index.js';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { importPrices } from '../src/pricing/import.js';
import { cmsExample, plainNames } from './extras-support.js';
import { liveServer, serverDir, tempDir } from './support.js';

const builtIndex = join(serverDir, '../test/fixtures/cms-price-transparency/v3-example.prices.json');
const fileFetch: typeof fetch = async (input) => new Response(await readFile(fileURLToPath(input instanceof Request ? input.url : input)));

void describe('pricing (embedded)', () => {
  let s: Awaited<ReturnType<typeof liveServer>>;
  before(async () => {
    s = await liveServer('embedded', 'pricing');
  });
  after(async () => s.close());

  it('answers nothing before an import', async () => {
    const rest = createRestAdapter({ baseUrl: s.baseUrl }).pricing;
    assert.deepEqual(await rest.searchServices({ query: '', limit: 5 }), []);
    assert.deepEqual(await rest.listPlans({}), []);
  });

  it('a CMS file imported answers exactly as the static index built from it', async () => {
    const result = await importPrices(s.db, [cmsExample], { names: plainNames });
    assert.ok(result.summary.services > 0 && result.summary.rates > 0);
    const rest = createRestAdapter({ baseUrl: s.baseUrl }).pricing;
    const index = createPriceIndexAdapter({ url: pathToFileURL(builtIndex).href, fetch: fileFetch }).pricing;
    assert.deepEqual(await rest.listPlans({}), await index.listPlans({}));
    assert.deepEqual(await rest.listCategories({}), await index.listCategories({}));
    for (const query of ['', 'mri', 'office visit', '99213', 'rayos', 'zzz']) {
      assert.deepEqual(await rest.searchServices({ query, limit: 100 }), await index.searchServices({ query, limit: 100 }), query);
    }
    const services = await index.searchServices({ query: '', limit: 100 });
    const plans = (await index.listPlans({})).flatMap((p) => p.plans.map((plan) => plan.id));
    for (const service of services) {
      for (const planId of [undefined, ...plans]) {
        assert.deepEqual(await rest.getCharges({ serviceId: service.id, planId }), await index.getCharges({ serviceId: service.id, planId }), `${service.id} ${planId}`);
      }
    }
  });

  it('imports an index file as it is, makes it live and keeps the last three imports with their inputs and sources', async () => {
    for (let i = 0; i < 3; i++) await importPrices(s.db, [builtIndex]);
    const imports = await s.db.query<{ live: boolean; inputs: string[]; sources: Array<{ fileName: string }> }>('SELECT live, inputs, sources FROM price_imports ORDER BY id');
    assert.equal(imports.length, 3);
    assert.deepEqual(imports.map((i) => i.live), [false, false, true]);
    assert.deepEqual(imports[2].inputs, ['v3-example.prices.json']);
    assert.equal(imports[2].sources[0].fileName, 'v3-example.json');
  });

  it('frontdesk-server prices import (the built CLI) imports a CSV file into the embedded database and reports its problems', () => {
    const data = tempDir('fd-prices-');
    try {
      const csv = join(serverDir, '../test/fixtures/cms-price-transparency/v3-tall-example.csv');
      const out = execFileSync(process.execPath, [join(serverDir, 'dist/main.js'), 'prices', 'import', csv, '--data', data.dir], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
      assert.match(out, /Prices imported and live: [1-9]\d* services/);
    } finally {
      data.remove();
    }
  });
});
