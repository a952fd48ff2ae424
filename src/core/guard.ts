import type * as z from 'zod/mini';
import { dropOptional } from './drop-optional.js';
import { FrontdeskError, toFrontdeskError } from './errors.js';
import type { CallOptions, PortOf, PortSpec, SubscribeOptions, WriteOptions } from './port.js';
import { idempotencyKey, resilientCall, type Random, type RetryPolicy } from './resilience.js';

export interface GuardOptions {
  policy?: Partial<RetryPolicy>;
  random?: Random;
}

type AnyMethod = (...args: never[]) => unknown;
type Input = CallOptions & Partial<WriteOptions>;

const reported = new Set<string>();
/** Logs a line once per page. */
const once = (line: string): void => {
  if (reported.has(line)) return;
  reported.add(line);
  console.error(`Frontdesk: ${line}.`);
};

/**
 * Where the data went wrong, by path and zod code only: values can hold patient data
 * and never reach the console.
 */
function invalidResponse(where: string, what: string): FrontdeskError {
  const message = `${where} returned data that ${what}`;
  once(`${message}. The widget shows an error instead of this data`);
  return new FrontdeskError('invalid-response', message);
}

/** Objects and arrays nested more than 64 levels deep are refused before any schema or widget recurses into them (a stack overflow). */
const tooDeep = (v: unknown, depth: number): boolean => depth > 64 || (Object(v) === v && Object.values(v as object).some((x) => tooDeep(x, depth + 1)));

/**
 * The response checked against its schema. Bad optional fields are left out (at most 20
 * rounds), each reported once by path; anything else wrong refuses the whole response.
 */
function parseWith<S extends z.ZodMiniType>(schema: S, data: unknown, where: string): z.output<S> {
  if (tooDeep(data, 0)) throw invalidResponse(where, 'is nested more than 64 levels deep');
  let result = schema.safeParse(data);
  let current = data;
  const left: string[] = [];
  for (let round = 0; round < 20 && !result.success; round++) {
    const next = dropOptional(schema, current, result.error.issues);
    if (!next) break;
    current = next.data;
    left.push(...next.paths);
    result = schema.safeParse(current);
  }
  if (!result.success) throw invalidResponse(where, `does not match its schema: ${result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'} [${i.code}]`).join(', ')}`);
  for (const path of left) once(`${where} returned an invalid optional field, left out: ${path}`);
  return result.data;
}

const cache = new WeakMap<object, WeakMap<PortSpec, object>>();

/**
 * Wraps one port of an adapter so that every call gets a timeout, retries with
 * full-jitter backoff (honouring `Retry-After`), prompt abort, an idempotency key on
 * writes, and a schema check of its response. A widget only ever sees valid, typed data
 * or a `FrontdeskError`. Guarded ports are cached per port object and spec.
 */
export function guardPort<S extends PortSpec>(port: PortOf<S>, spec: S, name: string, options: GuardOptions = {}): PortOf<S> {
  const useCache = options.policy === undefined && options.random === undefined;
  const bySpec = cache.get(port) ?? new WeakMap<PortSpec, object>();
  const hit = useCache ? bySpec.get(spec) : undefined;
  if (hit) return hit as PortOf<S>;

  const raw = port as unknown as Record<string, AnyMethod | undefined>;
  const guarded: Record<string, AnyMethod> = {};
  for (const [method, m] of Object.entries(spec)) {
    const impl = raw[method];
    const where = `${name}.${method}`;
    if (typeof impl !== 'function') {
      // An optional method stays absent: widgets test for it and do without.
      if (!m.optional) guarded[method] = absentMethod(where, m.kind === 'push');
      continue;
    }
    const call = impl.bind(port) as (...args: unknown[]) => unknown;
    if (m.kind === 'push') {
      guarded[method] = ((input: object, onEvent: (e: unknown) => void, opts: SubscribeOptions) => {
        const schema = m.schema();
        // Chained on one promise, so events keep their order while the schema loads.
        const deliver = (event: unknown) =>
          void schema.then((s) => {
            if (opts.signal.aborted) return;
            let parsed: unknown;
            try {
              parsed = parseWith(s, event, where);
            } catch (error) {
              opts.onError?.(toFrontdeskError(error));
              return;
            }
            onEvent(parsed);
          });
        try {
          call(input, deliver, { signal: opts.signal, onError: (e: unknown) => opts.onError?.(toFrontdeskError(e)) });
        } catch (error) {
          opts.onError?.(toFrontdeskError(error));
        }
      });
      continue;
    }
    guarded[method] = ((input: Input = {}) => {
      const { signal, ...rest } = input;
      const args: Input = m.kind === 'write' ? { ...rest, idempotencyKey: rest.idempotencyKey ?? idempotencyKey() } : rest;
      const schema = m.schema();
      return resilientCall(
        async (attemptSignal) => {
          const data = await call({ ...args, signal: attemptSignal });
          return parseWith(await schema, data, where);
        },
        { signal, policy: options.policy, random: options.random },
      );
    });
  }
  if (useCache) {
    bySpec.set(spec, guarded);
    cache.set(port, bySpec);
  }
  return guarded as unknown as PortOf<S>;
}

/**
 * A method the adapter lacks, where a widget needs it: a `config` error, and the first on the page
 * logs one console error naming the method (the widget only says "isn't set up").
 */
function noMethod(where: string): FrontdeskError {
  const message = `The adapter has no ${where}() method`;
  once(message);
  return new FrontdeskError('config', message);
}

/** The call a widget makes instead of an optional method it cannot do without: fails as {@link noMethod}. */
export const absent = (where: string): Promise<never> => Promise.reject(noMethod(where));

/** A stand-in for a required method the adapter's port lacks: each call fails as {@link noMethod}. */
function absentMethod(where: string, isPush: boolean): AnyMethod {
  return isPush ? (_input: object, _onEvent: unknown, opts: SubscribeOptions) => opts.onError?.(noMethod(where)) : () => absent(where);
}

const missing = new WeakMap<PortSpec, object>();

/** A stand-in for a port the adapter does not implement: every call fails with `config`. */
export function missingPort<S extends PortSpec>(spec: S, name: string): PortOf<S> {
  const hit = missing.get(spec);
  if (hit) return hit as PortOf<S>;
  const fail = () => new FrontdeskError('config', `The adapter has no "${name}" port.`);
  const methods: Record<string, AnyMethod> = {};
  for (const [method, m] of Object.entries(spec)) {
    methods[method] = (
      m.kind === 'push'
        ? (_input: object, _onEvent: unknown, opts: SubscribeOptions) => opts.onError?.(fail())
        : () => Promise.reject(fail())
    );
  }
  missing.set(spec, methods);
  return methods as unknown as PortOf<S>;
}
