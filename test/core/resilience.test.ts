import { expect } from '@open-wc/testing';
import { fc } from '../support/property.js';
import { FrontdeskError, errorKinds, isAbortError } from '../../src/core/errors.js';
import { backoffDelay, defaultRetryPolicy, idempotencyKey, resilientCall, retryDelay, sleep } from '../../src/core/resilience.js';

const policy = { ...defaultRetryPolicy, baseDelayMs: 5, maxDelayMs: 40, timeoutMs: 200 };
const never = () => new Promise<never>(() => {});

describe('resilience', () => {
  describe('backoffDelay (full jitter)', () => {
    it('stays within [0, min(cap, base·2^attempt)) for any attempt and random value', () => {
      fc.assert(
        fc.property(fc.nat(40), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 100_000 }), (attempt, r, base, cap) => {
          const p = { ...policy, baseDelayMs: base, maxDelayMs: cap };
          const d = backoffDelay(attempt, p, () => r);
          const ceiling = Math.min(cap, base * 2 ** attempt);
          return d >= 0 && (d < ceiling || ceiling === 0);
        }),
      );
    });
    it('grows exponentially before the cap', () => {
      const top = (n: number) => backoffDelay(n, { ...policy, baseDelayMs: 100, maxDelayMs: 1e9 }, () => 0.999999);
      expect(top(0)).to.equal(99);
      expect(top(3)).to.equal(799);
    });
  });

  describe('retryDelay', () => {
    it('never retries a non-retryable kind, whatever the attempt', () => {
      const nonRetryable = errorKinds.filter((k) => !new FrontdeskError(k).retryable);
      expect(nonRetryable).to.have.members(['unauthorized', 'not-found', 'conflict', 'invalid-input', 'invalid-response', 'config']);
      fc.assert(
        fc.property(fc.constantFrom(...nonRetryable), fc.nat(5), (kind, attempt) => retryDelay(new FrontdeskError(kind), attempt, policy) === undefined),
      );
    });
    it('waits at least Retry-After, and gives up when it is longer than the policy allows', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 60_000 }), fc.nat(1), (after, attempt) => {
          const d = retryDelay(new FrontdeskError('rate-limited', 'x', { retryAfterMs: after }), attempt, policy, () => 0.5);
          return after > policy.maxRetryAfterMs ? d === undefined : d !== undefined && d >= after;
        }),
      );
    });
    it('stops when the attempts are spent', () => {
      expect(retryDelay(new FrontdeskError('unavailable'), policy.retries, policy)).to.equal(undefined);
      expect(retryDelay(new FrontdeskError('unavailable'), policy.retries - 1, policy)).to.be.a('number');
    });
  });

  describe('resilientCall', () => {
    it('retries retryable failures, then succeeds', async () => {
      let calls = 0;
      const value = await resilientCall(async () => {
        calls++;
        if (calls < 3) throw new FrontdeskError('unavailable');
        return 'ok';
      }, { policy });
      expect(value).to.equal('ok');
      expect(calls).to.equal(3);
    });

    it('honours Retry-After before the next attempt', async () => {
      const times: number[] = [];
      await resilientCall(async () => {
        times.push(performance.now());
        if (times.length === 1) throw new FrontdeskError('rate-limited', 'x', { retryAfterMs: 120 });
        return true;
      }, { policy, random: () => 0 });
      expect(times[1] - times[0]).to.be.at.least(115);
    });

    it('stops at once on a non-retryable kind', async () => {
      let calls = 0;
      const error = await resilientCall(async () => {
        calls++;
        throw new FrontdeskError('conflict');
      }, { policy }).catch((e: unknown) => e);
      expect(calls).to.equal(1);
      expect((error as FrontdeskError).kind).to.equal('conflict');
    });

    it('surfaces a call that never answers as kind "timeout", after the retries', async () => {
      let calls = 0;
      const started = performance.now();
      const error = await resilientCall(() => {
        calls++;
        return never();
      }, { policy: { ...policy, timeoutMs: 30, retries: 1 } }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(FrontdeskError);
      expect((error as FrontdeskError).kind).to.equal('timeout');
      expect(calls).to.equal(2);
      expect(performance.now() - started).to.be.below(1000);
    });

    it('aborts within one task of the signal firing, even when the call ignores its signal', async () => {
      const controller = new AbortController();
      const pending = resilientCall(never, { signal: controller.signal, policy: { ...policy, timeoutMs: 60_000 } });
      let settled = false;
      pending.catch(() => (settled = true));
      controller.abort();
      await new Promise((r) => setTimeout(r, 0));
      expect(settled).to.equal(true);
      expect(isAbortError(await pending.catch((e: unknown) => e))).to.equal(true);
    });

    it('aborts a pending backoff wait promptly and makes no further attempt', async () => {
      const controller = new AbortController();
      let calls = 0;
      const pending = resilientCall(async () => {
        calls++;
        throw new FrontdeskError('unavailable', 'x', { retryAfterMs: 10_000 });
      }, { signal: controller.signal, policy: { ...policy, maxRetryAfterMs: 60_000 } });
      await new Promise((r) => setTimeout(r, 10));
      controller.abort();
      expect(isAbortError(await pending.catch((e: unknown) => e))).to.equal(true);
      expect(calls).to.equal(1);
    });

    it('passes the attempt an AbortSignal that fires on timeout', async () => {
      let seen: AbortSignal | undefined;
      await resilientCall((signal) => {
        seen = signal;
        return never();
      }, { policy: { ...policy, timeoutMs: 20, retries: 0 } }).catch(() => undefined);
      expect(seen?.aborted).to.equal(true);
    });

    it('maps unknown throws: TypeError → network, anything else → unavailable', async () => {
      const kindOf = async (thrown: unknown) =>
        ((await resilientCall(() => Promise.reject(thrown), { policy: { ...policy, retries: 0 } }).catch((e: unknown) => e)) as FrontdeskError).kind;
      expect(await kindOf(new TypeError('Failed to fetch'))).to.equal('network');
      expect(await kindOf(new Error('boom'))).to.equal('unavailable');
    });
  });

  it('sleep rejects immediately when already aborted', async () => {
    const c = new AbortController();
    c.abort();
    expect(isAbortError(await sleep(1000, c.signal).catch((e: unknown) => e))).to.equal(true);
  });

  it('idempotencyKey gives distinct v4 UUIDs', () => {
    const keys = new Set(Array.from({ length: 200 }, idempotencyKey));
    expect(keys.size).to.equal(200);
    for (const k of keys) expect(k).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
