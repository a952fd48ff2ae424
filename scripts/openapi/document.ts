// The OpenAPI 3.1 document of the REST contract, built from the same zod schemas the guard
// uses and the same paths the REST adapter and the msw handlers use, so none can drift.
import * as z from 'zod/mini';
import { restPaths } from '../../src/adapters/rest/paths.js';
import { Location } from '../../src/core/schemas/location.js';
import { Appointment, Hold, HoldRelease, ManagedAppointment, ManageToken, PatientDetails, Provider, Reminders, Slot, VisitType } from '../../src/core/schemas/scheduling.js';
import { WaitTime } from '../../src/core/schemas/wait-times.js';
import { Category, Charges, Payer, Service } from '../../src/core/schemas/pricing.js';
import { ChatAck, ChatAvailability, ChatContact, ChatConversation, ChatHistory, ChatLeftMessage, ChatMessage, ChatPrechat } from '../../src/core/schemas/chat.js';

import { Instant, SafeUrl, TimeZone } from '../../src/core/schemas/common.js';
import { FeedbackAnswer, FeedbackReceipt, FeedbackSubmission, FhirValueSet, PartialReceipt, SurveyDefinition } from '../../src/core/schemas/feedback.js';

const components = { Location, VisitType, Provider, Slot, Hold, HoldRelease, Appointment, ManagedAppointment, ManageToken, PatientDetails, Reminders, WaitTime, Service, Category, Payer, Charges, ChatAvailability, ChatPrechat, ChatConversation, ChatMessage, ChatHistory, ChatAck, ChatContact, ChatLeftMessage, SurveyDefinition, FeedbackSubmission, FeedbackAnswer, FeedbackReceipt, PartialReceipt, FhirValueSet };

// What the schemas check with refinements (not expressible in JSON Schema), said as metadata.
z.globalRegistry.add(Instant, { format: 'date-time', description: 'ISO 8601 instant with an explicit offset.' });
z.globalRegistry.add(TimeZone, { description: 'IANA time-zone name, e.g. America/Phoenix.' });
z.globalRegistry.add(SafeUrl, { format: 'uri', description: 'https:, tel: or mailto: only.' });
type Name = keyof typeof components;

const ref = (name: Name) => ({ $ref: `#/components/schemas/${name}` });
const list = (name: Name) => ({ type: 'array', items: ref(name) });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });

const errorBody = {
  type: 'object',
  required: ['error'],
  properties: {
    error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
    errors: { type: 'object', additionalProperties: { type: 'string' }, description: 'Field → problem code (422 only).' },
  },
};
const retryAfter = { 'Retry-After': { description: 'Seconds or an HTTP-date.', schema: { type: 'string' } } };
const errors = {
  '401': { description: 'Not signed in.', ...json({ $ref: '#/components/schemas/Error' }) },
  '403': { description: 'Not allowed.', ...json({ $ref: '#/components/schemas/Error' }) },
  '404': { description: 'Not found.', ...json({ $ref: '#/components/schemas/Error' }) },
  '422': { description: 'Invalid input, with field errors.', ...json({ $ref: '#/components/schemas/Error' }) },
  '429': { description: 'Too many requests.', headers: retryAfter, ...json({ $ref: '#/components/schemas/Error' }) },
  '503': { description: 'Temporarily unavailable.', headers: retryAfter, ...json({ $ref: '#/components/schemas/Error' }) },
};
const writeErrors = { '400': { description: 'No Idempotency-Key header.', ...json({ $ref: '#/components/schemas/Error' }) }, '409': { description: 'Conflict: the time is taken, or the hold expired.', ...json({ $ref: '#/components/schemas/Error' }) }, ...errors };
const idempotencyKey = { name: 'Idempotency-Key', in: 'header', required: true, description: 'One per user action; a repeat gets the first answer.', schema: { type: 'string' } };
const query = (name: string, required = false, description?: string) => ({ name, in: 'query', required, schema: { type: 'string' }, ...(description ? { description } : {}) });
const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
/** Reschedule and cancel: the manage token from book, look-up or reschedule, as `Authorization: Bearer`. */
const managed = (operation: Record<string, { responses: object }>) => {
  const [[method, op]] = Object.entries(operation);
  const refusals = {
    '401': { description: 'No manage token, or an expired or invalid one: look the appointment up again.', ...json({ $ref: '#/components/schemas/Error' }) },
    '403': { description: 'A valid manage token of another appointment.', ...json({ $ref: '#/components/schemas/Error' }) },
  };
  return { [method]: { ...op, security: [{ manageToken: [] }], responses: { ...op.responses, ...refusals } } };
};

