// The request validator the browser flows are checked with (test/contract/requests.test.ts) must
// be able to fail: Prism reports each kind of wrong request, and passes right ones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRequests } from './request-validator.mjs';

const key = { 'idempotency-key': '0b8f6f0e-3c1d-4b3a-9a52-6f3f1f0c2d11' };
const json = { 'content-type': 'application/json' };
const post = (url, body, headers = { ...json, ...key }) => ({ method: 'POST', url, headers, body: JSON.stringify(body) });

test('right requests pass', async () => {
  const checked = await checkRequests([
    { method: 'GET', url: '/wait-times?locationIds=phoenix', headers: {} },
    { method: 'GET', url: '/slots?from=2026-03-10T00%3A00%3A00.000Z&to=2026-05-09T00%3A00%3A00.000Z&visitTypeId=sick', headers: {} },
    post('/holds', { slotId: 'phoenix-1' }),
    post('/appointments/lookup', { confirmationCode: 'K7QM-42', birthDate: '1985-04-12' }, json),
    { method: 'DELETE', url: '/holds/h-1', headers: key },
  ]);
  assert.deepEqual(checked.map((c) => c.violations), [[], [], [], [], []]);
  assert.deepEqual(checked.map((c) => c.operationId), ['getWaitTimes', 'findSlots', 'holdSlot', 'findAppointment', 'releaseHold']);
});

test('each kind of wrong request is reported', async () => {
  const wrong = {
    'a write without its Idempotency-Key': post('/holds', { slotId: 'phoenix-1' }, json),
    'a body field of the wrong type': post('/holds', { slotId: 5 }),
    'a body without a required field': post('/chat/conversations/c-1/messages', { clientMessageId: 'm-1' }),
    'a date of birth that is not a date': post('/appointments/lookup', { confirmationCode: 'K7QM-42', birthDate: 'yesterday' }, json),
    'a required query parameter missing': { method: 'GET', url: '/slots?from=2026-03-10T00%3A00%3A00.000Z', headers: {} },
    'a path of no operation': { method: 'GET', url: '/appointments/a-1/notes', headers: {} },
    'a reschedule without its manage token': post('/appointments/a-1/reschedule', { holdId: 'h-1' }),
    'a body that is not JSON': { method: 'POST', url: '/holds', headers: { ...json, ...key }, body: '{slotId:' },
  };
  const checked = await checkRequests(Object.values(wrong));
  const passed = Object.keys(wrong).filter((_, i) => checked[i].violations.length === 0);
  assert.deepEqual(passed, [], 'wrong requests Prism let through');
});
