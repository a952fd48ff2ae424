// The OpenAPI 3.1 document of the REST contract, built from the same zod schemas the guard
// uses and the same paths the REST adapter and the msw handlers use, so none can drift.
// The semantics (README "Implementing the REST contract") are its description.
import { readFileSync } from 'node:fs';
import { restPaths } from '../../src/adapters/rest/paths.js';
import { errorKinds } from '../../src/core/errors.js';
import { Location } from '../../src/core/schemas/location.js';
import { Appointment, Hold, HoldRelease, ManagedAppointment, PatientDetails, Provider, Reminders, Slot, VisitType } from '../../src/core/schemas/scheduling.js';
import { WaitTime } from '../../src/core/schemas/wait-times.js';
import { Category, Charges, Payer, Service } from '../../src/core/schemas/pricing.js';
import { ChatAck, ChatAvailability, ChatEvent, ChatContact, ChatConversation, ChatHistory, ChatLeftMessage, ChatMessage, ChatPrechat } from '../../src/core/schemas/chat.js';
import { FeedbackAnswer, FeedbackReceipt, FeedbackSubmission, FhirValueSet, PartialReceipt, SurveyDefinition } from '../../src/core/schemas/feedback.js';
import { SESSION_COOKIE } from '../../server/src/http/staff-schemas.js';
import { componentSchemas } from './components.js';
import { requestExamples, responseExamples } from './examples.js';
import { staffComponents, staffOperations } from './staff.js';

const components = { Location, VisitType, Provider, Slot, Hold, HoldRelease, Appointment, ManagedAppointment, PatientDetails, Reminders, WaitTime, Service, Category, Payer, Charges, ChatAvailability, ChatPrechat, ChatConversation, ChatMessage, ChatHistory, ChatAck, ChatContact, ChatLeftMessage, SurveyDefinition, FeedbackSubmission, FeedbackAnswer, FeedbackReceipt, PartialReceipt, FhirValueSet, ChatEvent, ...staffComponents };
type Name = keyof typeof components;

/** Most items a list answer may hold (the same bounds as the `…List` schemas the guard uses). */
const listBounds: Partial<Record<Name, number>> = { Location: 200, VisitType: 200, Provider: 500, Slot: 5000, WaitTime: 200, Service: 100, Category: 200, Payer: 200 };

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const list = (name: Name) => ({ type: 'array', maxItems: listBounds[name], items: ref(name) });
const id = { type: 'string', minLength: 1, maxLength: 200 };
const text = (maxLength: number) => ({ type: 'string', maxLength });
const object = (properties: Record<string, object>, required: string[]) => ({ type: 'object', required, properties });
const json = (schema: object, example?: unknown) => ({ content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } } });

const errorBody = {
  type: 'object',
  required: ['error'],
  properties: {
    error: object({ code: { type: 'string', enum: [...errorKinds] }, message: text(1000) }, ['code', 'message']),
    errors: {
      type: 'object',
      maxProperties: 100,
      propertyNames: { maxLength: 200 },
      additionalProperties: text(40),
      description: 'Field errors (422): a dotted path into the request body (`patient.birthDate`, `answers.0.values`) or a header name, → a short code (`required`, `invalid`, `too-long`, `reused`).',
    },
  },
};
const retryAfter = { 'Retry-After': { description: 'Seconds, or an HTTP date, before trying again.', schema: { type: 'string', maxLength: 40 } } };
const error = (description: string, code: string, message: string, extra: object = {}) => ({
  description,
  ...extra,
  ...json(ref('Error'), { error: { code, message } }),
});
const errors = {
  '400': error('The request cannot be read: bad JSON, a missing Idempotency-Key, wrong types.', 'invalid-input', 'The request body is not valid JSON.'),
  '401': error('Not signed in, or the manage token is missing, expired or invalid.', 'unauthorized', 'Please sign in again.'),
  '403': error('Not allowed (a manage token of another appointment).', 'unauthorized', 'This link does not match the appointment.'),
  '404': error('No such resource (unknown id, or no appointment for that code and birth date).', 'not-found', 'No such appointment.'),
  '409': error('Conflict: the time is taken, the hold is used or expired, already cancelled, or the same Idempotency-Key is still in flight (with Retry-After: 1).', 'conflict', 'That time is no longer free.', { headers: retryAfter }),
  '422': {
    description: 'Readable but invalid values, with field errors; or an Idempotency-Key reused with another body.',
    ...json(ref('Error'), { error: { code: 'invalid-input', message: 'Some details need another look.' }, errors: { 'patient.birthDate': 'invalid' } }),
  },
  '429': error('Too many requests.', 'rate-limited', 'Too many attempts. Try again in a minute.', { headers: retryAfter }),
  '500': error('Something failed on the server.', 'unavailable', 'Something went wrong.'),
  '503': error('Temporarily unavailable.', 'unavailable', 'Down for maintenance.', { headers: retryAfter }),
};
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: 'One per patient intent (kept across retries); a repeat gets the first final answer. See the description of the document.',
  schema: { type: 'string', minLength: 1, maxLength: 200 },
  example: '0b8f6f0e-3c1d-4b3a-9a52-6f3f1f0c2d11',
};
const query = (name: string, required: boolean, description: string, schema: object = id) => ({ name, in: 'query', required, description, schema });
const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: id });
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

