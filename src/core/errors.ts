/**
 * The one error type every adapter call can reject with. Widgets map `kind` to a
 * localized message and a next step; `message` is for developers only and must never
 * carry patient details or raw server text.
 */
export const errorKinds = [
  'network',
  'timeout',
  'rate-limited',
  'unavailable',
  'unauthorized',
  'not-found',
  'conflict',
  'invalid-input',
  'invalid-response',
  'config',
] as const;

export type FrontdeskErrorKind = (typeof errorKinds)[number];

const retryableByDefault: ReadonlySet<FrontdeskErrorKind> = new Set([
  'network',
  'timeout',
  'rate-limited',
  'unavailable',
]);

export interface FrontdeskErrorOptions {
  /** Overrides the kind's default (network, timeout, rate-limited and unavailable retry). */
  retryable?: boolean;
  /** How long the server asked us to wait before trying again. */
  retryAfterMs?: number;
  /** Field name → machine-readable problem code, for `invalid-input`. */
  fieldErrors?: Readonly<Record<string, string>>;
  /** HTTP status, when the failure came from HTTP. */
  status?: number;
  cause?: unknown;
}

export class FrontdeskError extends Error {
  override readonly name = 'FrontdeskError';
  readonly kind: FrontdeskErrorKind;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly fieldErrors: Readonly<Record<string, string>> | undefined;
  readonly status: number | undefined;

  constructor(kind: FrontdeskErrorKind, message: string = kind, options: FrontdeskErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.retryable = options.retryable ?? retryableByDefault.has(kind);
    this.retryAfterMs = options.retryAfterMs;
    this.fieldErrors = options.fieldErrors;
    this.status = options.status;
  }
}

export const isFrontdeskError = (value: unknown): value is FrontdeskError =>
  value instanceof FrontdeskError ||
  // A second copy of the library on the page has its own class: recognise its errors too.
  (value instanceof Error &&
    value.name === 'FrontdeskError' &&
    errorKinds.some((kind) => kind === (value as { kind?: unknown }).kind));

export const isAbortError = (value: unknown): boolean =>
  (value instanceof DOMException || value instanceof Error) && value.name === 'AbortError';

/** The reason an aborted signal carries (an `AbortError` DOMException unless the aborter gave an Error). */
export const abortReason = (signal: AbortSignal): Error =>
  signal.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted.', 'AbortError');

/**
 * Normalises anything an adapter threw. `TypeError` is what `fetch` throws when the
 * network fails, so it maps to `network`; anything else unknown is `unavailable`.
 * Abort errors are not mapped: callers re-throw them untouched.
 */
export function toFrontdeskError(value: unknown): FrontdeskError {
  if (isFrontdeskError(value)) return value;
  if (value instanceof TypeError) return new FrontdeskError('network', 'The request could not reach the server.', { cause: value });
  return new FrontdeskError('unavailable', 'The adapter failed unexpectedly.', { cause: value });
}
