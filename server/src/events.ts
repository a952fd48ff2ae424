import type { WaitTime } from '../../src/core/schemas/wait-times.js';
import type { Database } from './db/port.js';

/** The channel wait-time changes are announced on (payload: the location id). */
export const WAIT_CHANNEL = 'fd_wait_times';

type Listener = { locationIds: ReadonlySet<string>; push: () => void };

/**
 * Wait-time fan-out: a staff change in any process is a NOTIFY on `fd_wait_times`; every
 * process LISTENs, and pushes the fresh figures to its own streams for that location.
 */
export class WaitTimeEvents {
  private readonly listeners = new Set<Listener>();
  private stop: (() => Promise<void>) | undefined;

  constructor(private readonly db: Database) {}

  async start(): Promise<void> {
    this.stop = await this.db.listen(WAIT_CHANNEL, (locationId) => {
      for (const l of this.listeners) if (l.locationIds.has(locationId)) l.push();
    });
  }

  subscribe(locationIds: readonly string[], push: () => void): () => void {
    const listener = { locationIds: new Set(locationIds), push };
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.listeners.size;
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await this.stop?.();
  }
}

export type { WaitTime };
