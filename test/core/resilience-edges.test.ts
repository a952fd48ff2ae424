import { expect } from '@open-wc/testing';
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

  it('IntentKey: the same key while the body is unchanged, a new one when it changes or after done()', () => {
    const intent = new IntentKey();
    const first = intent.for({ holdId: 'h1', patient: { givenName: 'Rosa' } });
    expect(first).to.match(uuid);
    expect(intent.for({ holdId: 'h1', patient: { givenName: 'Rosa' } }), 'pressed again').to.equal(first);
    const changed = intent.for({ holdId: 'h1', patient: { givenName: 'Rose' } });
    expect(changed, 'the patient changed something').not.to.equal(first);
    expect(intent.for({ holdId: 'h1', patient: { givenName: 'Rose' } })).to.equal(changed);
    intent.done();
    expect(intent.for({ holdId: 'h1', patient: { givenName: 'Rose' } }), 'after success: a new intent').not.to.equal(changed);
    const empty = new IntentKey();
    expect(empty.for(undefined), 'an empty body still gets a key').to.match(uuid);
    expect(empty.for(undefined)).to.equal(empty.for(undefined));
  });
});
