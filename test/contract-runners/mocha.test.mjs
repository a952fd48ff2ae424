// Mocha with its globals (describe/it/after found by the suite itself).
import { registerContractFixtures } from './bundle/fixture.mjs';

registerContractFixtures({}, true);
