import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { FrontdeskError } from '../../src/core/errors.js';
import { guardPort, missingPort } from '../../src/core/guard.js';
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
const fast = { policy: { baseDelayMs: 1, maxDelayMs: 2, timeoutMs: 500 } };

describe('guard', () => {
  it('passes valid responses through, typed', async () => {
    const port: Port = { getThing: async ({ id }) => ({ id, count: 2 }), saveThing: async ({ id }) => ({ id, count: 1 }) };
    expect(await guardPort(port, spec, 'things', fast).getThing({ id: 'a' })).to.deep.equal({ id: 'a', count: 2 });
  });

  it('turns a schema-invalid response into invalid-response and logs paths, never values', async () => {
    // The secret sits in the field that fails (its value would be the one to leak), and in a valid one.
    const secret = 'Jane Q. Patient';
    const port = { getThing: async () => ({ id: `${secret} (valid)`, count: secret }) } as unknown as Port;
    const log = captureConsole();
    try {
      const error = (await guardPort(port, spec, 'patients', fast).getThing({ id: 'a' }).catch((e: unknown) => e)) as FrontdeskError;
      expect(error).to.be.instanceOf(FrontdeskError);
      expect(error.kind).to.equal('invalid-response');
      expect(error.message).to.contain('count');
      expect(log.errors.join()).to.contain('patients.getThing');
      expect(log.errors.join()).to.contain('count [invalid_type]');
      expect(log.all()).not.to.contain('Jane');
      expect(error.message).not.to.contain('Jane');
      expect(JSON.stringify({ ...Object.fromEntries(Object.entries(error)), cause: error.cause })).not.to.contain('Jane');
    } finally {
      log.restore();
    }
  });

  it('the console capture shows objects in full (so the check above would see a logged data object)', () => {
    const log = captureConsole();
    try {
      console.error('Frontdesk:', { data: { id: 'x', patient: { name: 'Jane Q. Patient' } } }, new Error('boom'));
    } finally {
      log.restore();
    }
    expect(log.errors[0]).to.contain('"name":"Jane Q. Patient"');
    expect(log.errors[0]).to.contain('boom');
  });

  it('does not retry invalid responses', async () => {
    let calls = 0;
    const port = { getThing: async () => (calls++, { nope: true }) } as unknown as Port;
    const log = captureConsole();
    await guardPort(port, spec, 'things', fast).getThing({ id: 'a' }).catch(() => undefined);
    log.restore();
    expect(calls).to.equal(1);
  });

  it('gives every write an idempotency key and reuses it on each retry', async () => {
    const keys: string[] = [];
    const port: Port = {
      getThing: async () => ({ id: 'x', count: 0 }),
      saveThing: async ({ id, idempotencyKey }) => {
        keys.push(idempotencyKey);
        if (keys.length < 3) throw new FrontdeskError('unavailable');
        return { id, count: 1 };
      },
    };
    const guarded = guardPort(port, spec, 'things', fast);
    await guarded.saveThing({ id: 'a' } as Parameters<Port['saveThing']>[0]);
    expect(keys).to.have.length(3);
    expect(new Set(keys).size).to.equal(1);
    keys.length = 0;
    await guarded.saveThing({ id: 'a', idempotencyKey: 'mine' });
    expect(keys.every((k) => k === 'mine')).to.equal(true);
  });

  it('validates pushed events: valid ones arrive, invalid ones become onError', async () => {
    const port: Port = {
      getThing: async () => ({ id: 'x', count: 0 }),
      saveThing: async () => ({ id: 'x', count: 0 }),
      watch: (_input, onEvent) => {
        onEvent({ id: 'ok', count: 1 });
        onEvent({ id: 'bad' } as never);
      },
    };
    const seen: unknown[] = [];
    const errors: string[] = [];
    const log = captureConsole();
    guardPort(port, spec, 'things', fast).watch?.({}, (e) => seen.push(e), {
      signal: new AbortController().signal,
      onError: (e) => errors.push(e.kind),
    });
    await new Promise((r) => setTimeout(r, 0));
    log.restore();
    expect(seen).to.deep.equal([{ id: 'ok', count: 1 }]);
    expect(errors).to.deep.equal(['invalid-response']);
  });

  it('caches the guarded port per port object', () => {
    const port: Port = { getThing: async () => ({ id: 'x', count: 0 }), saveThing: async () => ({ id: 'x', count: 0 }) };
    expect(guardPort(port, spec, 'things')).to.equal(guardPort(port, spec, 'things'));
  });

  it('a missing port fails every call with config', async () => {
    const error = (await missingPort(spec, 'things').getThing({ id: 'a' }).catch((e: unknown) => e)) as FrontdeskError;
    expect(error.kind).to.equal('config');
  });
});
