// The published adapter contract suite, over the REST adapter, against the live server on
// both databases (scheduling and wait times: every case runs, none is skipped).
import { after, before, describe, it } from 'node:test';
import { EventSource } from 'eventsource';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { runAdapterContractTests } from '../../src/testing/contract.js';
import { liveServer, type Kind } from './support.js';
import { withManageTokens } from './manage-token-fetch.js';

// Node 20 has no EventSource: the adapter pushes wait times over it.
Object.assign(globalThis, { EventSource });

for (const kind of ['embedded', 'postgres'] as Kind[]) {
  void describe(`live frontdesk-server (${kind})`, () => {
    let server: Awaited<ReturnType<typeof liveServer>>;
    before(async () => {
      server = await liveServer(kind, 'contract');
    });
    after(async () => server.close());

    runAdapterContractTests(
      `REST → frontdesk-server on ${kind === 'embedded' ? 'PGlite' : 'PostgreSQL'}`,
      async () => {
        const rest = createRestAdapter({ baseUrl: server.baseUrl, fetch: withManageTokens(fetch) });
        return { scheduling: rest.scheduling, waitTimes: rest.waitTimes };
      },
      { describe, it, after, ports: ['scheduling', 'waitTimes'] },
    );
  });
}
