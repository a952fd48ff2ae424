import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WaitTimePort } from '../../core/adapter.js';
import { FrontdeskError, toFrontdeskError } from '../../core/errors.js';
import type { WaitTime } from '../../core/schemas/wait-times.js';
import { nextPollDelay } from './poll-delay.js';

/** The clock and timers the poller uses; tests pass a fake one. */
export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface PollerOptions {
  port(): WaitTimePort | undefined;
  /** The location ids to watch, or `undefined` while they are not known yet. */
  ids(): readonly string[] | undefined;
  intervalMs(): number;
  /** False once the banner is dismissed. */
  enabled(): boolean;
  /** True while automatic updates are paused: the first figures still load, nothing after. */
  paused(): boolean;
  timers(): Timers;
  onData(waits: readonly WaitTime[]): void;
  onError(error: FrontdeskError): void;
}

/** How long a new stream may take to deliver its first figures before it counts as failed. */
export const STREAM_OPEN_MS = 12_000;

/**
 * Keeps the waits current: subscribes when the port can push, else polls every interval.
 * When the stream fails (an error status, closing, never opening) it polls instead and
 * tries the stream again after the same backoff as polling, reporting one error per
 * episode (until the stream delivers again), never one per attempt.
 * Stops while the page is hidden (no request from a background tab) and refreshes when it
 * is shown again; backs off on failures and honours `Retry-After`; keeps the last good
 * figures through failures. Aborts whatever is in flight when it stops.
 */
export class WaitPoller implements ReactiveController {
  /** Last good figure per location id. */
  readonly waits = new Map<string, WaitTime>();
  /** The failure since the last success, if any. */
  error: FrontdeskError | undefined;
  /** Whether a first answer (data or failure) has arrived for the current ids. */
  settled = false;
  /** Requests made (reads and subscriptions), for the benchmark. */
  requests = 0;

  private failures = 0;
  private lastFetchAt = -Infinity;
  private timer: unknown;
  private controller: AbortController | undefined;
  private key = '';
  private connected = false;
  /** Stream failures since it last delivered, and when it may be tried again. */
  private streamFailures = 0;
  private streamRetryAt = -Infinity;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PollerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.sync);
    window.addEventListener('online', this.refresh);
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.sync);
    window.removeEventListener('online', this.refresh);
    this.stop();
  }

  /** Starts, restarts or stops to match the page's visibility, the options and the host. */
  readonly sync = (): void => {
    const port = this.options.port();
    const ids = this.options.ids();
    const run =
      this.connected &&
      document.visibilityState !== 'hidden' &&
      this.options.enabled() &&
      !(this.options.paused() && this.settled && this.key === ids?.join(' ')) &&
      port &&
      ids &&
      ids.length > 0;
    if (!run) return this.stop();
    const key = ids.join(' ');
    if (key !== this.key) {
      this.stop();
      this.key = key;
      this.waits.clear();
      this.error = undefined;
      this.settled = false;
      this.failures = 0;
      this.lastFetchAt = -Infinity;
      this.streamFailures = 0;
      this.streamRetryAt = -Infinity;
    }
    if (this.controller) return;
    this.controller = new AbortController();
    const now = this.options.timers().now();
    if (port.subscribe && now >= this.streamRetryAt) this.subscribe(port, ids, this.controller.signal);
    else this.schedule(Math.max(0, this.lastFetchAt + this.options.intervalMs() - now));
  };

  /** Asks again now (the Retry button, the browser coming back online). */
  readonly refresh = (): void => {
    if (!this.controller) return this.sync();
    const port = this.options.port();
    if (port?.subscribe) {
      this.stop();
      this.sync();
    } else this.schedule(0);
  };

  private stop(): void {
    this.options.timers().clearTimeout(this.timer);
    this.timer = undefined;
    this.controller?.abort();
    this.controller = undefined;
  }

  private schedule(ms: number): void {
    const timers = this.options.timers();
    timers.clearTimeout(this.timer);
    this.timer = timers.setTimeout(this.tick, ms);
  }

  /** A poll, or (when the stream's backoff is over) back to the stream. */
  private readonly tick = (): void => {
    if (this.options.port()?.subscribe && this.options.timers().now() >= this.streamRetryAt) {
      this.stop();
      this.sync();
    } else void this.fetch();
  };

  private async fetch(): Promise<void> {
    const port = this.options.port();
    const ids = this.options.ids();
    const signal = this.controller?.signal;
    if (!port || !ids || !signal) return;
    this.requests++;
    this.lastFetchAt = this.options.timers().now();
    try {
      this.succeed(await port.getWaitTimes({ locationIds: ids, signal }));
    } catch (thrown) {
      if (signal.aborted) return;
      this.fail(toFrontdeskError(thrown));
    }
    if (signal.aborted) return;
    if (this.options.paused()) return this.stop();
    const delay = nextPollDelay(this.options.intervalMs(), this.failures, this.error?.retryAfterMs);
    this.schedule(port.subscribe ? Math.min(delay, Math.max(0, this.streamRetryAt - this.options.timers().now())) : delay);
  }

  private subscribe(port: WaitTimePort, ids: readonly string[], signal: AbortSignal): void {
    this.requests++;
    const timers = this.options.timers();
    const streamFailed = (error: FrontdeskError) => {
      if (signal.aborted) return;
      timers.clearTimeout(opening);
      this.streamFailures++;
      this.streamRetryAt = timers.now() + nextPollDelay(this.options.intervalMs(), this.streamFailures, error.retryAfterMs);
      // Drop the broken channel; poll meanwhile (sync sees the backoff) and report the episode once.
      this.controller?.abort();
      this.controller = undefined;
      if (this.streamFailures === 1) this.options.onError(error);
      this.sync();
    };
    const opening = timers.setTimeout(() => streamFailed(new FrontdeskError('timeout', 'The wait-time stream did not open.')), STREAM_OPEN_MS);
    signal.addEventListener('abort', () => timers.clearTimeout(opening), { once: true });
    port.subscribe?.(
      { locationIds: ids },
      (waits) => {
        timers.clearTimeout(opening);
        this.streamFailures = 0;
        this.succeed(waits);
      },
      { signal, onError: streamFailed },
    );
  }

  private succeed(waits: readonly WaitTime[]): void {
    this.failures = 0;
    this.error = undefined;
    this.settled = true;
    for (const wait of waits) this.waits.set(wait.locationId, wait);
    if (this.options.paused()) this.stop();
    this.options.onData(waits);
    this.host.requestUpdate();
  }

  private fail(error: FrontdeskError): void {
    this.failures++;
    this.error = error;
    this.settled = true;
    // One error event per episode of failures, not per attempt.
    if (this.failures === 1) this.options.onError(error);
    this.host.requestUpdate();
  }
}