interface Op {
  operationId: string;
  tag: string;
  summary: string;
  response: object;
  example: unknown;
  parameters?: object[];
  body?: object;
  /** Writes carry an Idempotency-Key. */
  write?: boolean;
  security?: object[];
  headers?: object;
  description?: string;
}
const operation = (op: Op) => ({
  operationId: op.operationId,
  summary: op.summary,
  ...(op.description ? { description: op.description } : {}),
  tags: [op.tag],
  ...(op.security ? { security: op.security } : {}),
  parameters: [...(op.write ? [idempotencyKey] : []), ...(op.parameters ?? [])],
  ...(op.body ? { requestBody: { required: true, ...json(op.body, requestExamples[op.operationId]) } } : {}),
  responses: { '200': { description: 'OK', ...(op.headers ? { headers: op.headers } : {}), ...json(op.response, op.example) }, ...errors },
});

/** The README section "Implementing the REST contract": the semantics, one text for both. */
function semantics(): string {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('### Implementing the REST contract');
  const end = readme.indexOf('\n##', start + 10);
  return readme.slice(readme.indexOf('\n', start) + 1, end).trim();
}

const manage = [{ manageToken: [] }];
const csrf = {
  name: 'X-CSRF-Token',
  in: 'header',
  required: true,
  description: 'The csrfToken the sign-in answered (staff writes only).',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' },
};
const ex = responseExamples;

