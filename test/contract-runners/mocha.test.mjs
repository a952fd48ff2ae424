// Mocha with its globals (describe/it/after found by the suite itself).
import { registerContractFixtures } from '../../.tmp/contract-runners/fixture.mjs';

registerContractFixtures({}, true);
