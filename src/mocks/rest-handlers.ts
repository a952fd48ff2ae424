import { HttpResponse, http, type HttpHandler, type JsonBodyType } from 'msw';
import * as z from 'zod/mini';
import { createMemoryAdapter, type MemoryAdapter } from '../adapters/memory/index.js';
import { joinUrl, restPaths } from '../adapters/rest/paths.js';
import { FrontdeskError, isFrontdeskError, type FrontdeskErrorKind } from '../core/errors.js';
import { ChatContact, ChatCursor, ChatPrechat } from '../core/schemas/chat.js';
import { Id, Text } from '../core/schemas/common.js';
import { FeedbackAnswer, FeedbackSubmission } from '../core/schemas/feedback.js';
import { CareSetting } from '../core/schemas/pricing.js';
import { PatientDetails, Reminders } from '../core/schemas/scheduling.js';

/** What the handlers serve from: a memory adapter's scheduling and wait-time ports. */
export type RestBackend = Pick<MemoryAdapter, 'scheduling' | 'waitTimes' | 'pricing' | 'chat' | 'feedback'>;

/** The status each error kind answers with, so `requestJson` maps it back to the same kind. */
const statusByKind: Readonly<Record<Exclude<FrontdeskErrorKind, 'network'>, number>> = {
  conflict: 409,
  'not-found': 404,
  'invalid-input': 422,
  'rate-limited': 429,
  unavailable: 503,
  unauthorized: 401,
  timeout: 408,
  'invalid-response': 502,
  config: 500,
};

const problem = (status: number, code: string, message: string, extra: { errors?: Record<string, string>; headers?: Record<string, string> } = {}) =>
  HttpResponse.json({ error: { code, message }, ...(extra.errors ? { errors: extra.errors } : {}) }, { status, headers: extra.headers });

/** A thrown `FrontdeskError` as the contract's error response (network → a failed fetch). */
function errorResponse(error: unknown): Response {
  if (!isFrontdeskError(error)) return problem(500, 'unavailable', 'The server failed unexpectedly.');
  if (error.kind === 'network') return HttpResponse.error();
  const retryAfter = error.retryAfterMs === undefined ? undefined : String(Math.ceil(error.retryAfterMs / 1000));
  // 403 for a valid manage token of another appointment; every other kind by its status.
  const status = error.kind === 'unauthorized' && error.status === 403 ? 403 : statusByKind[error.kind];
  return problem(status, error.kind, error.message, {
    ...(error.fieldErrors ? { errors: { ...error.fieldErrors } } : {}),
    ...(retryAfter ? { headers: { 'Retry-After': retryAfter } } : {}),
  });
}

const fieldErrors = (issues: readonly z.core.$ZodIssue[]): Record<string, string> =>
  Object.fromEntries(issues.map((i) => [i.path.join('.') || '(body)', i.code]));

const bodies = {
  hold: z.object({ slotId: Id }),
  book: z.object({ holdId: Id, patient: PatientDetails, reason: z.optional(Text(500)), reminders: Reminders }),
  lookup: z.object({ confirmationCode: Text(40), birthDate: z.string() }),
  reschedule: z.object({ holdId: Id }),
  cancel: z.object({ reason: z.optional(Text(500)) }),
  chatStart: z.object({ prechat: z.optional(ChatPrechat) }),
  chatSend: z.object({ clientMessageId: Id, text: Text(4000) }),
  chatRead: z.object({ cursor: ChatCursor }),
  chatCallback: z.object({ contact: ChatContact, topic: z.optional(Text(80)), text: Text(2000) }),
  pricingSearch: z.object({ query: Text(200), setting: z.optional(CareSetting), category: z.optional(Id), limit: z.number() }),
  surveyDraft: z.object({ surveyId: Id, answers: z.array(FeedbackAnswer) }),
  surveyResponse: FeedbackSubmission,
};

type Answer = (request: Request, params: Readonly<Record<string, string>>) => Promise<unknown>;

/** Runs a read and answers its JSON (or the Response it made), or the error response. */
const read =
  (answer: Answer) =>
  async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    try {
      const result = await answer(request, params as Record<string, string>);
      return result instanceof Response ? result : HttpResponse.json(result as JsonBodyType);
    } catch (error) {
      return errorResponse(error);
    }
  };

/** Parses a JSON body with `schema`: 400 when it is not JSON, 422 with field errors when it does not match. */
async function parseBody<S extends z.ZodMiniType>(request: Request, schema: S): Promise<z.output<S> | Response> {
  const body: unknown = await request.json().catch(() => undefined);
  if (body === undefined) return problem(400, 'invalid-input', 'The body must be JSON.');
  const result = schema.safeParse(body);
  return result.success ? result.data : problem(422, 'invalid-input', 'The body does not match the contract.', { errors: fieldErrors(result.error.issues) });
}

