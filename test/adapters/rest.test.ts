import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { createRestAdapter, fillPath, joinUrl, restPaths, type RestAdapter } from '../../src/adapters/rest/index.js';
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { FrontdeskError } from '../../src/core/errors.js';
import { guardPort } from '../../src/core/guard.js';
import { schedulingPort } from '../../src/core/ports/scheduling.js';
import { waitTimesPort } from '../../src/core/ports/wait-times.js';
import { WaitTimeList } from '../../src/core/schemas/wait-times.js';
import { faultScenarios, type FaultScenario } from '../../src/mocks/faults.js';
import { restHandlers } from '../../src/mocks/rest-handlers.js';
import { contractPatient, runAdapterContractTests } from '../../src/testing/contract.js';
import { FIXED_NOW, memory } from '../support/fixtures.js';
import { useHandlers } from '../support/msw.js';

const BASE = '/api/frontdesk';
const DAY = 86_400_000;

runAdapterContractTests(
  'rest (msw over memory)',
  async () => {
    await useHandlers(...restHandlers(BASE, memory()));
    return createRestAdapter({ baseUrl: BASE, eventSource: false });
  },
  { ports: ['scheduling', 'waitTimes'], now: () => FIXED_NOW },
);

interface Captured {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/** Records every request to the API, then lets the next handler answer it. */
function capture(into: Captured[]) {
  return http.all(`${BASE}/*`, async ({ request }) => {
    const text = await request.clone().text();
    into.push({ method: request.method, url: new URL(request.url), headers: request.headers, body: text ? (JSON.parse(text) as unknown) : undefined });
    return undefined;
  });
}

/** A REST adapter over msw handlers for a fresh memory practice on the fixed clock. */
async function over(backend: MemoryAdapter = memory(), requests: Captured[] = [], options: Partial<Parameters<typeof createRestAdapter>[0]> = {}) {
  await useHandlers(capture(requests), ...restHandlers(BASE, backend));
  return { rest: createRestAdapter({ baseUrl: BASE, eventSource: false, ...options }), backend, requests };
}

const failure = (promise: Promise<unknown>) => promise.then(() => expect.fail('resolved'), (e: unknown) => e as FrontdeskError);

async function aHold(rest: RestAdapter, skip = 0) {
  const [visitType] = await rest.scheduling.listVisitTypes({});
  const slots = await rest.scheduling.findSlots({ from: new Date(FIXED_NOW).toISOString(), to: new Date(FIXED_NOW + 14 * DAY).toISOString(), visitTypeId: visitType.id });
  return rest.scheduling.holdSlot({ slotId: slots[skip].id, idempotencyKey: crypto.randomUUID() });
}

describe('REST adapter', () => {
  describe('sends each endpoint its method, path, query and body', () => {
    const key = 'key-123';
    const cases: Array<{ name: string; call: (a: RestAdapter) => Promise<unknown>; method: string; path: string; query?: Record<string, string>; body?: unknown; write: boolean; bearer?: string }> = [
      { name: 'listLocations', call: (a) => a.scheduling.listLocations({}), method: 'GET', path: '/locations', write: false },
      { name: 'listVisitTypes', call: (a) => a.scheduling.listVisitTypes({}), method: 'GET', path: '/visit-types', write: false },
      {
        name: 'listProviders',
        call: (a) => a.scheduling.listProviders({ visitTypeId: 'vt', locationId: 'loc' }),
        method: 'GET',
        path: '/providers',
        query: { visitTypeId: 'vt', locationId: 'loc' },
        write: false,
      },
      {
        name: 'findSlots',
        call: (a) => a.scheduling.findSlots({ from: '2026-03-10T00:00:00Z', to: '2026-03-11T00:00:00Z', visitTypeId: 'vt', providerId: 'p', locationId: 'loc' }),
        method: 'GET',
        path: '/slots',
        query: { from: '2026-03-10T00:00:00Z', to: '2026-03-11T00:00:00Z', visitTypeId: 'vt', providerId: 'p', locationId: 'loc' },
        write: false,
      },
      { name: 'holdSlot', call: (a) => a.scheduling.holdSlot({ slotId: 's1', idempotencyKey: key }), method: 'POST', path: '/holds', body: { slotId: 's1' }, write: true },
      { name: 'releaseHold', call: (a) => a.scheduling.releaseHold({ holdId: 'h/1', idempotencyKey: key }), method: 'DELETE', path: '/holds/h%2F1', write: true },
      {
        name: 'book',
        call: (a) => a.scheduling.book({ holdId: 'h1', patient: contractPatient, reason: 'cough', reminders: { sms: true, email: false }, idempotencyKey: key }),
        method: 'POST',
        path: '/appointments',
        body: { holdId: 'h1', patient: contractPatient, reason: 'cough', reminders: { sms: true, email: false } },
        write: true,
      },
      {
        name: 'findAppointment',
        call: (a) => a.scheduling.findAppointment({ confirmationCode: 'K7QM-42', birthDate: '1980-04-02' }),
        method: 'POST',
        path: '/appointments/lookup',
        body: { confirmationCode: 'K7QM-42', birthDate: '1980-04-02' },
        write: false,
      },
      {
        name: 'reschedule',
        call: (a) => a.scheduling.reschedule({ appointmentId: 'apt-1', holdId: 'h2', manageToken: 'proof-1', idempotencyKey: key }),
        method: 'POST',
        path: '/appointments/apt-1/reschedule',
        body: { holdId: 'h2' },
        write: true,
        bearer: 'proof-1',
      },
      {
        name: 'cancel',
        call: (a) => a.scheduling.cancel({ appointmentId: 'apt-1', reason: 'better', manageToken: 'proof-2', idempotencyKey: key }),
        method: 'POST',
        path: '/appointments/apt-1/cancel',
        body: { reason: 'better' },
        write: true,
        bearer: 'proof-2',
      },
      { name: 'getWaitTimes', call: (a) => a.waitTimes.getWaitTimes({ locationIds: ['a', 'b'] }), method: 'GET', path: '/wait-times', query: { locationIds: 'a,b' }, write: false },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const requests: Captured[] = [];
        await useHandlers(capture(requests), http.all(`${BASE}/*`, () => HttpResponse.json({ answered: c.name })));
        const answer = await c.call(createRestAdapter({ baseUrl: `${BASE}/`, eventSource: false }));
        expect(answer, 'returns the parsed JSON as is').to.deep.equal({ answered: c.name });
        expect(requests).to.have.length(1);
        const [r] = requests;
        expect(r.method).to.equal(c.method);
        expect(r.url.pathname).to.equal(`${BASE}${c.path}`);
        expect(Object.fromEntries(r.url.searchParams)).to.deep.equal(c.query ?? {});
        expect(r.body).to.deep.equal(c.body);
        expect(r.headers.get('accept')).to.equal('application/json');
        expect(r.headers.get('content-type')).to.equal(c.body === undefined ? null : 'application/json');
        expect(r.headers.get('idempotency-key')).to.equal(c.write ? key : null);
        expect(r.headers.get('authorization'), 'the manage token, only where it is needed').to.equal(c.bearer ? `Bearer ${c.bearer}` : null);
      });
    }
  });