const read = (summary: string, response: object, parameters: object[] = []) => ({
  get: { summary, parameters, responses: { '200': { description: 'OK', ...json(response) }, ...errors } },
});
const write = (method: 'post' | 'delete', summary: string, response: object, body?: object, parameters: object[] = []) => ({
  [method]: {
    summary,
    parameters: [idempotencyKey, ...parameters],
    ...(body ? { requestBody: { required: true, ...json(body) } } : {}),
    responses: { '200': { description: 'OK', ...json(response) }, ...writeErrors },
  },
});

const object = (properties: Record<string, object>, required: string[]) => ({ type: 'object', required, properties });

export function openApiDocument(): Record<string, unknown> {
  const schemas: Record<string, unknown> = { Error: errorBody };
  for (const [name, schema] of Object.entries(components)) {
    const generated = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' }) as Record<string, unknown>;
    delete generated.$schema;
    schemas[name] = generated;
  }
  const p = restPaths;
  return {
    openapi: '3.1.0',
    info: {
      title: 'Frontdesk REST contract',
      version: '1.0.0',
      description:
        'What a practice backend implements for the Frontdesk REST adapter. JSON in and out; every write carries an Idempotency-Key; no patient data in URLs.',
    },
    paths: {
      [p.locations]: read('The practice’s locations', list('Location')),
      [p.visitTypes]: read('Visit types patients can book', list('VisitType')),
      [p.providers]: read('Clinicians', list('Provider'), [query('visitTypeId'), query('locationId')]),
      [p.slots]: read('Free times whose start is in [from, to)', list('Slot'), [
        query('from', true, 'ISO 8601 instant'),
        query('to', true, 'ISO 8601 instant'),
        query('visitTypeId', true),
        query('providerId'),
        query('locationId'),
      ]),
      [p.holds]: write('post', 'Hold a time while the patient types', ref('Hold'), object({ slotId: { type: 'string' } }, ['slotId'])),
      [openApiPath(p.hold)]: write('delete', 'Release a hold', ref('HoldRelease'), undefined, [pathParam('holdId')]),
      [p.appointments]: write(
        'post',
        'Book the held time',
        ref('ManagedAppointment'),
        object({ holdId: { type: 'string' }, patient: ref('PatientDetails'), reason: { type: 'string' }, reminders: ref('Reminders') }, ['holdId', 'patient', 'reminders']),
      ),
      [p.appointmentLookup]: write(
        'post',
        'Find an appointment by confirmation code and date of birth (a POST: neither goes in a URL); the answer carries a manage token',
        ref('ManagedAppointment'),
        object({ confirmationCode: { type: 'string' }, birthDate: { type: 'string', format: 'date' } }, ['confirmationCode', 'birthDate']),
      ),
      [openApiPath(p.reschedule)]: managed(
        write('post', 'Move an appointment to a held time (keeps its id and confirmation code; answers a fresh manage token)', ref('ManagedAppointment'), object({ holdId: { type: 'string' } }, ['holdId']), [pathParam('appointmentId')]),
      ),
      [openApiPath(p.cancel)]: managed(write('post', 'Cancel an appointment', ref('Appointment'), object({ reason: { type: 'string' } }, []), [pathParam('appointmentId')])),
      [p.waitTimes]: read('Current waits', list('WaitTime'), [query('locationIds', true, 'Comma-separated location ids')]),
      [p.waitTimesStream]: {
        get: {
          summary: 'Current waits as Server-Sent Events: each message’s data is a JSON WaitTime[]',
          parameters: [query('locationIds', true, 'Comma-separated location ids')],
          responses: { '200': { description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...errors },
        },
      },
      [p.pricingSearch]: {
        post: {
          summary: 'Find services by plain words or code, best match first (a read sent as a POST: what a patient types never goes in a URL)',
          requestBody: {
            required: true,
            ...json(
              object(
                {
                  query: { type: 'string', description: 'Words or a code; empty lists services (with category: browse it).' },
                  setting: { type: 'string', enum: ['inpatient', 'outpatient', 'both'] },
                  category: { type: 'string' },
                  limit: { type: 'integer', minimum: 1, maximum: 100 },
                },
                ['query', 'limit'],
              ),
            ),
          },
          responses: { '200': { description: 'OK', ...json(list('Service')) }, ...errors },
        },
      },
      [p.surveys]: read('The survey for a touchpoint: a Frontdesk survey or a FHIR R4 Questionnaire', ref('SurveyDefinition'), [
        query('touchpoint', true, 'post-visit, post-booking, post-chat…'),
        query('locale', false, 'en or es: the survey’s text in that language when the practice has it'),
      ]),
      [openApiPath(p.survey)]: read('A survey by id', ref('SurveyDefinition'), [pathParam('surveyId'), query('locale')]),
      [p.surveyResponses]: write('post', 'Submit a survey response (answers, and a FHIR QuestionnaireResponse for a Questionnaire); a repeated key answers the first receipt', ref('FeedbackReceipt'), ref('FeedbackSubmission')),
      [openApiPath(p.surveyDraft)]: write(
        'post',
        'Save a draft of a response (optional)',
        ref('PartialReceipt'),
        object({ surveyId: { type: 'string' }, answers: list('FeedbackAnswer') }, ['surveyId', 'answers']),
        [pathParam('responseId')],
      ),
      [p.valueSetExpansion]: read('A FHIR ValueSet expanded by canonical URL (the practice’s terminology service), for a Questionnaire’s answerValueSet', ref('FhirValueSet'), [
        query('url', true, 'the value set’s canonical URL'),
      ]),
      [p.pricingCategories]: read('Categories of services to browse', list('Category')),
      [p.pricingPlans]: read('Payers and the plans the practice has negotiated rates with', list('Payer')),
      [openApiPath(p.pricingCharges)]: read('Standard charges of one service (integer cents), with the rates of the plan asked for', ref('Charges'), [
        pathParam('serviceId'),
        query('planId', false, 'A plan id from /pricing/plans; without it, rates is empty'),
      ]),
      [p.chatAvailability]: read('Whether someone answers chat now: online, away (expected reply time) or offline (next opening), with chat hours in the practice’s zone', ref('ChatAvailability')),
      [p.chatConversations]: write('post', 'Start a conversation (optional pre-chat details)', ref('ChatConversation'), object({ prechat: ref('ChatPrechat') }, [])),
      [openApiPath(p.chatMessages)]: write(
        'post',
        'Send a patient message; idempotent on clientMessageId (a repeat answers the first message and never posts twice)',
        ref('ChatMessage'),
        object({ clientMessageId: { type: 'string' }, text: { type: 'string', maxLength: 4000 } }, ['clientMessageId', 'text']),
        [pathParam('conversationId')],
      ),
      [openApiPath(p.chatEvents)]: read('Every event after the cursor, in order (messages, agent joined/left, closed), and the cursor to continue from; polled for live events and used to fill gaps after a reconnect', ref('ChatHistory'), [
        pathParam('conversationId'),
        query('after', false, 'An opaque cursor from an earlier answer; without it, from the start'),
      ]),
      [openApiPath(p.chatRead)]: write('post', 'The patient has seen everything up to the cursor', ref('ChatAck'), object({ cursor: { type: 'string' } }, ['cursor']), [pathParam('conversationId')]),
      [openApiPath(p.chatEnd)]: write('post', 'The patient ended the chat', ref('ChatAck'), undefined, [pathParam('conversationId')]),
      [p.chatCallbacks]: write(
        'post',
        'Outside chat hours: leave a message for a call back',
        ref('ChatLeftMessage'),
        object({ contact: ref('ChatContact'), topic: { type: 'string' }, text: { type: 'string', maxLength: 2000 } }, ['contact', 'text']),
      ),
    },
    components: {
      schemas,
      securitySchemes: {
        manageToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'The manage token that book, look-up (confirmation code + date of birth) and reschedule answer with: opaque, bound to one appointment, good for rescheduling or cancelling it for 30 minutes.',
        },
      },
    },
  };
}
