// Vitest without globals: describe/it/afterAll passed in.
import { afterAll, describe, it } from 'vitest';
import { registerContractFixtures } from '../../.tmp/contract-runners/fixture.mjs';

registerContractFixtures({ describe, it, after: afterAll }, true);
