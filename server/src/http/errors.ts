import type * as z from 'zod/mini';
import type { FrontdeskErrorKind } from '../../../src/core/errors.js';

/** The documented error body: `{ error: { code, message }, errors?: { "dotted.path": code } }`. */
export interface ErrorBody {
  error: { code: FrontdeskErrorKind; message: string };
  errors?: Record<string, string>;
}

/** An answer other than 2xx, with the contract's error body. `message` never carries patient data. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: FrontdeskErrorKind,
    message: string,
    readonly errors?: Record<string, string>,
    /** Seconds, for 409-in-flight, 429 and 503. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  body(): ErrorBody {
    return { error: { code: this.code, message: this.message }, ...(this.errors ? { errors: this.errors } : {}) };
  }
}

export const notFound = (what: string) => new ApiError(404, 'not-found', `No such ${what}.`);
export const conflict = (message: string) => new ApiError(409, 'conflict', message);

const at = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value);

const problem = (code: string): string =>
  code === 'too_big' ? 'too-long' : code === 'too_small' ? 'too-short' : code === 'unrecognized_keys' ? 'unknown' : 'invalid';

/**
 * Checks `value` with a shared zod schema. A value of the wrong type (a number for a string, a
 * list for an object) cannot be read: 400. Readable but invalid or missing values: 422 with
 * `errors` by dotted path (`patient.birthDate: invalid`, `holdId: required`).
 */
export function parse<S extends z.ZodMiniType>(schema: S, value: unknown, what = 'request'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors: Record<string, string> = {};
  let unreadable = value === null || typeof value !== 'object';
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || what;
    const missing = issue.code === 'invalid_type' && at(value, issue.path) === undefined;
    if (issue.code === 'invalid_type' && !missing) unreadable = true;
    errors[path] ??= missing ? 'required' : problem(issue.code);
  }
  if (unreadable) throw new ApiError(400, 'invalid-input', `The ${what} cannot be read: wrong types.`, errors);
  throw new ApiError(422, 'invalid-input', `The ${what} has invalid values.`, errors);
}
