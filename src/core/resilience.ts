import { FrontdeskError, abortReason, isAbortError, toFrontdeskError } from './errors.js';

/** How the guard retries one adapter call. */
export interface RetryPolicy {
  /** Extra attempts after the first. */
  retries: number;
  /** The first backoff ceiling; it doubles each attempt (full jitter below it). */
  baseDelayMs: number;
  /** The most one backoff may wait. */
  maxDelayMs: number;
  /** Each attempt gives up after this long, as `kind: 'timeout'`. */
  timeoutMs: number;
  /** A `Retry-After` longer than this is not waited out: the error reaches the widget. */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: Readonly<RetryPolicy> = {
  retries: 2,
  baseDelayMs: 300,
  maxDelayMs: 5_000,
  timeoutMs: 12_000,
  maxRetryAfterMs: 20_000,
};

export type Random = () => number;

/** Full-jitter exponential backoff: uniform in [0, min(cap, base·2^attempt)). */
export function backoffDelay(
  attempt: number,
  policy: Readonly<Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>>,
  random: Random = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/**
 * How long to wait before retrying after `error` on attempt number `attempt` (0-based),
 * or `undefined` when the call must not be retried: the kind is not retryable, the
 * attempts are spent, or the server asked for a longer pause than the policy allows.
 */
export function retryDelay(
  error: FrontdeskError,
  attempt: number,
  policy: Readonly<RetryPolicy>,
  random: Random = Math.random,
): number | undefined {
  if (!error.retryable || attempt >= policy.retries) return undefined;
  const backoff = backoffDelay(attempt, policy, random);
  if (error.retryAfterMs === undefined) return backoff;
  return error.retryAfterMs > policy.maxRetryAfterMs ? undefined : Math.max(error.retryAfterMs, backoff);
}

/** Resolves after `ms`; rejects at once with the abort reason when `signal` fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs one attempt with its own signal that fires on the caller's abort or on timeout.
 * The returned promise settles as soon as either fires, even if `fn` ignores its signal.
 */
async function attempt<T>(fn: (signal: AbortSignal) => Promise<T>, outer: AbortSignal | undefined, timeoutMs: number): Promise<T> {
  const controller = new AbortController();
  const forward = () => controller.abort(abortReason(outer!));
  outer?.addEventListener('abort', forward, { once: true });
  const timer = setTimeout(
    () => controller.abort(new FrontdeskError('timeout', `No answer within ${timeoutMs} ms.`)),
    timeoutMs,
  );
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(abortReason(controller.signal)), { once: true });
  });
  try {
    return await Promise.race([fn(controller.signal), stopped]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forward);
  }
}

export interface ResilientCallOptions {
  signal?: AbortSignal;
  policy?: Partial<RetryPolicy>;
  random?: Random;
  /** Told before each wait; for telemetry and tests. Carries no request data. */
  onRetry?: (info: { attempt: number; delayMs: number; error: FrontdeskError }) => void;
}

/**
 * Calls `fn` with timeout and retry. Rejects with a `FrontdeskError`, or with the abort
 * reason when the caller's signal fires (promptly, whatever `fn` does).
 */
export async function resilientCall<T>(fn: (signal: AbortSignal) => Promise<T>, options: ResilientCallOptions = {}): Promise<T> {
  const { signal, random = Math.random, onRetry } = options;
  const policy = { ...defaultRetryPolicy, ...options.policy };
  for (let n = 0; ; n++) {
    if (signal?.aborted) throw abortReason(signal);
    try {
      return await attempt(fn, signal, policy.timeoutMs);
    } catch (thrown) {
      if (signal?.aborted) throw abortReason(signal);
      const error = isAbortError(thrown)
        ? new FrontdeskError('network', 'The request was aborted by the transport.', { cause: thrown })
        : toFrontdeskError(thrown);
      const delayMs = retryDelay(error, n, policy, random);
      if (delayMs === undefined) throw error;
      onRetry?.({ attempt: n + 1, delayMs, error });
      await sleep(delayMs, signal);
    }
  }
}

/** A fresh idempotency key (see `IntentKey` for the key of one patient intent). */
export function idempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Pages served over plain http have no randomUUID; build a v4 UUID by hand.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * One idempotency key per patient intent. `run(body, write)` calls `write` with the same key
 * while `body` (what the write sends, its key aside) is unchanged: the guard's automatic
 * retries and a press of the button again after a failure share it, so a server that stored
 * the first answer replays it (never "taken", never twice). A changed body (the patient
 * changed something), a success or a final refusal (a server replays a stored 4xx to its key)
 * starts a new key.
 */
export class IntentKey {
  private body?: string;
  private key = '';

  run<T>(body: unknown, write: (key: string) => Promise<T>): Promise<T> {
    const now = JSON.stringify([body]);
    if (now !== this.body) [this.body, this.key] = [now, idempotencyKey()];
    return write(this.key).then(
      (answer) => ((this.body = undefined), answer),
      (error: unknown) => {
        if (!toFrontdeskError(error).retryable) this.body = undefined;
        throw error;
      },
    );
  }
}
