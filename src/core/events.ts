import type { FrontdeskErrorKind } from './errors.js';

/** Detail of `fd-error`: what went wrong, never the data involved. */
export interface FrontdeskErrorEventDetail {
  kind: FrontdeskErrorKind;
  retryable: boolean;
  /** Milliseconds the server asked us to wait, when it said. */
  retryAfterMs?: number;
  /** The tag of the widget that failed (`fd-wait-time-banner`). */
  widget: string;
}

declare global {
  interface HTMLElementEventMap {
    'fd-error': CustomEvent<FrontdeskErrorEventDetail>;
  }
}

/** The detail type of a typed `fd-*` event. */
export type EventDetail<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;
