import { expect } from '@open-wc/testing';
import { HttpResponse, delay, http } from 'msw';
import type { FrontdeskError } from '../../src/core/errors.js';
import { errorFromResponse, kindForStatus, parseRetryAfter, requestJson } from '../../src/core/http.js';
import { resilientCall } from '../../src/core/resilience.js';
import { faultScenarios, type FaultScenario } from '../../src/mocks/faults.js';
import { useHandlers } from '../support/msw.js';

const URL_ = '/frontdesk-test/thing';
const fail = async (scenario: FaultScenario): Promise<FrontdeskError> => {
  await useHandlers(faultScenarios[scenario]('get', URL_));
  return (await requestJson(URL_).catch((e: unknown) => e)) as FrontdeskError;
};

describe('http', () => {
  it('a 409 with Retry-After (the same request still being handled) is retried; a plain 409 is final', () => {
    const inFlight = errorFromResponse(409, new Headers({ 'retry-after': '1' }));
    expect([inFlight.kind, inFlight.retryable, inFlight.retryAfterMs]).to.deep.equal(['conflict', true, 1000]);
    const taken = errorFromResponse(409, new Headers());
    expect([taken.kind, taken.retryable]).to.deep.equal(['conflict', false]);
  });

  describe('parseRetryAfter', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    it('reads delta-seconds', () => {
      expect(parseRetryAfter('120', now)).to.equal(120_000);
      expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    });
    it('reads an HTTP-date, relative to now, never negative', () => {
      expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:30 GMT', now)).to.equal(30_000);
      expect(parseRetryAfter('Mon, 23 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    });
    it('ignores what it cannot read', () => {
      expect(parseRetryAfter(null, now)).to.equal(undefined);
      expect(parseRetryAfter('-5', now)).to.equal(undefined);
      expect(parseRetryAfter('soon', now)).to.equal(undefined);
    });
    it('ignores a wait of more than a day (Retry-After: 99999999999 is not shown or waited for)', () => {
      expect(parseRetryAfter('86400', now)).to.equal(86_400_000);
      expect(parseRetryAfter('86401', now)).to.equal(undefined);
      expect(parseRetryAfter('99999999999', now)).to.equal(undefined);
      expect(parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', now)).to.equal(undefined);
    });
  });

  it('maps statuses to kinds', () => {
    const table: Array<[number, string]> = [
      [400, 'invalid-input'], [401, 'unauthorized'], [403, 'unauthorized'], [404, 'not-found'], [408, 'timeout'],
      [409, 'conflict'], [422, 'invalid-input'], [429, 'rate-limited'], [500, 'unavailable'], [502, 'unavailable'], [503, 'unavailable'],
    ];
    for (const [status, kind] of table) expect(kindForStatus(status), String(status)).to.equal(kind);
  });

  describe('requestJson against msw fault scenarios', () => {
    it('500 → unavailable, retryable', async () => {
      const e = await fail('server-error');
      expect([e.kind, e.retryable, e.status]).to.deep.equal(['unavailable', true, 500]);
    });
    it('503 with Retry-After → unavailable with retryAfterMs', async () => {
      const e = await fail('unavailable-retry-after');
      expect([e.kind, e.retryAfterMs]).to.deep.equal(['unavailable', 2000]);
    });
    it('429 with Retry-After seconds and with an HTTP-date', async () => {
      const seconds = await fail('rate-limited');
      expect([seconds.kind, seconds.retryAfterMs]).to.deep.equal(['rate-limited', 1000]);
      // The header says now + 2 s at whole-second precision (toUTCString drops the milliseconds), and
      // the wait is measured from when the answer was read: at most 2000 ms, and more than
      // 1000 ms less the time the round trip took.
      const before = Date.now();
      const date = await fail('rate-limited-date');
      const elapsed = Date.now() - before;
      expect(date.kind).to.equal('rate-limited');
      expect(date.retryAfterMs).to.be.at.most(2000);
      expect(date.retryAfterMs).to.be.above(1000 - elapsed);
    });
    it('409 → conflict, 401 → unauthorized, 404 → not-found', async () => {
      expect((await fail('conflict')).kind).to.equal('conflict');
      expect((await fail('unauthorized')).kind).to.equal('unauthorized');
      expect((await fail('not-found')).kind).to.equal('not-found');
    });
    it('422 → invalid-input with field errors', async () => {
      const e = await fail('validation');
      expect(e.kind).to.equal('invalid-input');
      expect(e.fieldErrors).to.deep.equal({ email: 'invalid' });
    });
    it('malformed JSON, an HTML page and an empty 200 → invalid-response', async () => {
      expect((await fail('malformed-json')).kind).to.equal('invalid-response');
      expect((await fail('html-page')).kind).to.equal('invalid-response');
      expect((await fail('empty-body')).kind).to.equal('invalid-response');
    });
    it('offline → network', async () => {
      expect((await fail('offline')).kind).to.equal('network');
    });
    it('a response that never comes → timeout through resilientCall', async () => {
      await useHandlers(faultScenarios.timeout('get', URL_));
      const e = (await resilientCall((signal) => requestJson(URL_, { signal }), { policy: { timeoutMs: 50, retries: 0 } }).catch((x: unknown) => x)) as FrontdeskError;
      expect(e.kind).to.equal('timeout');
    });
    it('429 then 200: resilientCall waits Retry-After and succeeds', async () => {
      let calls = 0;
      const times: number[] = [];
      await useHandlers(
        http.get(URL_, () => {
          times.push(performance.now());
          return ++calls === 1
            ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } })
            : HttpResponse.json({ ok: true });
        }),
      );
      const body = await resilientCall((signal) => requestJson(URL_, { signal }), { random: () => 0 });
      expect(body).to.deep.equal({ ok: true });
      expect(times[1] - times[0]).to.be.at.least(950);
    });
    it('a slow first byte that then succeeds is not an error', async () => {
      await useHandlers(http.get(URL_, async () => { await delay(150); return HttpResponse.json([1]); }));
      expect(await requestJson(URL_)).to.deep.equal([1]);
    });
  });
});
