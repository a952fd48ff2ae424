// Jest with its globals; Jest cannot skip at run time, so only the synchronous factory.
const { registerContractFixtures } = require('./bundle/fixture.cjs');

registerContractFixtures({}, false);
