import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WaitTimePort } from '../../core/adapter.js';
import { toFrontdeskError, type FrontdeskError } from '../../core/errors.js';
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

/**
 * Keeps the waits current: subscribes when the port can push, else polls every interval.
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
    }
    if (this.controller) return;
    this.controller = new AbortController();
    if (port.subscribe) this.subscribe(port, ids, this.controller.signal);
    else this.schedule(Math.max(0, this.lastFetchAt + this.options.intervalMs() - this.options.timers().now()));
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
    this.timer = timers.setTimeout(() => void this.fetch(), ms);
  }

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
    if (this.options.paused()) this.stop();
    else this.schedule(nextPollDelay(this.options.intervalMs(), this.failures, this.error?.retryAfterMs));
  }

  private subscribe(port: WaitTimePort, ids: readonly string[], signal: AbortSignal): void {
    this.requests++;
    port.subscribe?.({ locationIds: ids }, (waits) => this.succeed(waits), {
      signal,
      onError: (error) => {
        if (signal.aborted) return;
        this.fail(error);
        // Drop the broken channel and open a new one after the backoff.
        this.controller?.abort();
        this.controller = undefined;
        const timers = this.options.timers();
        this.timer = timers.setTimeout(this.sync, nextPollDelay(this.options.intervalMs(), this.failures, error.retryAfterMs));
      },
    });
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
    this.options.onError(error);
    this.host.requestUpdate();
  }
}