/**
 * A write: needs an `Idempotency-Key` (400 without), passed to the memory adapter as its
 * `idempotencyKey`, so a repeated key answers what the first call did.
 */
const write =
  <S extends z.ZodMiniType>(
    schema: S | undefined,
    answer: (body: z.output<S>, key: string, params: Readonly<Record<string, string>>, request: Request) => Promise<unknown>,
  ) =>
  async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    const key = request.headers.get('idempotency-key');
    if (!key) return problem(400, 'invalid-input', 'Every write needs an Idempotency-Key header.', { errors: { 'Idempotency-Key': 'required' } });
    const body = schema ? await parseBody(request, schema) : (undefined as z.output<S>);
    if (body instanceof Response) return body;
    try {
      return HttpResponse.json((await answer(body, key, params as Record<string, string>, request)) as JsonBodyType);
    } catch (error) {
      return errorResponse(error);
    }
  };

/** The manage token of `Authorization: Bearer <token>`, if any. */
const bearer = (request: Request): string | undefined => /^Bearer ([A-Za-z0-9_-]+)$/.exec(request.headers.get('authorization') ?? '')?.[1];

const query = (request: Request) => new URL(request.url).searchParams;
const optional = (value: string | null) => value ?? undefined;
const locationIds = (request: Request) => (query(request).get('locationIds') ?? '').split(',').filter(Boolean);

/** 422 unless every named query parameter is present. */
function required(request: Request, ...names: string[]): void {
  const missing = names.filter((n) => !query(request).get(n));
  if (missing.length) {
    throw new FrontdeskError('invalid-input', 'Missing query parameters.', { fieldErrors: Object.fromEntries(missing.map((n) => [n, 'required'])) });
  }
}

const encoder = new TextEncoder();

/**
 * msw handlers implementing the Frontdesk REST contract (`restPaths`) over a memory
 * adapter, so data, holds, bookings, idempotency, faults and scenarios are the memory
 * adapter's. Errors map back to statuses (409, 404, 422 with `errors`, 429/503 with
 * `Retry-After`, 401); a write without `Idempotency-Key` is a 400. Reschedule and cancel
 * need `Authorization: Bearer <manage token>` (401 without a valid one, 403 for another
 * appointment's). The wait-time stream
 * sends the current waits once as a Server-Sent Event and stays open until the client
 * goes away.
 *
 * ```ts
 * worker.use(...restHandlers('/api/frontdesk', createMemoryAdapter({ scenario: 'slot-taken' })));
 * ```
 */
