import { FrontdeskError, abortReason, type FrontdeskErrorKind } from './errors.js';

/**
 * Reads a `Retry-After` header: delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
 * Returns milliseconds from `now`, never negative; `undefined` when absent, unreadable or more
 * than a day away (`Retry-After: 99999999999` is no instruction anyone can follow, and a timer
 * that long overflows to firing at once).
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : /[a-z]/i.test(text) ? Math.max(0, Date.parse(text) - now) : NaN;
  return ms <= 86_400_000 ? ms : undefined;
}

const kindByStatus: Readonly<Record<number, FrontdeskErrorKind>> = {
  400: 'invalid-input',
  401: 'unauthorized',
  403: 'unauthorized',
  404: 'not-found',
  408: 'timeout',
  409: 'conflict',
  410: 'not-found',
  412: 'conflict',
  422: 'invalid-input',
  429: 'rate-limited',
};

/** Maps a non-2xx HTTP status to the error kind widgets understand. */
export function kindForStatus(status: number): FrontdeskErrorKind {
  return kindByStatus[status] ?? (status >= 500 ? 'unavailable' : 'invalid-input');
}

/**
 * Builds the `FrontdeskError` for a failed HTTP response, honouring `Retry-After`
 * (on 429 and 503) and 422 field errors (`{ errors: { field: code } }`). A 409 with
 * `Retry-After` is "the same request is still being handled": retried with the same key.
 * The response body's text is never copied into the error.
 */
export function errorFromResponse(
  status: number,
  headers: Headers,
  fieldErrors?: Readonly<Record<string, string>>,
  now: number = Date.now(),
): FrontdeskError {
  const kind = kindForStatus(status);
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'), now);
  return new FrontdeskError(kind, `HTTP ${status}`, { status, retryAfterMs, fieldErrors, retryable: (status === 409 && retryAfterMs !== undefined) || undefined });
}

const isJson = (response: Response): boolean => /^application\/([\w.+-]*\+)?json\b/i.test(response.headers.get('content-type') ?? '');

/**
 * The HTTP transport adapters share: one `fetch`, mapped to `FrontdeskError` kinds
 * (network failure → `network`, non-2xx → by status with `Retry-After`, a body that is
 * not JSON → `invalid-response`). Returns the parsed JSON for the caller's schema check.
 * `fetchImpl` replaces the global `fetch` (an adapter's `fetch` option).
 */
export async function requestJson(url: string, init: RequestInit = {}, fetchImpl?: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    const headers = new Headers(init.headers);
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    response = await (fetchImpl ?? fetch)(url, { ...init, headers });
  } catch (error) {
    if (init.signal?.aborted) throw abortReason(init.signal);
    throw new FrontdeskError('network', 'The request could not reach the server.', { cause: error });
  }
  if (!response.ok) {
    let fieldErrors: Record<string, string> | undefined;
    if (response.status === 422 && isJson(response)) {
      const body = (await response.json().catch(() => undefined)) as { errors?: unknown } | undefined;
      const errors = body?.errors;
      if (errors && typeof errors === 'object') {
        fieldErrors = Object.fromEntries(Object.entries(errors).filter((e): e is [string, string] => typeof e[1] === 'string'));
      }
    }
    throw errorFromResponse(response.status, response.headers, fieldErrors);
  }
  if (response.status === 204) return undefined;
  if (!isJson(response)) throw new FrontdeskError('invalid-response', `Expected JSON, got "${response.headers.get('content-type') ?? 'nothing'}".`);
  try {
    return await response.json();
  } catch (error) {
    if (init.signal?.aborted) throw abortReason(init.signal);
    throw new FrontdeskError('invalid-response', 'The response body is not valid JSON.', { cause: error });
  }
}
