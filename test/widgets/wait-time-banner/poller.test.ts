import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WaitTimePort } from '../../../src/core/adapter.js';
import { FrontdeskError } from '../../../src/core/errors.js';
import type { WaitTime } from '../../../src/core/schemas/wait-times.js';
import { STREAM_OPEN_MS, WaitPoller } from '../../../src/widgets/wait-time-banner/poller.js';
import { FakeTimers } from '../../support/fake-timers.js';
import { FIXED_NOW } from '../../support/fixtures.js';

// The poller alone, on a fake clock, with a scripted port: when it asks, how often it reports
// an error, what it keeps. The banner's own tests (wait-time-banner, stream-failure) cover the
// same rules through the widget; these pin each rule down to the millisecond.

const MINUTE = 60_000;

const wait = (locationId: string, minutes: number): WaitTime => ({ locationId, status: 'open', minutes, updatedAt: new Date(FIXED_NOW).toISOString() });

type Answer = () => Promise<WaitTime[]>;
type Stream = (onData: (waits: WaitTime[]) => void, onError: (error: FrontdeskError) => void) => void;

interface Setup {
  answers?: Answer[];
  stream?: Stream;
  paused?: () => boolean;
  ids?: string[];
}

/** A poller on a fake host and clock; every `getWaitTimes` call takes the next scripted answer (the last one repeats). */
function start({ answers = [async () => [wait('a', 10)]], stream, paused = () => false, ids = ['a', 'b'] }: Setup = {}) {
  const clock = new FakeTimers(FIXED_NOW);
  const polls: number[] = [];
  const subscribes: number[] = [];
  const errors: FrontdeskError[] = [];
  const port: WaitTimePort = {
    getWaitTimes: () => {
      polls.push(clock.now() - FIXED_NOW);
      return answers[Math.min(polls.length - 1, answers.length - 1)]();
    },
    ...(stream
      ? {
          subscribe: (_input, onData, { onError }) => {
            subscribes.push(clock.now() - FIXED_NOW);
            stream(onData, (e) => onError?.(e));
          },
        }
      : {}),
  };
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (c) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
  const poller = new WaitPoller(host, {
    port: () => port,
    ids: () => ids,
    intervalMs: () => MINUTE,
    enabled: () => true,
    paused,
    timers: () => clock,
    onData: () => undefined,
    onError: (e) => void errors.push(e),
  });
  poller.hostConnected();
  return { clock, poller, polls, subscribes, errors, stop: () => poller.hostDisconnected() };
}

const failing = (retryAfterMs?: number): Answer => () => Promise.reject(new FrontdeskError('unavailable', 'Down.', retryAfterMs === undefined ? {} : { retryAfterMs }));

