// The published adapter contract suite, over the REST adapter, against the live server on
// both databases: all five ports (scheduling, wait times, feedback, pricing, chat), every case
// runs, none is skipped. Prices come from a CMS file imported as `prices import` does.
import { after, before, describe, it } from 'node:test';
import { EventSource } from 'eventsource';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { runAdapterContractTests } from '../../src/testing/contract.js';
import { importPrices } from '../src/pricing/import.js';
import { cmsExample, plainNames } from './extras-support.js';
import { liveServer, type Kind } from './support.js';

// Node 20 has no EventSource: the adapter pushes wait times over it.
Object.assign(globalThis, { EventSource });

for (const kind of ['embedded', 'postgres'] as Kind[]) {
  void describe(`live frontdesk-server (${kind})`, () => {
    let server: Awaited<ReturnType<typeof liveServer>>;
    before(async () => {
      server = await liveServer(kind, 'contract');
      await importPrices(server.db, [cmsExample], { names: plainNames });
    });
    after(async () => server.close());

    runAdapterContractTests(
      `REST → frontdesk-server on ${kind === 'embedded' ? 'PGlite' : 'PostgreSQL'}`,
      async () => {
        const rest = createRestAdapter({ baseUrl: server.baseUrl });
        return rest;
      },
      { describe, it, after, ports: ['scheduling', 'waitTimes', 'feedback', 'pricing', 'chat'] },
    );
  });
}
