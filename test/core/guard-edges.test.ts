import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { guardPort } from '../../src/core/guard.js';
import { push, read, write, type PortOf } from '../../src/core/port.js';
import { captureConsole } from '../support/console.js';

const Thing = z.object({ id: z.string(), count: z.int() });
const thing = async () => Thing;
const spec = {
  getThing: read<{ id: string }>()(thing),
  saveThing: write<{ id: string }>()(thing),
  watch: push<object>()(thing),
};
type Port = PortOf<typeof spec>;
const fast = { policy: { baseDelayMs: 1, maxDelayMs: 2, timeoutMs: 500, retries: 0 } };
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('guard: edges', () => {
  it('a write the caller gave no key gets a fresh idempotency key (a UUID)', async () => {
    const keys: unknown[] = [];
    const port: Port = { getThing: async () => ({ id: 'x', count: 0 }), saveThing: async ({ id, idempotencyKey }) => (keys.push(idempotencyKey), { id, count: 1 }) };
    await guardPort(port, spec, 'keys', fast).saveThing({ id: 'a' } as Parameters<Port['saveThing']>[0]);
    expect(keys).to.have.length(1);
    expect(String(keys[0])).to.match(uuid);
  });

  it('the same invalid response is logged once, however often it comes', async () => {
    const port: Port = { getThing: async () => ({ id: 'x' }) as never, saveThing: async () => ({ id: 'x', count: 0 }) };
    const guarded = guardPort(port, spec, 'logged-once', fast);
    const log = captureConsole();
    for (let i = 0; i < 3; i++) await guarded.getThing({ id: 'x' }).catch(() => undefined);
    log.restore();
    expect(log.errors).to.have.length(1);
  });

  it('an event that arrives after the subscription was aborted is not delivered', async () => {
    let emit: ((e: unknown) => void) | undefined;
    const port: Port = {
      getThing: async () => ({ id: 'x', count: 0 }),
      saveThing: async () => ({ id: 'x', count: 0 }),
      watch: (_input, onEvent) => {
        emit = onEvent as (e: unknown) => void;
      },
    };
    const seen: unknown[] = [];
    const controller = new AbortController();
    guardPort(port, spec, 'aborted', fast).watch?.({}, (e) => seen.push(e), { signal: controller.signal });
    controller.abort();
    emit?.({ id: 'late', count: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).to.deep.equal([]);
  });

  it('a port guarded with its own policy is not the cached default one', () => {
    const port: Port = { getThing: async () => ({ id: 'x', count: 0 }), saveThing: async () => ({ id: 'x', count: 0 }) };
    const plain = guardPort(port, spec, 'cache');
    expect(guardPort(port, spec, 'cache', fast)).not.to.equal(plain);
    expect(guardPort(port, spec, 'cache')).to.equal(plain);
  });
});
