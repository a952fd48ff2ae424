// The contract suite as another project runs it, bundled for Node (scripts/contract-runners.mjs):
// a waitTimes-only adapter without `subscribe`, tested with location ids from the options.
// Everything it lacks (waitTimes.subscribe, every other port) must be reported as skipped.
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { runAdapterContractTests, type ContractTestOptions } from '../../src/testing/contract.js';

export { runAdapterContractTests };

const ids = { locationIds: ['phoenix', 'albuquerque', 'las-vegas'] };

const waitTimesOnly = () => {
  const memory = createMemoryAdapter();
  return { waitTimes: { getWaitTimes: memory.waitTimes.getWaitTimes } };
};

/** Registers the fixture suites; `runtime` adds one with an async factory (skipped at run time). */
export function registerContractFixtures(runner: Pick<ContractTestOptions, 'describe' | 'it' | 'after'>, runtime: boolean): void {
  runAdapterContractTests('waitTimes only (sync factory)', waitTimesOnly, { ...runner, ports: ['waitTimes'], ids });
  if (runtime) runAdapterContractTests('waitTimes only (async factory)', async () => waitTimesOnly(), { ...runner, ports: ['waitTimes'], ids });
}
