import { expect } from '@open-wc/testing';
import { FrontdeskError } from '../../src/core/errors.js';
import { IntentKey, idempotencyKey, resilientCall } from '../../src/core/resilience.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('resilience: edges', () => {
  it('the caller’s abort during an attempt ends the call at once: no retry is announced or made', async () => {
    const controller = new AbortController();
    let calls = 0;
    const retries: number[] = [];
    const done = resilientCall(
      (signal) =>
        new Promise((_, reject) => {
          calls++;
          signal.addEventListener('abort', () => reject(signal.reason as Error));
        }),
      { signal: controller.signal, policy: { retries: 3, baseDelayMs: 1, maxDelayMs: 2 }, onRetry: (r) => retries.push(r.attempt) },
    );
    controller.abort(new DOMException('left the page', 'AbortError'));
    const error = await done.catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
    expect(calls).to.equal(1);
    expect(retries).to.deep.equal([]);
  });

  it('without crypto.randomUUID (a page on plain http), keys are still version-4 UUIDs', () => {
    const own = Object.getOwnPropertyDescriptor(crypto, 'randomUUID');
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = Array.from({ length: 50 }, () => idempotencyKey());
      for (const key of keys) expect(key).to.match(uuid);
      expect(new Set(keys).size).to.equal(50);
    } finally {
      if (own) Object.defineProperty(crypto, 'randomUUID', own);
      else delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });

  it('IntentKey: the same key while the body is unchanged and the failure retryable; a new one when it changes, after success or a final refusal', async () => {
    const intent = new IntentKey();
    const keys: string[] = [];
    const send = (body: unknown, fail?: FrontdeskError) =>
      intent.run(body, async (key) => {
        keys.push(key);
        if (fail) throw fail;
        return key;
      }).catch(() => undefined);
    const lost = new FrontdeskError('network', 'lost');
    await send({ holdId: 'h1', given: 'Rosa' }, lost);
    await send({ holdId: 'h1', given: 'Rosa' }, lost);
    expect(keys[0]).to.match(uuid);
    expect(keys[1], 'pressed again').to.equal(keys[0]);
    await send({ holdId: 'h1', given: 'Rose' }, lost);
    expect(keys[2], 'the patient changed something').not.to.equal(keys[0]);
    await send({ holdId: 'h1', given: 'Rose' });
    expect(keys[3]).to.equal(keys[2]);
    await send({ holdId: 'h1', given: 'Rose' }, new FrontdeskError('unauthorized', 'refused'));
    expect(keys[4], 'after success: a new intent').not.to.equal(keys[3]);
    await send({ holdId: 'h1', given: 'Rose' });
    expect(keys[5], 'after a final refusal: a new intent').not.to.equal(keys[4]);
    const empty = new IntentKey();
    expect(await empty.run(undefined, async (key) => key), 'an empty body still gets a key').to.match(uuid);
  });
});