export function openApiDocument(): Record<string, unknown> {
  const p = restPaths;
  const paths: Record<string, Record<string, object>> = {};
  const add = (path: string, method: string, op: Op) => ((paths[openApiPath(path)] ??= {})[method] = operation(op));
  const S = 'Scheduling', W = 'Wait times', P = 'Pricing', C = 'Chat', F = 'Feedback', T = 'Staff (frontdesk-server)';

  add(p.locations, 'get', { operationId: 'listLocations', tag: S, summary: 'The practice’s locations', response: list('Location'), example: ex.Location });
  add(p.visitTypes, 'get', { operationId: 'listVisitTypes', tag: S, summary: 'Visit types patients can book', response: list('VisitType'), example: ex.VisitType });
  add(p.providers, 'get', {
    operationId: 'listProviders', tag: S, summary: 'Clinicians, optionally those offering a visit type or working at a location', response: list('Provider'), example: ex.Provider,
    parameters: [query('visitTypeId', false, 'Only those offering this visit type'), query('locationId', false, 'Only those at this location')],
  });
  add(p.slots, 'get', {
    operationId: 'findSlots', tag: S, summary: 'Free times whose start is in [from, to)', response: list('Slot'), example: ex.Slot,
    description: 'At most 62 days between from and to (longer: 422). At most 5,000 slots: a backend with more answers the earliest 5,000 with `X-Frontdesk-Truncated: true`. Another patient’s active hold hides a slot.',
    headers: { 'X-Frontdesk-Truncated': { description: '`true` when more slots exist in the window than the answer holds.', schema: { type: 'string', enum: ['true', 'false'] } } },
    parameters: [
      query('from', true, 'RFC 3339 instant with offset', { type: 'string', format: 'date-time', maxLength: 40 }),
      query('to', true, 'RFC 3339 instant with offset, at most 62 days after from', { type: 'string', format: 'date-time', maxLength: 40 }),
      query('visitTypeId', true, 'The visit type (unknown: 404)'),
      query('providerId', false, 'Only this clinician (unknown: an empty list)'),
      query('locationId', false, 'Only this location (unknown: an empty list)'),
    ],
  });
  add(p.holds, 'post', { operationId: 'holdSlot', tag: S, summary: 'Hold a time for 10 minutes while the patient types', write: true, body: object({ slotId: id }, ['slotId']), response: ref('Hold'), example: ex.Hold });
  add(p.hold, 'delete', { operationId: 'releaseHold', tag: S, summary: 'Release a hold (an expired, used or unknown hold answers released: false)', write: true, parameters: [pathParam('holdId')], response: ref('HoldRelease'), example: ex.HoldRelease });
  add(p.appointments, 'post', {
    operationId: 'book', tag: S, summary: 'Book the held time (a used or expired hold: 409); answers the manage token', write: true, response: ref('ManagedAppointment'), example: ex.ManagedAppointment,
    body: object({ holdId: id, patient: ref('PatientDetails'), reason: text(500), reminders: ref('Reminders') }, ['holdId', 'patient', 'reminders']),
  });
  add(p.appointmentLookup, 'post', {
    operationId: 'findAppointment', tag: S, summary: 'Find an appointment by confirmation code and date of birth (a read; a POST so neither is in a URL; no Idempotency-Key); answers the manage token', response: ref('ManagedAppointment'), example: ex.ManagedAppointment,
    body: object({ confirmationCode: text(40), birthDate: { type: 'string', format: 'date', pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' } }, ['confirmationCode', 'birthDate']),
  });
  add(p.reschedule, 'post', {
    operationId: 'reschedule', tag: S, summary: 'Move an appointment to a held time (same id and confirmation code)', write: true, security: manage, parameters: [pathParam('appointmentId')],
    body: object({ holdId: id }, ['holdId']), response: ref('ManagedAppointment'), example: ex.ManagedAppointment,
  });
  add(p.cancel, 'post', {
    operationId: 'cancel', tag: S, summary: 'Cancel an appointment (already cancelled, with a new key: 409)', write: true, security: manage, parameters: [pathParam('appointmentId')],
    body: object({ reason: text(500) }, []), response: ref('Appointment'), example: ex.CancelledAppointment,
  });
  const locationIds = query('locationIds', true, 'Comma-separated location ids (an unknown id: 404)', { type: 'string', minLength: 1, maxLength: 4000 });
  add(p.waitTimes, 'get', { operationId: 'getWaitTimes', tag: W, summary: 'Current waits', parameters: [locationIds], response: list('WaitTime'), example: ex.WaitTime });
  (paths[p.waitTimesStream] ??= {}).get = {
    operationId: 'streamWaitTimes',
    summary: 'Current waits as Server-Sent Events',
    description: 'Each `message` event’s data is a JSON WaitTime[] on one line: sent on connect and on every change. A comment line (`: ping`) every 25 s; `retry: 5000` advised. EventSource cannot send headers: the stream is public or uses the session cookie.',
    tags: [W],
    parameters: [locationIds],
    responses: {
      '200': { description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' }, example: `retry: 5000\n\ndata: ${JSON.stringify(ex.WaitTime)}\n\n: ping\n\n` } } },
      ...errors,
    },
  };
  add(p.pricingSearch, 'post', {
    operationId: 'searchServices', tag: P, summary: 'Find services by plain words or code, best match first (a read sent as a POST: what a patient types never goes in a URL)', response: list('Service'), example: ex.Service,
    body: object(
      { query: { ...text(200), description: 'Words or a code; empty lists services (with category: browse it).' }, setting: { type: 'string', enum: ['inpatient', 'outpatient', 'both'] }, category: id, limit: { type: 'integer', minimum: 1, maximum: 100 } },
      ['query', 'limit'],
    ),
  });
  add(p.pricingCategories, 'get', { operationId: 'listCategories', tag: P, summary: 'Categories of services to browse', response: list('Category'), example: ex.Category });
  add(p.pricingPlans, 'get', { operationId: 'listPlans', tag: P, summary: 'Payers and the plans the practice has negotiated rates with', response: list('Payer'), example: ex.Payer });
  add(p.pricingCharges, 'get', {
    operationId: 'getCharges', tag: P, summary: 'Standard charges of one service (integer cents), with the rates of the plan asked for; charges.service.id is the id asked for', response: ref('Charges'), example: ex.Charges,
    parameters: [pathParam('serviceId'), query('planId', false, 'A plan id from /pricing/plans; without it, rates is empty')],
  });
  add(p.chatAvailability, 'get', { operationId: 'getChatAvailability', tag: C, summary: 'Whether someone answers chat now, with chat hours in the practice’s zone', response: ref('ChatAvailability'), example: ex.ChatAvailability });
  add(p.chatConversations, 'post', { operationId: 'startConversation', tag: C, summary: 'Start a conversation (optional pre-chat details)', write: true, body: object({ prechat: ref('ChatPrechat') }, []), response: ref('ChatConversation'), example: ex.ChatConversation });
  add(p.chatMessages, 'post', {
    operationId: 'sendMessage', tag: C, summary: 'Send a patient message; idempotent on clientMessageId too (a repeat answers the first message, never posts twice)', write: true, parameters: [pathParam('conversationId')],
    body: object({ clientMessageId: id, text: { type: 'string', minLength: 1, maxLength: 4000 } }, ['clientMessageId', 'text']), response: ref('ChatMessage'), example: ex.ChatMessage,
  });
  add(p.chatEvents, 'get', {
    operationId: 'getChatEvents', tag: C, summary: 'Every event after the cursor, in order (at most 500; continue from the cursor), polled for live events', response: ref('ChatHistory'), example: ex.ChatHistory,
    parameters: [pathParam('conversationId'), query('after', false, 'An opaque cursor from an earlier answer; without it, from the start')],
  });
  (paths[openApiPath(p.chatEventsStream)] ??= {}).get = {
    operationId: 'streamChatEvents',
    summary: 'A conversation\u2019s events as Server-Sent Events (no polling while the stream works)',
    description: 'Every event after `after` (or the `Last-Event-ID` header on a reconnect) in order, each a `message` event whose data is a JSON ChatEvent on one line and whose id is its cursor; then each new event as it happens, and typing changes (which carry no cursor and are not kept). A comment line as a heartbeat; `retry:` first. On any failure the client fills the gap with GET …/events from its last cursor.',
    tags: [C],
    parameters: [pathParam('conversationId'), query('after', false, 'A cursor from an earlier answer; without it, from the start')],
    responses: {
      '200': { description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' }, example: `retry: 3000\n\nid: 1\ndata: ${JSON.stringify({ type: 'agent-joined', agentName: 'Maria (front desk)', cursor: '1' })}\n\n: heartbeat\n\n` } } },
      ...errors,
    },
  };
  add(p.chatRead, 'post', { operationId: 'markRead', tag: C, summary: 'The patient has seen everything up to the cursor', write: true, parameters: [pathParam('conversationId')], body: object({ cursor: id }, ['cursor']), response: ref('ChatAck'), example: ex.ChatAck });
  add(p.chatEnd, 'post', { operationId: 'endConversation', tag: C, summary: 'The patient ended the chat', write: true, parameters: [pathParam('conversationId')], response: ref('ChatAck'), example: ex.ChatAck });
  add(p.chatCallbacks, 'post', {
    operationId: 'leaveMessage', tag: C, summary: 'Outside chat hours: leave a message for a call back', write: true, response: ref('ChatLeftMessage'), example: ex.ChatLeftMessage,
    body: object({ contact: ref('ChatContact'), topic: text(80), text: { type: 'string', minLength: 1, maxLength: 2000 } }, ['contact', 'text']),
  });
  const locale = query('locale', false, 'en or es: the survey’s text in that language when the practice has it', { type: 'string', maxLength: 35 });
  add(p.surveys, 'get', { operationId: 'getSurveyForTouchpoint', tag: F, summary: 'The survey for a touchpoint: a Frontdesk survey or a FHIR R4 Questionnaire', parameters: [query('touchpoint', true, 'post-visit, post-booking, post-chat…'), locale], response: ref('SurveyDefinition'), example: ex.SurveyDefinition });
  add(p.survey, 'get', { operationId: 'getSurvey', tag: F, summary: 'A survey by id', parameters: [pathParam('surveyId'), locale], response: ref('SurveyDefinition'), example: ex.SurveyDefinition });
  add(p.surveyResponses, 'post', { operationId: 'submitSurvey', tag: F, summary: 'Submit a survey response (answers, and a FHIR QuestionnaireResponse for a Questionnaire)', write: true, body: ref('FeedbackSubmission'), response: ref('FeedbackReceipt'), example: ex.FeedbackReceipt });
  add(p.surveyDraft, 'post', {
    operationId: 'saveDraft', tag: F, summary: 'Save a draft of a response (optional)', write: true, parameters: [pathParam('responseId')],
    body: object({ surveyId: id, answers: { type: 'array', maxItems: 500, items: ref('FeedbackAnswer') } }, ['surveyId', 'answers']), response: ref('PartialReceipt'), example: ex.PartialReceipt,
  });
  add(p.valueSetExpansion, 'get', {
    operationId: 'expandValueSet', tag: F, summary: 'A FHIR ValueSet expanded by canonical URL (the practice’s terminology service), for a Questionnaire’s answerValueSet', response: ref('FhirValueSet'), example: ex.FhirValueSet,
    parameters: [query('url', true, 'The value set’s canonical URL', { type: 'string', minLength: 1, maxLength: 2000 })],
  });

  // frontdesk-server's own staff endpoints (widgets never call them; another backend need not have them).
  staffOperations({
    add: (path, method, op) => add(path, method, op as unknown as Op),
    stream: (path, { example, ...op }) => {
      (paths[openApiPath(path)] ??= {}).get = { ...op, parameters: [], responses: { '200': { description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' }, example } } }, ...errors } };
    },
    ref,
    query,
    pathParam,
    csrf,
    tag: T,
    examples: ex,
  });

  return {
    openapi: '3.1.0',
    info: {
      title: 'Frontdesk REST contract',
      version: '1.0.0',
      license: { name: 'MIT', identifier: 'MIT' },
      description: `What a practice backend implements for the Frontdesk REST adapter.\n\n${semantics()}`,
    },
    servers: [{ url: 'https://api.practice.example/frontdesk', description: 'Wherever the practice serves it: the adapter’s baseUrl.' }],
    security: [{}, { session: [] }, { bearer: [] }],
    tags: [
      { name: S, description: 'Locations, visit types, clinicians, slots, holds and appointments.' },
      { name: W, description: 'Current waits, polled or streamed.' },
      { name: P, description: 'Published standard charges (integer cents).' },
      { name: C, description: 'Patient chat and messages for a call back.' },
      { name: F, description: 'Surveys (Frontdesk or FHIR R4 Questionnaire) and responses.' },
      { name: T, description: 'The front desk’s endpoints in frontdesk-server, the reference backend: sign-in, waits, appointments and attendance, the chat inbox, feedback figures and responses, the follow-up queue, the price index status (the console at /console uses them). Widgets never call them; another backend need not have them.' },
    ],
    paths,
    components: {
      schemas: { Error: errorBody, ...componentSchemas(components) },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'session', description: 'A practice’s own session cookie (any name), sent with the adapter’s credentials: include. Optional: most practices serve anonymous patients.' },
        bearer: { type: 'http', scheme: 'bearer', description: 'A practice’s own token, added by the adapter’s headers option. Optional.' },
        staffSession: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'frontdesk-server’s staff session (from POST /staff/session); writes also send X-CSRF-Token.' },
        manageToken: { type: 'http', scheme: 'bearer', description: 'The manageToken.token of the appointment (from book, look-up or reschedule): ≥ 32 random bytes base64url, bound to that appointment, valid 30 minutes.' },
      },
    },
  };
}
