/* eslint-disable @typescript-eslint/no-require-imports -- Jest runs this file as CommonJS, as most Jest projects do */
// Jest with its globals; Jest cannot skip at run time, so only the synchronous factory.
const { registerContractFixtures } = require('../../.tmp/contract-runners/fixture.cjs');

registerContractFixtures({}, false);