export function restHandlers(baseUrl: string, adapter: RestBackend = createMemoryAdapter()): HttpHandler[] {
  const url = (path: string) => joinUrl(baseUrl, path);
  const s = adapter.scheduling;
  return [
    http.get(url(restPaths.locations), read(() => s.listLocations({}))),
    http.get(url(restPaths.visitTypes), read(() => s.listVisitTypes({}))),
    http.get(
      url(restPaths.providers),
      read(async (request) => s.listProviders({ visitTypeId: optional(query(request).get('visitTypeId')), locationId: optional(query(request).get('locationId')) })),
    ),
    http.get(
      url(restPaths.slots),
      read(async (request) => {
        required(request, 'from', 'to', 'visitTypeId');
        const q = query(request);
        return s.findSlots({
          from: q.get('from') ?? '',
          to: q.get('to') ?? '',
          visitTypeId: q.get('visitTypeId') ?? '',
          providerId: optional(q.get('providerId')),
          locationId: optional(q.get('locationId')),
        });
      }),
    ),
    http.post(url(restPaths.holds), write(bodies.hold, (body, idempotencyKey) => s.holdSlot({ slotId: body.slotId, idempotencyKey }))),
    http.delete(url(restPaths.hold), write(undefined, (_body, idempotencyKey, params) => s.releaseHold({ holdId: params.holdId ?? '', idempotencyKey }))),
    // The look-up before `/appointments/:id/…`; it is a read, so it needs no key.
    http.post(
      url(restPaths.appointmentLookup),
      read(async (request) => {
        const body = await parseBody(request, bodies.lookup);
        return body instanceof Response ? body : s.findAppointment(body);
      }),
    ),
    http.post(url(restPaths.appointments), write(bodies.book, (body, idempotencyKey) => s.book({ ...body, idempotencyKey }))),
    http.post(
      url(restPaths.reschedule),
      write(bodies.reschedule, (body, idempotencyKey, params, request) =>
        s.reschedule({ appointmentId: params.appointmentId ?? '', holdId: body.holdId, manageToken: bearer(request) ?? '', idempotencyKey }),
      ),
    ),
    http.post(
      url(restPaths.cancel),
      write(bodies.cancel, (body, idempotencyKey, params, request) =>
        s.cancel({ appointmentId: params.appointmentId ?? '', reason: body.reason, manageToken: bearer(request) ?? '', idempotencyKey }),
      ),
    ),
    http.post(
      url(restPaths.pricingSearch),
      read(async (request) => {
        const body = await parseBody(request, bodies.pricingSearch);
        return body instanceof Response ? body : adapter.pricing.searchServices(body);
      }),
    ),
    http.get(url(restPaths.pricingCategories), read(() => adapter.pricing.listCategories({}))),
    http.get(url(restPaths.pricingPlans), read(() => adapter.pricing.listPlans({}))),
    http.get(
      url(restPaths.pricingCharges),
      read(async (request, params) => adapter.pricing.getCharges({ serviceId: params.serviceId ?? '', planId: optional(query(request).get('planId')) })),
    ),
    http.get(url(restPaths.chatAvailability), read(() => adapter.chat.getAvailability({}))),
    http.post(url(restPaths.chatConversations), write(bodies.chatStart, (body, idempotencyKey) => adapter.chat.startConversation({ ...body, idempotencyKey }))),
    http.post(
      url(restPaths.chatMessages),
      write(bodies.chatSend, (body, idempotencyKey, params) => adapter.chat.send({ conversationId: params.conversationId ?? '', ...body, idempotencyKey })),
    ),
    http.get(
      url(restPaths.chatEvents),
      read(async (request, params) => adapter.chat.history({ conversationId: params.conversationId ?? '', after: optional(query(request).get('after')) })),
    ),
    http.get(url(restPaths.chatEventsStream), async ({ request, params }) => {
      const conversationId = String(params.conversationId ?? '');
      let first: Awaited<ReturnType<typeof adapter.chat.history>>;
      try {
        // An unknown conversation is refused as the server does, before the stream opens.
        first = await adapter.chat.history({ conversationId, after: optional(query(request).get('after')) });
      } catch (error) {
        return errorResponse(error);
      }
      // Stopped when the page closes the stream (cancel) or the request ends, whichever comes first.
      const stop = new AbortController();
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          const end = () => {
            if (stop.signal.aborted) return;
            stop.abort();
            controller.close();
          };
          const send = (event: unknown) => {
            if (!stop.signal.aborted) controller.enqueue(encoder.encode(`data: ${JSON.stringify(event)}\n\n`));
          };
          for (const event of first.events) send(event);
          adapter.chat.subscribe?.({ conversationId, after: first.cursor }, send, { signal: stop.signal, onError: end });
          request.signal.addEventListener('abort', end, { once: true });
        },
        cancel: () => stop.abort(),
      });
      return new HttpResponse(stream, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' } });
    }),
    http.post(
      url(restPaths.chatRead),
      write(bodies.chatRead, (body, idempotencyKey, params) => adapter.chat.markRead({ conversationId: params.conversationId ?? '', cursor: body.cursor, idempotencyKey })),
    ),
    http.post(url(restPaths.chatEnd), write(undefined, (_body, idempotencyKey, params) => adapter.chat.end({ conversationId: params.conversationId ?? '', idempotencyKey }))),
    http.post(url(restPaths.chatCallbacks), write(bodies.chatCallback, (body, idempotencyKey) => adapter.chat.leaveMessage({ ...body, idempotencyKey }))),
    http.get(
      url(restPaths.surveys),
      read(async (request) => adapter.feedback.getSurvey({ touchpoint: optional(query(request).get('touchpoint')), locale: optional(query(request).get('locale')) })),
    ),
    http.get(url(restPaths.survey), read(async (request, params) => adapter.feedback.getSurvey({ surveyId: params.surveyId ?? '', locale: optional(query(request).get('locale')) }))),
    http.post(url(restPaths.surveyResponses), write(bodies.surveyResponse, (body, idempotencyKey) => adapter.feedback.submit({ ...body, idempotencyKey }))),
    http.post(
      url(restPaths.surveyDraft),
      write(bodies.surveyDraft, (body, idempotencyKey, params) => adapter.feedback.savePartial({ responseId: params.responseId ?? '', ...body, idempotencyKey })),
    ),
    http.get(url(restPaths.valueSetExpansion), read(async (request) => adapter.feedback.expandValueSet({ url: query(request).get('url') ?? '' }))),
    http.get(url(restPaths.waitTimes), read(async (request) => adapter.waitTimes.getWaitTimes({ locationIds: locationIds(request) }))),
    http.get(url(restPaths.waitTimesStream), async ({ request }) => {
      let waits: unknown;
      try {
        waits = await adapter.waitTimes.getWaitTimes({ locationIds: locationIds(request) });
      } catch (error) {
        return errorResponse(error);
      }
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(`data: ${JSON.stringify(waits)}\n\n`));
          // Open until the client closes it: closing would make EventSource reconnect.
          request.signal.addEventListener('abort', () => controller.close(), { once: true });
        },
      });
      return new HttpResponse(stream, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' } });
    }),
  ];
}