  it('a whole booking over the contract: every write carries its key, no URL carries patient data', async () => {
    const { rest, requests } = await over();
    const hold = await aHold(rest);
    const booked = await rest.scheduling.book({ holdId: hold.holdId, patient: contractPatient, reminders: { sms: true, email: true }, idempotencyKey: 'book-1' });
    const found = await rest.scheduling.findAppointment({ confirmationCode: booked.confirmationCode, birthDate: contractPatient.birthDate });
    expect(found.id).to.equal(booked.id);
    const second = await aHold(rest, 1);
    const moved = await rest.scheduling.reschedule({ appointmentId: booked.id, holdId: second.holdId, manageToken: found.manageToken.token, idempotencyKey: 'move-1' });
    expect((await rest.scheduling.cancel({ appointmentId: booked.id, manageToken: moved.manageToken.token, idempotencyKey: 'cancel-1' })).status).to.equal('cancelled');
    const spare = await aHold(rest, 2);
    expect(await rest.scheduling.releaseHold({ holdId: spare.holdId, idempotencyKey: 'release-1' })).to.deep.equal({ holdId: spare.holdId, released: true });

    const writes = requests.filter((r) => r.method !== 'GET' && !r.url.pathname.endsWith('/lookup'));
    expect(writes.map((r) => `${r.method} ${r.url.pathname.slice(BASE.length)}`)).to.deep.equal([
      'POST /holds', 'POST /appointments', 'POST /holds', `POST /appointments/${booked.id}/reschedule`, `POST /appointments/${booked.id}/cancel`, 'POST /holds', `DELETE /holds/${spare.holdId}`,
    ]);
    for (const w of writes) expect(w.headers.get('idempotency-key'), `${w.method} ${w.url.pathname}`).to.be.a('string').and.not.equal('');
    const secrets = [...Object.values(contractPatient), booked.confirmationCode, '1980', 'Patient', booked.manageToken.token, found.manageToken.token];
    for (const r of requests) for (const secret of secrets) expect(r.url.href, r.url.href).not.to.include(encodeURIComponent(secret)).and.not.include(secret);
    const tokens = new Set([booked.manageToken.token, found.manageToken.token, moved.manageToken.token]);
    for (const r of requests) for (const token of tokens) expect(JSON.stringify(r.body ?? null), 'no token in a body').not.to.include(token);
  });