/** Makes the page look hidden or visible and tells the poller, as the browser would. */
function setHidden(hidden: boolean): void {
  if (hidden) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  else delete (document as { visibilityState?: string }).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('WaitPoller (fake clock)', () => {
  afterEach(() => setHidden(false));

  it('polls at once, then every interval', async () => {
    const p = start();
    await p.clock.advance(3 * MINUTE);
    p.stop();
    expect(p.polls).to.deep.equal([0, MINUTE, 2 * MINUTE, 3 * MINUTE]);
  });

  it('reports one error per episode of failed polls, and again for a new episode after a success', async () => {
    const ok: Answer = async () => [wait('a', 5)];
    const p = start({ answers: [failing(), failing(), failing(), ok, failing()] });
    await p.clock.advance(120 * MINUTE);
    p.stop();
    expect(p.polls.length, 'polls made').to.be.at.least(5);
    expect(p.errors.length, 'fd-error per episode').to.equal(2);
  });

  it('after a success, the next poll is one interval later, without the backoff', async () => {
    const ok: Answer = async () => [wait('a', 5)];
    const p = start({ answers: [failing(), ok, ok] });
    await p.clock.advance(30 * MINUTE);
    p.stop();
    const [, second, third] = p.polls;
    expect(third - second).to.equal(MINUTE);
  });

  it('honours Retry-After: no poll before it, however short the interval', async () => {
    const p = start({ answers: [failing(10 * MINUTE), async () => [wait('a', 5)]] });
    await p.clock.advance(9 * MINUTE);
    expect(p.polls, 'within the Retry-After').to.deep.equal([0]);
    await p.clock.advance(2 * MINUTE);
    p.stop();
    expect(p.polls[1], 'the first poll after it').to.be.within(10 * MINUTE, 11 * MINUTE);
  });

  it('keeps the figures of locations a partial update leaves out', async () => {
    const p = start({
      stream: (onData) => {
        onData([wait('a', 10), wait('b', 20)]);
        onData([wait('a', 15)]);
      },
    });
    await p.clock.advance(1000);
    p.stop();
    expect([...p.poller.waits.values()].map((w) => [w.locationId, w.minutes])).to.deep.equal([
      ['a', 15],
      ['b', 20],
    ]);
  });

  it('asks nothing while paused once the first figures are in', async () => {
    const p = start({ paused: () => true });
    await p.clock.advance(10 * MINUTE);
    p.stop();
    expect(p.polls).to.deep.equal([0]);
  });

  it('asks nothing more while paused after a first poll that failed', async () => {
    const p = start({ paused: () => true, answers: [failing()] });
    await p.clock.advance(30 * MINUTE);
    p.stop();
    expect(p.polls).to.deep.equal([0]);
    expect(p.errors.length).to.equal(1);
  });

  it('asks nothing from a hidden tab, and on being shown again waits out the rest of the interval', async () => {
    const p = start();
    await p.clock.advance(10_000);
    setHidden(true);
    await p.clock.advance(5 * MINUTE);
    expect(p.polls, 'while hidden').to.deep.equal([0]);
    setHidden(false);
    await p.clock.advance(0);
    expect(p.polls.length, 'shown again: the last poll is older than the interval, so at once').to.equal(2);

    const q = start();
    await q.clock.advance(10_000);
    setHidden(true);
    await q.clock.advance(10_000);
    setHidden(false);
    await q.clock.advance(0);
    expect(q.polls, 'shown again 20 s after a poll: no request yet').to.deep.equal([0]);
    await q.clock.advance(40_000);
    p.stop();
    q.stop();
    expect(q.polls).to.deep.equal([0, MINUTE]);
  });

  it('asks again at once when the browser comes back online', async () => {
    const p = start();
    await p.clock.advance(10_000);
    window.dispatchEvent(new Event('online'));
    await p.clock.advance(0);
    p.stop();
    expect(p.polls).to.deep.equal([0, 10_000]);
  });

  it('a stream that never opens fails after STREAM_OPEN_MS: one error, polling meanwhile', async () => {
    const p = start({ stream: () => undefined });
    await p.clock.advance(STREAM_OPEN_MS - 1);
    expect(p.errors.length, 'before the opening time').to.equal(0);
    expect(p.polls, 'no poll while the stream may still open').to.deep.equal([]);
    await p.clock.advance(1);
    expect(STREAM_OPEN_MS).to.equal(12_000);
    expect(p.errors.map((e) => e.kind)).to.deep.equal(['timeout']);
    expect(p.polls, 'polls at once instead').to.deep.equal([STREAM_OPEN_MS]);
    p.stop();
  });

  it('a failing stream is tried again after the backoff, reporting one error for the episode', async () => {
    const p = start({ stream: (_onData, onError) => queueMicrotask(() => onError(new FrontdeskError('unavailable', 'Stream down.'))) });
    await p.clock.advance(60 * MINUTE);
    p.stop();
    expect(p.subscribes.length, 'stream attempts in an hour').to.be.within(3, 60);
    expect(p.subscribes[1] - p.subscribes[0], 'the first retry waits at least one interval').to.be.at.least(MINUTE);
    expect(p.errors.length).to.equal(1);
    expect(p.polls.length, 'polled between attempts').to.be.at.least(p.subscribes.length - 1);
  });
});
