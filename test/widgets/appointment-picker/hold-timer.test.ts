import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HoldTimer, clock } from '../../../src/widgets/appointment-picker/hold-timer.js';

// The hold timer on its own: a test clock, and the one-second interval caught so each tick is
// the test's to fire (no real waiting, nothing that depends on the machine's load).
const START = Date.parse('2026-03-10T16:00:00Z');
const HOLD = 10 * 60_000;

function setup() {
  let now = START;
  let tick: (() => void) | undefined;
  let intervals = 0;
  const realSet = Object.getOwnPropertyDescriptor(window, 'setInterval')!;
  const realClear = Object.getOwnPropertyDescriptor(window, 'clearInterval')!;
  window.setInterval = ((fn: () => void) => {
    tick = fn;
    intervals++;
    return intervals;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id === intervals) tick = undefined;
  }) as typeof window.clearInterval;
  const controllers: ReactiveController[] = [];
  let updates = 0;
  const host: ReactiveControllerHost = {
    addController: (c) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => {
      updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  const minutes: number[] = [];
  let expired = 0;
  const timer = new HoldTimer(host, (m) => minutes.push(m), () => expired++, () => now);
  return {
    timer,
    minutes,
    controllers,
    get expired() {
      return expired;
    },
    get updates() {
      return updates;
    },
    get ticking() {
      return tick !== undefined;
    },
    /** Sets the clock to `ms` after the start and fires one tick. */
    at(ms: number) {
      now = START + ms;
      tick?.();
    },
    restore() {
      Object.defineProperty(window, 'setInterval', realSet);
      Object.defineProperty(window, 'clearInterval', realClear);
    },
  };
}

describe('appointment picker: hold timer', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    t = setup();
  });
  afterEach(() => t.restore());

  it('runs the whole hold: not expired 1 ms before the end, expired exactly at it, once', () => {
    t.timer.start(new Date(START + HOLD).toISOString());
    expect(t.timer.running).to.equal(true);
    expect(t.timer.remainingMs).to.equal(HOLD);
    t.at(HOLD - 61_000);
    t.at(HOLD - 1);
    expect(t.expired, 'expired early').to.equal(0);
    expect(t.timer.remainingMs).to.equal(1);
    t.at(HOLD);
    expect(t.expired).to.equal(1);
    expect(t.timer.running).to.equal(false);
    expect(t.timer.remainingMs).to.equal(0);
    t.at(HOLD + 5000);
    expect(t.expired, 'told twice').to.equal(1);
  });

  it('announces "2 minutes left" and "1 minute left" once each, as the marks are crossed, and nothing before', () => {
    t.timer.start(new Date(START + HOLD).toISOString());
    for (let ms = 0; ms < HOLD - 120_000; ms += 1000) t.at(ms);
    expect(t.minutes, 'announced before the last two minutes').to.deep.equal([]);
    for (let ms = HOLD - 120_000; ms < HOLD; ms += 1000) t.at(ms);
    expect(t.minutes).to.deep.equal([2, 1]);
  });

  it('a hold that starts inside the last minutes is not announced at once, only at the next mark', () => {
    t.timer.start(new Date(START + 90_000).toISOString());
    expect(t.minutes).to.deep.equal([]);
    t.at(30_000);
    expect(t.minutes).to.deep.equal([1]);
  });

  it('re-renders its host each tick and stops when the host leaves the page', () => {
    t.timer.start(new Date(START + HOLD).toISOString());
    const before = t.updates;
    t.at(1000);
    expect(t.updates).to.equal(before + 1);
    for (const c of t.controllers) c.hostDisconnected?.();
    expect(t.ticking, 'still ticking after the host left').to.equal(false);
    expect(t.timer.running).to.equal(false);
  });

  it('the clock shows whole seconds rounded up, with two-digit seconds', () => {
    expect(clock(245_000)).to.equal('4:05');
    expect(clock(600_000)).to.equal('10:00');
    expect(clock(59_001)).to.equal('1:00');
    expect(clock(1)).to.equal('0:01');
    expect(clock(0)).to.equal('0:00');
  });
});
