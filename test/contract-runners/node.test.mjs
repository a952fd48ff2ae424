// node:test (no globals): describe/it/after passed in.
import { after, describe, it } from 'node:test';
import { registerContractFixtures } from '../../.tmp/contract-runners/fixture.mjs';

registerContractFixtures({ describe, it, after }, true);
