import { FrontdeskError } from '../../core/errors.js';

/**
 * The Frontdesk REST contract: every path, relative to the adapter's `baseUrl`. The REST
 * adapter and the msw handlers (`src/mocks/rest-handlers.ts`) both build on these, so the
 * client and the mock server cannot drift apart. Path parameters are written `:name`
 * (msw's syntax); the adapter fills them with `fillPath`.
 *
 * Conventions for every endpoint:
 * - Request and response bodies are JSON (`content-type: application/json`).
 * - Every write (POST, DELETE) carries an `Idempotency-Key` header; the server answers a
 *   repeated key with the first answer and never acts twice. A write without one is a 400.
 * - Patient data and tokens never go in a URL: the appointment look-up is a POST.
 * - Errors: any non-2xx, with a JSON body `{ error: { code, message }, errors?: { [field]: code } }`
 *   (`errors` on 422). 409 conflict, 404 not found, 422 invalid input, 429 and 503 with
 *   `Retry-After`, 401/403 unauthorized.
 */
export const restPaths = {
  /** `GET` → `Location[]`. */
  locations: '/locations',
  /** `GET` → `VisitType[]`. */
  visitTypes: '/visit-types',
  /** `GET ?visitTypeId=&locationId=` (both optional) → `Provider[]`. */
  providers: '/providers',
  /** `GET ?from=&to=&visitTypeId=&providerId=&locationId=` → `Slot[]` whose start is in [from, to). */
  slots: '/slots',
  /** `POST { slotId }` → `Hold`. */
  holds: '/holds',
  /** `DELETE` → `{ holdId, released }`. */
  hold: '/holds/:holdId',
  /** `POST { holdId, patient, reason?, reminders }` → `Appointment`. */
  appointments: '/appointments',
  /** `POST { confirmationCode, birthDate }` → `Appointment` (a POST so neither is in a URL). */
  appointmentLookup: '/appointments/lookup',
  /** `POST { holdId }` → `Appointment` at the held time. */
  reschedule: '/appointments/:appointmentId/reschedule',
  /** `POST { reason? }` → `Appointment` with status `cancelled`. */
  cancel: '/appointments/:appointmentId/cancel',
  /** `GET ?locationIds=a,b` → `WaitTime[]`. */
  waitTimes: '/wait-times',
  /** `GET ?locationIds=a,b`, `text/event-stream`: each `message` event's data is a JSON `WaitTime[]`. */
  waitTimesStream: '/wait-times/stream',
  /**
   * `POST { query, setting?, category?, limit }` → `Service[]`, best match first. A read, but
   * a POST: what a patient types (a symptom, a test's name) never goes in a URL or a log.
   */
  pricingSearch: '/pricing/services/search',
  /** `GET` → `Category[]`. */
  pricingCategories: '/pricing/categories',
  /** `GET` → `Payer[]` with their plans. */
  pricingPlans: '/pricing/plans',
  /** `GET ?planId=` (optional) → `Charges` of the service (money in integer cents). */
  pricingCharges: '/pricing/services/:serviceId/charges',
  /** `GET` → `ChatAvailability` (online, away with the expected reply time, offline with the next opening). */
  chatAvailability: '/chat/availability',
  /** `POST { prechat? }` → `ChatConversation` (`conversationId` and the cursor to listen from). */
  chatConversations: '/chat/conversations',
  /** `POST { clientMessageId, text }` → `ChatMessage`; a repeated `clientMessageId` answers the first message, never posts twice. */
  chatMessages: '/chat/conversations/:conversationId/messages',
  /** `GET ?after=` → `ChatHistory`: every event after the cursor, in order, and the cursor to continue from (polled for live events). */
  chatEvents: '/chat/conversations/:conversationId/events',
  /**
   * `GET ?after=`, `text/event-stream`: every event after the cursor (or `Last-Event-ID`), each
   * with its cursor as the event id, then new ones as they happen; typing changes too.
   */
  chatEventsStream: '/chat/conversations/:conversationId/events/stream',
  /** `POST { cursor }` → `ChatAck`: the patient has seen everything up to the cursor. */
  chatRead: '/chat/conversations/:conversationId/read',
  /** `POST` → `ChatAck`: the patient ended the chat. */
  chatEnd: '/chat/conversations/:conversationId/end',
  /** `POST { contact, topic?, text }` → `ChatLeftMessage`: outside chat hours, a message for a call back. */
  chatCallbacks: '/chat/callback-requests',
  /** `GET ?touchpoint=&locale=` → `SurveyDefinition` (a Frontdesk survey or a FHIR R4 Questionnaire) for that touchpoint. */
  surveys: '/surveys',
  /** `GET ?locale=` → `SurveyDefinition`. */
  survey: '/surveys/:surveyId',
  /** `POST { surveyId, touchpoint?, answers, response?, context?, contactRequested? }` → `FeedbackReceipt` (`response`: a FHIR QuestionnaireResponse). */
  surveyResponses: '/survey-responses',
  /** `POST { surveyId, answers }` → `PartialReceipt`: a draft, kept until the response is submitted. */
  surveyDraft: '/survey-responses/:responseId/draft',
  /** `GET ?url=` → a FHIR `ValueSet` with its `expansion` (the practice's terminology service), for a Questionnaire's `answerValueSet`. */
  valueSetExpansion: '/value-sets/expand',
} as const;

export type RestPath = (typeof restPaths)[keyof typeof restPaths];

/**
 * Fills `:name` parameters of a contract path, each URL-encoded as one segment. A value of
 * `.` or `..` is refused (`invalid-input`): URL parsers resolve those segments, and their
 * encodings (`%2E%2E`) too, so `/holds/..` would climb out of its path.
 */
export const fillPath = (path: string, params: Readonly<Record<string, string>>): string =>
  path.replace(/:(\w+)/g, (_, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    if (value === '.' || value === '..') throw new FrontdeskError('invalid-input', 'Dot segment.');
    return encodeURIComponent(value);
  });

/** `baseUrl` + path (+ query without empty values); a trailing slash on `baseUrl` is ignored. */
export function joinUrl(baseUrl: string, path: string, query?: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined && value !== '') params.set(name, value);
  const search = params.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
}
