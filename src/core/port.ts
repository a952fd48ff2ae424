import type * as z from 'zod/mini';
import type { FrontdeskError } from './errors.js';

/** Every adapter method takes its input and these in one options object. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Writes also carry the key that makes a retry safe (one key per user action). */
export interface WriteOptions extends CallOptions {
  idempotencyKey: string;
}

export interface SubscribeOptions {
  signal: AbortSignal;
  /** Told when the push channel fails or sends data that does not match the schema. */
  onError?: (error: FrontdeskError) => void;
}

type Schema = z.ZodMiniType;

export interface ReadSpec<I, S extends Schema, O extends boolean = boolean> {
  readonly kind: 'read';
  /** Loads the response schema: zod stays out of the first paint and arrives with the first call. */
  readonly schema: () => Promise<S>;
  readonly optional: O;
  /** Phantom: carries the input type. */
  readonly input?: I;
}
export interface WriteSpec<I, S extends Schema, O extends boolean = boolean> {
  readonly kind: 'write';
  readonly schema: () => Promise<S>;
  readonly optional: O;
  readonly input?: I;
}
export interface PushSpec<I, S extends Schema, O extends boolean = boolean> {
  readonly kind: 'push';
  readonly schema: () => Promise<S>;
  readonly optional: O;
  readonly input?: I;
}
export type MethodSpec = ReadSpec<unknown, Schema> | WriteSpec<unknown, Schema> | PushSpec<unknown, Schema>;
export type PortSpec = Readonly<Record<string, MethodSpec>>;

/**
 * A read: `method({ ...input, signal })` resolves to data matching the schema. Specs take a
 * schema loader (`() => import('./schemas/x.js').then((m) => m.X)`), so the validation code
 * loads in parallel with the first request instead of delaying every widget's first paint.
 */
export const read =
  <I extends object, O extends boolean = false>(optional = false as O) =>
  <S extends Schema>(schema: () => Promise<S>): ReadSpec<I, S, O> => ({ kind: 'read', schema, optional });

/** A write: like a read, plus an `idempotencyKey`; retried only with the same key. */
export const write =
  <I extends object, O extends boolean = false>(optional = false as O) =>
  <S extends Schema>(schema: () => Promise<S>): WriteSpec<I, S, O> => ({ kind: 'write', schema, optional });

/** A push subscription: `method(input, onEvent, { signal })`; each event matches `schema`. */
export const push =
  <I extends object, O extends boolean = true>(optional = true as O) =>
  <S extends Schema>(schema: () => Promise<S>): PushSpec<I, S, O> => ({ kind: 'push', schema, optional });

type MethodOf<M> =
  M extends ReadSpec<infer I, infer S>
    ? (input: I & CallOptions) => Promise<z.output<S>>
    : M extends WriteSpec<infer I, infer S>
      ? (input: I & WriteOptions) => Promise<z.output<S>>
      : M extends PushSpec<infer I, infer S>
        ? (input: I, onEvent: (event: z.output<S>) => void, options: SubscribeOptions) => void
        : never;

type OptionalKeys<S> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];

/** The TypeScript shape of a port, derived from its spec (so schemas stay the one source). */
export type PortOf<S> = { [K in Exclude<keyof S, OptionalKeys<S>>]: MethodOf<S[K]> } & {
  [K in OptionalKeys<S>]?: MethodOf<S[K]>;
};
