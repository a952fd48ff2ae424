import type { ChatPort, FeedbackPort, FrontdeskAdapter, PricingPort, SchedulingPort, WaitTimePort } from '../../core/adapter.js';
import { requestJson } from '../../core/http.js';
import type { CallOptions, WriteOptions } from '../../core/port.js';
import type { ManagedAppointment } from '../../core/schemas/scheduling.js';
import { fillPath, joinUrl, restPaths } from './paths.js';
import { restChat, sseChatSubscribe } from './chat.js';
import { restFeedback } from './feedback.js';
import { restPricing } from './pricing.js';
import { sseSubscribe } from './wait-times-stream.js';

export { restPaths, fillPath, joinUrl, type RestPath } from './paths.js';

export interface RestAdapterOptions {
  /** Where the practice's Frontdesk API lives, e.g. `https://api.example-clinic.org/frontdesk` or `/api/frontdesk`. */
  baseUrl: string;
  /** Extra headers for every request (an `Authorization` header, a CSRF token); may be async to refresh a token. */
  headers?: () => HeadersInit | Promise<HeadersInit>;
  /** `fetch`'s `credentials` (e.g. `include` for cookies on another origin). Default: the browser's (`same-origin`). */
  credentials?: RequestCredentials;
  /** Replaces the global `fetch` (tests, instrumentation). */
  fetch?: typeof fetch;
  /**
   * Push wait times and chat events over Server-Sent Events (`GET /wait-times/stream`,
   * `GET /chat/conversations/{id}/events/stream`). Default true, when `EventSource` exists; off → widgets poll.
   */
  eventSource?: boolean;
  /** How often chat polls for new events, in ms. Default 2000. */
  chatPollMs?: number;
}

export interface RestAdapter extends FrontdeskAdapter {
  scheduling: Required<SchedulingPort>;
  waitTimes: WaitTimePort;
  pricing: Required<PricingPort>;
  chat: Required<ChatPort>;
  feedback: Required<FeedbackPort>;
}

type Query = Readonly<Record<string, string | undefined>>;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * An adapter for the documented Frontdesk REST contract (see `restPaths` for every
 * endpoint). Failures become `FrontdeskError`s by HTTP status (through `requestJson`);
 * responses are returned as parsed and checked by the guard, at the boundary, like any
 * adapter's. Every write sends its `Idempotency-Key`; patient data only ever travels in
 * request bodies.
 */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  const { baseUrl, credentials } = options;
  const custom = options.fetch;
  const fetchImpl: typeof fetch | undefined = custom ? (input, init) => custom(input, init) : undefined;

  const headersFor = async (extra: Record<string, string>): Promise<Headers> => {
    const headers = new Headers(options.headers ? await options.headers() : undefined);
    for (const [name, value] of Object.entries(extra)) headers.set(name, value);
    return headers;
  };

  const get = async <T>(path: string, query: Query, { signal }: CallOptions): Promise<T> =>
    (await requestJson(
      joinUrl(baseUrl, path, query),
      { method: 'GET', headers: await headersFor({}), signal, ...(credentials ? { credentials } : {}) },
      fetchImpl,
    )) as T;

  /** A read sent as a POST, so what the patient typed stays out of URLs and logs. */
  const postRead = async <T>(path: string, body: object, { signal }: CallOptions): Promise<T> =>
    (await requestJson(
      joinUrl(baseUrl, path),
      { method: 'POST', headers: await headersFor({ 'content-type': 'application/json' }), body: JSON.stringify(body), signal, ...(credentials ? { credentials } : {}) },
      fetchImpl,
    )) as T;

  const write = async <T>(
    method: 'POST' | 'DELETE',
    path: string,
    body: object | undefined,
    { signal, idempotencyKey }: WriteOptions,
    extra: Record<string, string> = {},
  ): Promise<T> =>
    (await requestJson(
      joinUrl(baseUrl, path),
      {
        method,
        headers: await headersFor({ 'idempotency-key': idempotencyKey, ...(body ? { 'content-type': 'application/json' } : {}), ...extra }),
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal,
        ...(credentials ? { credentials } : {}),
      },
      fetchImpl,
    )) as T;

  const scheduling: Required<SchedulingPort> = {
    listLocations: (input) => get(restPaths.locations, {}, input),
    listVisitTypes: (input) => get(restPaths.visitTypes, {}, input),
    listProviders: (input) => get(restPaths.providers, { visitTypeId: input.visitTypeId, locationId: input.locationId }, input),
    findSlots: (input) =>
      get(
        restPaths.slots,
        { from: input.from, to: input.to, visitTypeId: input.visitTypeId, providerId: input.providerId, locationId: input.locationId },
        input,
      ),
    holdSlot: (input) => write('POST', restPaths.holds, { slotId: input.slotId }, input),
    releaseHold: async (input) => write('DELETE', fillPath(restPaths.hold, { holdId: input.holdId }), undefined, input),
    book: (input) =>
      write('POST', restPaths.appointments, { holdId: input.holdId, patient: input.patient, reason: input.reason, reminders: input.reminders }, input),
    // A read, but a POST: the confirmation code and birth date must not appear in any URL or log.
    findAppointment: async (input) =>
      (await requestJson(
        joinUrl(baseUrl, restPaths.appointmentLookup),
        {
          method: 'POST',
          headers: await headersFor({ 'content-type': 'application/json' }),
          body: JSON.stringify({ confirmationCode: input.confirmationCode, birthDate: input.birthDate }),
          signal: input.signal,
          ...(credentials ? { credentials } : {}),
        },
        fetchImpl,
      )) as ManagedAppointment,
    // The manage token proves the look-up; it travels only in this header, never in a URL or body.
    reschedule: async (input) =>
      write('POST', fillPath(restPaths.reschedule, { appointmentId: input.appointmentId }), { holdId: input.holdId }, input, bearer(input.manageToken)),
    cancel: async (input) => write('POST', fillPath(restPaths.cancel, { appointmentId: input.appointmentId }), { reason: input.reason }, input, bearer(input.manageToken)),
  };

  const waitQuery = (locationIds: readonly string[]) => ({ locationIds: locationIds.join(',') });
  const waitTimes: WaitTimePort = {
    getWaitTimes: (input) => get(restPaths.waitTimes, waitQuery(input.locationIds), input),
  };
  const streams = options.eventSource !== false && typeof EventSource === 'function';
  const withCredentials = credentials === 'include';
  if (streams) waitTimes.subscribe = sseSubscribe((ids) => joinUrl(baseUrl, restPaths.waitTimesStream, waitQuery(ids)), withCredentials);
  const chatStream = streams
    ? sseChatSubscribe((conversationId, after) => joinUrl(baseUrl, fillPath(restPaths.chatEventsStream, { conversationId }), { after }), withCredentials)
    : undefined;

  return { scheduling, waitTimes, pricing: restPricing(get, postRead), chat: restChat(get, write, options.chatPollMs, chatStream), feedback: restFeedback(get, write) };
}
