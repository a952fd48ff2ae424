import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Counts down a hold: re-renders the host every second while it runs, tells it once when a
 * whole minute mark is crossed in the last few minutes (for a polite announcement, not one
 * per second), and once when the hold has expired.
 */
export class HoldTimer implements ReactiveController {
  private expiresAt = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastMinute = Infinity;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onMinute: (minutesLeft: number) => void,
    private readonly onExpire: () => void,
    private readonly now: () => number = Date.now,
  ) {
    host.addController(this);
  }

  /** Milliseconds left, never negative; 0 when no hold runs. */
  get remainingMs(): number {
    return this.timer === undefined ? 0 : Math.max(0, this.expiresAt - this.now());
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  start(expiresAt: string): void {
    this.stop();
    this.expiresAt = Date.parse(expiresAt);
    this.lastMinute = Math.ceil(this.remainingMs / 60_000);
    this.timer = setInterval(() => this.tick(), 1000);
    this.tick();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private tick(): void {
    const left = this.expiresAt - this.now();
    if (left <= 0) {
      this.stop();
      this.onExpire();
    } else {
      const minutes = Math.ceil(left / 60_000);
      if (minutes < this.lastMinute && minutes <= 2) this.onMinute(minutes);
      this.lastMinute = minutes;
    }
    this.host.requestUpdate();
  }
}

/** "4:05" for 245 000 ms. */
export const clock = (ms: number): string => {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};
