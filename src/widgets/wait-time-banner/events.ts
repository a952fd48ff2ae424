import type { WaitStatus } from '../../core/schemas/wait-times.js';

/** Detail of `fd-wait-time-update`: a location's figure or status changed (ids and numbers only). */
export interface WaitTimeUpdateDetail {
  locationId: string;
  status: WaitStatus;
  /** The estimate shown, if any (a stale figure is not shown, so it is not sent either). */
  minutes?: number;
  /** Whether the figure is older than `stale-after`. */
  stale: boolean;
}

/** Detail of `fd-wait-time-action`: a built-in action without a URL was chosen; the page handles it. */
export interface WaitTimeActionDetail {
  action: 'check-in' | 'book';
  locationId?: string;
}

declare global {
  interface HTMLElementEventMap {
    'fd-wait-time-update': CustomEvent<WaitTimeUpdateDetail>;
    'fd-wait-time-action': CustomEvent<WaitTimeActionDetail>;
  }
}
