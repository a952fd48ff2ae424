// The package's entries imported in Node (a server render, a bundler's or test runner's analysis):
// none may throw at import. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('the script-tag loader (frontdesk-widgets/frontdesk.js) imports in Node without touching window', async () => {
  assert.equal(typeof globalThis.window, 'undefined');
  await import('../../dist/embed/frontdesk.js');
  assert.equal(typeof globalThis.window, 'undefined');
});
