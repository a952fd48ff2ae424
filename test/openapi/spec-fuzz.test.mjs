// Spec fuzz: for every JSON response of openapi.yaml, random instances generated from the
// document (json-schema-faker, not the zod schemas) with its `x-frontdesk-rules` applied must
// all be accepted by the widgets' guard, read through the REST adapter exactly as a widget
// reads them: no refusal and no field left out. Prints the table endpoint × accepted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsImport } from 'tsx/esm/api';
import { generate, jsonResponses, seeded } from './spec-instances.mjs';

const PER_ENDPOINT = Number(process.env.FD_FUZZ_N ?? 200);
const load = (path) => tsImport(path, import.meta.url);
const [{ createRestAdapter }, { guardPort }, ports] = await Promise.all([
  load('../../src/adapters/rest/index.ts'),
  load('../../src/core/guard.ts'),
  Promise.all(['scheduling', 'wait-times', 'pricing', 'chat', 'feedback'].map((p) => load(`../../src/core/ports/${p}.ts`))),
]);
const [{ schedulingPort }, { waitTimesPort }, { pricingPort }, { chatPort }, { feedbackPort }] = ports;

const patient = { givenName: 'Rosa', familyName: 'Delgado', birthDate: '1980-04-02', phone: '+16025550100', email: 'rosa@example.org' };
/** operationId → the port method a widget calls for it, with an input the adapter accepts. */
const calls = {
  listLocations: ['scheduling', 'listLocations', {}],
  listVisitTypes: ['scheduling', 'listVisitTypes', {}],
  listProviders: ['scheduling', 'listProviders', {}],
  findSlots: ['scheduling', 'findSlots', { from: '2026-03-10T00:00:00Z', to: '2026-03-20T00:00:00Z', visitTypeId: 'sick' }],
  holdSlot: ['scheduling', 'holdSlot', { slotId: 's1' }],
  releaseHold: ['scheduling', 'releaseHold', { holdId: 'h1' }],
  book: ['scheduling', 'book', { holdId: 'h1', patient, reminders: { sms: false, email: false } }],
  findAppointment: ['scheduling', 'findAppointment', { confirmationCode: 'K7QM-42', birthDate: '1980-04-02' }],
  reschedule: ['scheduling', 'reschedule', { appointmentId: 'a1', holdId: 'h1', manageToken: 't' }],
  cancel: ['scheduling', 'cancel', { appointmentId: 'a1', manageToken: 't' }],
  getWaitTimes: ['waitTimes', 'getWaitTimes', { locationIds: ['phoenix'] }],
  searchServices: ['pricing', 'searchServices', { query: 'mri', limit: 10 }],
  listCategories: ['pricing', 'listCategories', {}],
  listPlans: ['pricing', 'listPlans', {}],
  getCharges: ['pricing', 'getCharges', { serviceId: 'svc' }],
  getChatAvailability: ['chat', 'getAvailability', {}],
  startConversation: ['chat', 'startConversation', {}],
  sendMessage: ['chat', 'send', { conversationId: 'c1', clientMessageId: 'm1', text: 'Hi' }],
  getChatEvents: ['chat', 'history', { conversationId: 'c1' }],
  markRead: ['chat', 'markRead', { conversationId: 'c1', cursor: 'x' }],
  endConversation: ['chat', 'end', { conversationId: 'c1' }],
  leaveMessage: ['chat', 'leaveMessage', { contact: { name: 'Rosa', phone: '+16025550100' }, text: 'Call me' }],
  getSurveyForTouchpoint: ['feedback', 'getSurvey', { touchpoint: 'after-visit' }],
  getSurvey: ['feedback', 'getSurvey', { surveyId: 'phq9' }],
  submitSurvey: ['feedback', 'submit', { surveyId: 'phq9', answers: [] }],
  saveDraft: ['feedback', 'savePartial', { responseId: 'r1', surveyId: 'phq9', answers: [] }],
  expandValueSet: ['feedback', 'expandValueSet', { url: 'http://loinc.org/vs/LL358-3' }],
};
/** The dotted path of the first place `a` (read) and `b` (sent) differ, or undefined when they are equal. */
function firstDifference(a, b, path = '') {
  // The guard reads a FHIR `valueString` written as a number as its text (LHC-Forms does this; the document allows both).
  if (Object.is(a, b) || (path.endsWith('valueString') && typeof b === 'number' && a === String(b))) return undefined;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return path || '(root)';
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference(a[key], b[key], path ? `${path}.${key}` : key);
    if (d !== undefined) return d;
  }
  return undefined;
}
const firstAt = (value, path) => path.split('.').reduce((v, k) => v?.[k], value);

const specs = { scheduling: schedulingPort, waitTimes: waitTimesPort, pricing: pricingPort, chat: chatPort, feedback: feedbackPort };

test(`every JSON response schema: ${PER_ENDPOINT} instances generated from openapi.yaml are all accepted by the guard`, async () => {
  let body;
  const adapter = createRestAdapter({ baseUrl: 'https://api.practice.example/frontdesk', eventSource: false, fetch: async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }) });
  const consoleError = console.error;
  const rows = [];
  const refused = [];
  const started = performance.now();
  try {
    for (const { operationId, method, path, schema } of jsonResponses()) {
      const call = calls[operationId];
      assert.ok(call, `no port method known for ${operationId}: add it to the fuzz`);
      const [port, name, input] = call;
      const guarded = guardPort(adapter[port], specs[port], `fuzz.${operationId}`, { policy: { retries: 0 } });
      let accepted = 0;
      const t0 = performance.now();
      for (let seed = 1; seed <= PER_ENDPOINT; seed++) {
        body = generate(schema, seeded(seed * 7919 + operationId.length));
        const lines = [];
        console.error = (...args) => lines.push(args.join(' '));
        try {
          const sent = JSON.stringify(body);
          const read = await guarded[name]({ ...input });
          // Accepted whole: nothing left out (the guard names a dropped field once per page, so compare too).
          const changed = firstDifference(read, JSON.parse(sent));
          if (lines.length === 0 && changed === undefined) accepted++;
          else if (changed !== undefined) refused.push(`${operationId} seed ${seed}: changed at ${changed}: ${JSON.stringify(firstAt(JSON.parse(sent), changed))?.slice(0, 200)}`);
          else refused.push(`${operationId} seed ${seed}: ${lines[0]}`);
        } catch (error) {
          refused.push(`${operationId} seed ${seed}: ${error.message.split('\n')[0]}`);
        } finally {
          console.error = consoleError;
        }
      }
      rows.push([`${method} ${path}`, accepted, PER_ENDPOINT, Math.round(performance.now() - t0)]);
    }
  } finally {
    console.error = consoleError;
  }
  const width = Math.max(...rows.map(([e]) => e.length));
  console.log(
    `spec fuzz: instances generated from openapi.yaml, read by the guard through the REST adapter (${((performance.now() - started) / 1000).toFixed(1)} s)\n` +
      `${'endpoint'.padEnd(width)}  accepted   ms\n${rows.map(([e, a, n, ms]) => `${e.padEnd(width)}  ${`${a}/${n}`.padStart(8)} ${String(ms).padStart(5)}`).join('\n')}`,
  );
  assert.deepEqual(refused.slice(0, 20), []);
  assert.equal(rows.length, Object.keys(calls).length);
});