  it('the guard retries a write with the same Idempotency-Key, and the server books once', async () => {
    const backend = memory();
    const { rest, requests } = await over(backend);
    const hold = await aHold(rest);
    backend.control.fail({ method: 'scheduling.book', kind: 'unavailable', times: 1 });
    const guarded = guardPort(rest.scheduling, schedulingPort, 'scheduling', { policy: { baseDelayMs: 1 }, random: () => 0 });
    const booked = await guarded.book!({ holdId: hold.holdId, patient: contractPatient, reminders: { sms: false, email: false }, idempotencyKey: 'the-key' });
    const books = requests.filter((r) => r.url.pathname === `${BASE}/appointments`);
    expect(books.map((r) => r.headers.get('idempotency-key'))).to.deep.equal(['the-key', 'the-key']);
    expect(backend.control.calls.filter((c) => c.method === 'scheduling.book').map((c) => c.idempotencyKey)).to.deep.equal(['the-key', 'the-key']);
    // A third try with the key answers the same appointment rather than a second one.
    expect(await rest.scheduling.book({ holdId: hold.holdId, patient: contractPatient, reminders: { sms: false, email: false }, idempotencyKey: 'the-key' })).to.deep.equal(booked);
  });

  it('a guard-made key on a write is the same on its retry', async () => {
    const backend = memory({ faults: [{ method: 'scheduling.holdSlot', kind: 'rate-limited', retryAfterMs: 0, times: 1 }] });
    const { rest, requests } = await over(backend);
    const [visitType] = await rest.scheduling.listVisitTypes({});
    const [slot] = await rest.scheduling.findSlots({ from: new Date(FIXED_NOW).toISOString(), to: new Date(FIXED_NOW + 7 * DAY).toISOString(), visitTypeId: visitType.id });
    const guarded = guardPort(rest.scheduling, schedulingPort, 'scheduling', { policy: { baseDelayMs: 1 }, random: () => 0 });
    // No key given: the guard makes one for the user action.
    await (guarded.holdSlot as (i: { slotId: string }) => Promise<unknown>)({ slotId: slot.id });
    const keys = requests.filter((r) => r.url.pathname === `${BASE}/holds`).map((r) => r.headers.get('idempotency-key'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string').and.equal(keys[1]);
  });

  it('sends the headers() hook (async) on reads and writes, and credentials', async () => {
    const seen: RequestInit[] = [];
    const { rest, requests } = await over(memory(), [], {
      headers: async () => ({ authorization: 'Bearer t0ken', 'x-practice': 'p1' }),
      credentials: 'include',
      fetch: (input, init) => {
        seen.push(init ?? {});
        return fetch(input, init);
      },
    });
    await aHold(rest);
    expect(requests).to.have.length(3);
    for (const r of requests) {
      expect(r.headers.get('authorization')).to.equal('Bearer t0ken');
      expect(r.headers.get('x-practice')).to.equal('p1');
      expect(r.url.href).not.to.include('t0ken');
    }
    expect(requests[2].headers.get('idempotency-key'), 'the hook does not replace the key').to.be.a('string');
    expect(seen.map((i) => i.credentials)).to.deep.equal(['include', 'include', 'include']);
  });

  describe('maps the server errors to kinds', () => {
    const ids = ['no-matter'];
    const fail = async (scenario: FaultScenario, method: 'get' | 'post' = 'get', path = '/wait-times') => {
      await useHandlers(faultScenarios[scenario](method, `${BASE}${path}`));
      const rest = createRestAdapter({ baseUrl: BASE, eventSource: false });
      return failure(method === 'get' ? rest.waitTimes.getWaitTimes({ locationIds: ids }) : rest.scheduling.holdSlot({ slotId: 's', idempotencyKey: 'k' }));
    };

    it('409 → conflict (a slot someone else just took)', async () => {
      const { rest } = await over(memory({ scenario: 'slot-taken' }));
      const e = await failure(aHold(rest));
      expect([e.kind, e.status]).to.deep.equal(['conflict', 409]);
    });
    it('a dot-segment id (. or ..) is refused before any request: it would climb out of its path', async () => {
      const requests: Captured[] = [];
      await useHandlers(capture(requests), http.all(`${BASE}/*`, () => HttpResponse.json({})));
      const rest = createRestAdapter({ baseUrl: BASE, eventSource: false });
      for (const id of ['.', '..']) {
        const e = await failure(rest.scheduling.cancel({ appointmentId: id, manageToken: 'proof', idempotencyKey: 'k' }));
        expect(e.kind, id).to.equal('invalid-input');
        expect(await failure(rest.scheduling.releaseHold({ holdId: id, idempotencyKey: 'k' })).then((x) => x.kind)).to.equal('invalid-input');
      }
      expect(fillPath(restPaths.hold, { holdId: '...' })).to.equal('/holds/...');
      expect(requests, 'nothing was sent').to.deep.equal([]);
    });
    it('the path helpers: empty query values are left out, a missing path parameter is an error, never a literal :name', () => {
      expect(joinUrl('/api/', restPaths.slots, { from: '2026-03-02', visitTypeId: '', providerId: undefined })).to.equal('/api/slots?from=2026-03-02');
      expect(joinUrl('/api', restPaths.locations, { q: '' })).to.equal('/api/locations');
      expect(() => fillPath(restPaths.cancel, {})).to.throw(/Missing path parameter "appointmentId"/);
      expect(() => fillPath(restPaths.cancel, Object.create({ appointmentId: 'inherited' }) as Record<string, string>)).to.throw(/Missing path parameter/);
    });
    it('404 → not-found (no appointment with that code and birth date)', async () => {
      const { rest } = await over();
      const e = await failure(rest.scheduling.findAppointment({ confirmationCode: 'NOPE-0000', birthDate: contractPatient.birthDate }));
      expect([e.kind, e.status]).to.deep.equal(['not-found', 404]);
    });
    it('401 → unauthorized (cancel without a valid manage token), 403 → unauthorized (another appointment’s token)', async () => {
      const { rest } = await over();
      const book = async (skip: number) =>
        rest.scheduling.book({ holdId: (await aHold(rest, skip)).holdId, patient: contractPatient, reminders: { sms: false, email: false }, idempotencyKey: crypto.randomUUID() });
      const [mine, theirs] = [await book(0), await book(1)];
      const without = await failure(rest.scheduling.cancel({ appointmentId: theirs.id, manageToken: '', idempotencyKey: 'k1' }));
      expect([without.kind, without.status]).to.deep.equal(['unauthorized', 401]);
      const forged = await failure(rest.scheduling.cancel({ appointmentId: theirs.id, manageToken: 'A'.repeat(43), idempotencyKey: 'k2' }));
      expect([forged.kind, forged.status]).to.deep.equal(['unauthorized', 401]);
      const other = await failure(rest.scheduling.cancel({ appointmentId: theirs.id, manageToken: mine.manageToken.token, idempotencyKey: 'k3' }));
      expect([other.kind, other.status]).to.deep.equal(['unauthorized', 403]);
      const stillBooked = await rest.scheduling.findAppointment({ confirmationCode: theirs.confirmationCode, birthDate: contractPatient.birthDate });
      expect(stillBooked.status).to.equal('booked');
    });
    it('422 → invalid-input with the field errors from the schema check', async () => {
      const { rest } = await over();
      const hold = await aHold(rest);
      const e = await failure(rest.scheduling.book({ holdId: hold.holdId, patient: { ...contractPatient, birthDate: '2 April 1980' }, reminders: { sms: false, email: false }, idempotencyKey: 'k' }));
      expect([e.kind, e.status]).to.deep.equal(['invalid-input', 422]);
      expect(e.fieldErrors).to.deep.equal({ 'patient.birthDate': 'invalid_format' });
    });
    it('422 for missing query parameters', async () => {
      await useHandlers(...restHandlers(BASE, memory()));
      const e = await failure(createRestAdapter({ baseUrl: BASE, eventSource: false }).scheduling.findSlots({ from: '', to: '', visitTypeId: '' }));
      expect(e.fieldErrors).to.deep.equal({ from: 'required', to: 'required', visitTypeId: 'required' });
    });
    it('429 with Retry-After → rate-limited with retryAfterMs', async () => {
      const { rest } = await over(memory({ faults: [{ method: 'waitTimes.getWaitTimes', kind: 'rate-limited', retryAfterMs: 3000 }] }));
      const e = await failure(rest.waitTimes.getWaitTimes({ locationIds: [] }));
      expect([e.kind, e.status, e.retryAfterMs, e.retryable]).to.deep.equal(['rate-limited', 429, 3000, true]);
    });
    it('503 → unavailable, retryable, with Retry-After', async () => {
      const { rest } = await over(memory({ faults: [{ method: 'scheduling.listLocations', kind: 'unavailable', retryAfterMs: 2000 }] }));
      const e = await failure(rest.scheduling.listLocations({}));
      expect([e.kind, e.status, e.retryAfterMs, e.retryable]).to.deep.equal(['unavailable', 503, 2000, true]);
      expect((await fail('unavailable-retry-after')).retryAfterMs).to.equal(2000);
    });
    it('401 and 403 → unauthorized', async () => {
      const { rest } = await over(memory({ faults: [{ method: 'scheduling.listVisitTypes', kind: 'unauthorized' }] }));
      expect((await failure(rest.scheduling.listVisitTypes({}))).status).to.equal(401);
      expect((await fail('unauthorized')).kind).to.equal('unauthorized');
      const forbidden = await fail('forbidden', 'post', '/holds');
      expect([forbidden.kind, forbidden.status]).to.deep.equal(['unauthorized', 403]);
    });
    it('malformed JSON and an HTML page with 200 → invalid-response', async () => {
      expect((await fail('malformed-json')).kind).to.equal('invalid-response');
      expect((await fail('html-page')).kind).to.equal('invalid-response');
      expect((await fail('html-page', 'post', '/holds')).kind).to.equal('invalid-response');
    });
    it('offline → network (from a fault scenario and from the memory scenario)', async () => {
      expect((await fail('offline')).kind).to.equal('network');
      const { rest } = await over(memory({ scenario: 'offline' }));
      expect((await failure(rest.scheduling.listLocations({}))).kind).to.equal('network');
    });
    it('a write without Idempotency-Key is refused with 400', async () => {
      await useHandlers(...restHandlers(BASE, memory()));
      const response = await fetch(`${BASE}/holds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"slotId":"s"}' });
      expect(response.status).to.equal(400);
      expect(await response.json()).to.deep.equal({ error: { code: 'invalid-input', message: 'Every write needs an Idempotency-Key header.' }, errors: { 'Idempotency-Key': 'required' } });
    });
  });

  describe('wait times over Server-Sent Events', () => {
    const locationIds = ['no-such-location'];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- restored as the prototype's own method, called with its EventSource
    const realClose = EventSource.prototype.close;
    let closed = 0;
    beforeEach(() => {
      closed = 0;
      EventSource.prototype.close = function (this: EventSource) {
        closed++;
        realClose.call(this);
      };
    });
    afterEach(() => {
      EventSource.prototype.close = realClose;
    });

    it('has no subscribe when eventSource is false (widgets poll)', () => {
      expect(createRestAdapter({ baseUrl: BASE, eventSource: false }).waitTimes.subscribe).to.equal(undefined);
      expect(createRestAdapter({ baseUrl: BASE }).waitTimes.subscribe).to.be.a('function');
    });

    it('delivers the current waits, then closes on abort', async () => {
      const backend = memory();
      const requests: Captured[] = [];
      await useHandlers(capture(requests), ...restHandlers(BASE, backend));
      const rest = createRestAdapter({ baseUrl: BASE });
      const ids = (await rest.scheduling.listLocations({})).map((l) => l.id);
      const controller = new AbortController();
      const events: unknown[] = [];
      await new Promise<void>((resolve, reject) => {
        rest.waitTimes.subscribe?.({ locationIds: ids }, (e) => {
          events.push(e);
          resolve();
        }, { signal: controller.signal, onError: reject });
      });
      expect(closed, 'open while subscribed').to.equal(0);
      controller.abort();
      expect(closed, 'closed on abort').to.equal(1);
      expect(WaitTimeList.safeParse(events[0]).success).to.equal(true);
      expect(events[0]).to.deep.equal(await backend.waitTimes.getWaitTimes({ locationIds: ids }));
      const stream = requests.find((r) => r.url.pathname === `${BASE}/wait-times/stream`);
      expect(stream?.url.searchParams.get('locationIds')).to.equal(ids.join(','));
    });

    it('reports a failing stream once as a network error, through the guard too', async () => {
      await useHandlers(...restHandlers(BASE, memory()));
      const rest = createRestAdapter({ baseUrl: BASE });
      const guarded = guardPort(rest.waitTimes, waitTimesPort, 'waitTimes');
      const errors: FrontdeskError[] = [];
      const controller = new AbortController();
      guarded.subscribe?.({ locationIds }, () => expect.fail('no event expected'), { signal: controller.signal, onError: (e) => errors.push(e) });
      await new Promise((r) => setTimeout(r, 300));
      expect(closed, 'closed on error, no reconnect').to.equal(1);
      controller.abort();
      expect(errors.map((e) => e.kind)).to.deep.equal(['network']);
    });
  });
});
