import type { Timers } from '../../src/widgets/wait-time-banner/poller.js';

/** Lets pending promise chains (adapter, guard, schema import) run to completion. */
export const flush = async (rounds = 3): Promise<void> => {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
};

/**
 * A manual clock for widgets that take a `Timers`: nothing fires until `advance()`, which
 * runs due callbacks in time order and lets promises settle between them.
 */
export class FakeTimers implements Timers {
  private time: number;
  private queue: Array<{ id: number; at: number; callback: () => void }> = [];
  private nextId = 1;

  constructor(start: number) {
    this.time = start;
  }

  readonly now = (): number => this.time;

  readonly setTimeout = (callback: () => void, ms: number): number => {
    const id = this.nextId++;
    this.queue.push({ id, at: this.time + Math.max(0, ms), callback });
    return id;
  };

  readonly clearTimeout = (handle: unknown): void => {
    this.queue = this.queue.filter((t) => t.id !== handle);
  };

  /** Timers still pending (for asserting that nothing is scheduled). */
  get pending(): number {
    return this.queue.length;
  }

  /** Moves the clock forward by `ms`, firing every timer that falls due on the way. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    await flush();
    for (;;) {
      const next = this.queue.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!next) break;
      this.queue = this.queue.filter((t) => t !== next);
      this.time = next.at;
      next.callback();
      await flush();
    }
    this.time = end;
    await flush();
  }
}
