import type * as z from 'zod/mini';
import type { FrontdeskAdapter, PortName } from '../core/adapter.js';
import { isAbortError, isFrontdeskError } from '../core/errors.js';
import { ContractSkip, contractPorts, type AnyCall, type ContractIds, type MethodCase, type Refusal } from './contract-cases.js';
import { resolveRunner, skipAtRunTime, Tally, type Case, type CaseBody, type Hook, type Suite } from './contract-runner.js';

export { contractPatient, type ContractIds } from './contract-cases.js';

export interface ContractTestOptions {
  /** Your runner's `describe` (Vitest or `node:test` without globals); defaults to the global one. */
  describe?: Suite;
  /** Your runner's `it`; defaults to the global one. */
  it?: Case;
  /** Where the one-line totals are printed when the suite ends (`after`/`afterAll`); defaults to the global one. */
  after?: Hook;
  /** Ports the adapter must implement; others are tested only if present (else their cases are skipped). */
  ports?: readonly PortName[];
  /** Ids for adapters that implement a port alone (e.g. location ids for a waitTimes-only adapter). */
  ids?: ContractIds;
  /** How long a push subscription may take to deliver its first event. Default 5000 ms. */
  pushTimeoutMs?: number;
  /** The adapter's clock (for adapters on a fixed or simulated clock). Default `Date.now`. */
  now?: () => number;
  /** Prints the totals line. Default `console.log`. */
  log?: (line: string) => void;
}

interface Setup {
  adapter: FrontdeskAdapter;
  call: AnyCall;
  input: Record<string, unknown>;
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Adapter contract: ${message}`);
}

function mustParse(schema: z.ZodMiniType, value: unknown, where: string): void {
  const result = schema.safeParse(value);
  check(result.success, `${where} returned data that does not match its schema: ${result.error?.issues.map((i) => `${i.path.join('.')} [${i.code}]`).join(', ')}`);
}

async function rejection(promise: unknown): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Adapter contract: the call resolved but should have rejected.');
}

const stable = (value: unknown): string => JSON.stringify(value);

/** The adapter a synchronous factory makes, read once at registration (undefined for an async one). */
function peek(factory: () => FrontdeskAdapter | Promise<FrontdeskAdapter>): FrontdeskAdapter | undefined {
  if (factory.constructor.name === 'AsyncFunction') return undefined;
  try {
    const made = factory();
    if (typeof (made as { then?: unknown }).then !== 'function') return made as FrontdeskAdapter;
    (made as Promise<unknown>).catch(() => undefined);
  } catch {
    // The factory needs what the tests set up: check at run time instead.
  }
  return undefined;
}

/**
 * A reusable test suite any adapter (ours or yours) can run to prove it honours the
 * Frontdesk adapter contract: every response matches its schema, aborts are honoured,
 * writes are idempotent on their key, and failures are typed `FrontdeskError`s. A port or
 * method the adapter does not implement is reported as skipped (never passed), and the suite
 * prints one line with its totals when it ends.
 *
 * ```ts
 * import { describe, it, afterAll } from 'vitest'; // or 'node:test', or the globals of Mocha/Jest
 * import { runAdapterContractTests } from 'frontdesk-widgets';
 * runAdapterContractTests('my adapter', () => createMyAdapter({ baseUrl }), { describe, it, after: afterAll, ports: ['waitTimes'], ids: { locationIds: ['downtown'] } });
 * ```
 *
 * A synchronous factory is called once at registration so that the cases of missing methods
 * are registered as `it.skip`; an async factory is checked at run time (`this.skip()`,
 * `context.skip()`, `t.skip()`). Jest cannot skip at run time: give it a synchronous factory.
 */
export function runAdapterContractTests(
  name: string,
  factory: () => FrontdeskAdapter | Promise<FrontdeskAdapter>,
  options: ContractTestOptions = {},
): void {
  const { describe, it, after } = resolveRunner(options);
  const pushTimeoutMs = options.pushTimeoutMs ?? 5000;
  const now = options.now ?? Date.now;
  const ids = options.ids ?? {};
  // eslint-disable-next-line no-console -- the totals line is the suite's own output
  const log = options.log ?? ((line: string) => console.info(line));
  const known = peek(factory);
  const tally = new Tally();

  /** Registers one case: skipped when its method is missing, else run with a fresh adapter. */
  const register = (title: string, where: string, testCase: MethodCase, body: (s: Setup) => Promise<void>) => {
    const [portName, method] = where.split('.') as [PortName, string];
    if (known && !(known[portName] as Record<string, unknown> | undefined)?.[method] && it.skip) {
      tally.skipped++;
      tally.missing.add(where);
      it.skip(title, async () => undefined);
      return;
    }
    const run: CaseBody = async function (...args) {
      let skipped: ContractSkip;
      try {
        const adapter = await factory();
        const methods = adapter[portName] as Record<string, AnyCall> | undefined;
        const fn = methods?.[method];
        if (!fn) throw new ContractSkip(where);
        await body({ adapter, call: fn.bind(methods), input: await testCase.input(adapter, now(), ids) });
        tally.passed++;
        return;
      } catch (error) {
        if (!(error instanceof ContractSkip)) {
          tally.failed++;
          throw error;
        }
        skipped = error;
      }
      tally.skipped++;
      tally.missing.add(skipped.method);
      skipAtRunTime(this, args, `${skipped.message} (case for ${where})`);
    };
    it(title, run);
  };

  describe(`Frontdesk adapter contract: ${name}`, () => {
    for (const [portName, entry] of Object.entries(contractPorts) as Array<[PortName, NonNullable<(typeof contractPorts)[PortName]>]>) {
      describe(portName, () => {
        if (options.ports?.includes(portName)) {
          it('is implemented', async () => {
            try {
              check((await factory())[portName], `the adapter has no "${portName}" port`);
              tally.passed++;
            } catch (error) {
              tally.failed++;
              throw error;
            }
          });
        }
        for (const [method, spec] of Object.entries(entry.spec)) {
          const where = `${portName}.${method}`;
          const testCase = entry.cases[method];
          if (!testCase) throw new Error(`Adapter contract: no contract case for ${where}`);
          const add = (title: string, body: (s: Setup) => Promise<void>) => register(`${method}: ${title}`, where, testCase, body);

          if (spec.kind === 'push') {
            add('delivers events matching the schema and stops on abort', async (s) => {
              const controller = new AbortController();
              const events: unknown[] = [];
              await new Promise<void>((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error(`Adapter contract: ${where} sent nothing within ${pushTimeoutMs} ms`)), pushTimeoutMs);
                s.call(s.input, (event: unknown) => {
                  events.push(event);
                  clearTimeout(timer);
                  resolve();
                }, { signal: controller.signal, onError: (e: unknown) => reject(e instanceof Error ? e : new Error(String(e))) });
              });
              controller.abort();
              const seen = events.length;
              await new Promise((r) => setTimeout(r, 50));
              check(events.length === seen, `${where} delivered events after abort`);
              const schema = await spec.schema();
              for (const event of events) mustParse(schema, event, where);
            });
            continue;
          }

          add('answers with data matching its schema', async (s) => {
            const key = spec.kind === 'write' ? { idempotencyKey: crypto.randomUUID() } : {};
            mustParse(await spec.schema(), await s.call({ ...s.input, ...key }), where);
          });

          add('rejects with an AbortError when the signal is already aborted', async (s) => {
            const controller = new AbortController();
            controller.abort();
            const error = await rejection(s.call({ ...s.input, idempotencyKey: crypto.randomUUID(), signal: controller.signal }));
            check(isAbortError(error), `${where} did not reject with an AbortError`);
          });

          add('rejects promptly when aborted in flight', async (s) => {
            const controller = new AbortController();
            const started = performance.now();
            const pending = s.call({ ...s.input, idempotencyKey: crypto.randomUUID(), signal: controller.signal });
            controller.abort();
            const error = await rejection(pending);
            check(isAbortError(error), `${where} did not reject with an AbortError after abort`);
            check(performance.now() - started < 1000, `${where} took more than 1 s to honour abort`);
          });

          if (spec.kind === 'write') {
            add('is idempotent on its idempotencyKey', async (s) => {
              const idempotencyKey = crypto.randomUUID();
              const first = await s.call({ ...s.input, idempotencyKey });
              const again = await s.call({ ...s.input, idempotencyKey });
              check(stable(first) === stable(again), `${where} answered a repeated key with a different result`);
            });
          }

          const refusals: readonly Refusal[] = testCase.refused === undefined ? [] : 'kind' in testCase.refused ? [testCase.refused] : testCase.refused;
          for (const refused of refusals) {
            add(`refuses ${refused.why ?? 'bad input'} with a typed "${refused.kind}" error`, async (s) => {
              const error = await rejection(s.call({ ...(await refused.input(s.adapter, now(), ids)), idempotencyKey: crypto.randomUUID() }));
              check(isFrontdeskError(error), `${where} rejected with something other than a FrontdeskError`);
              check(error.kind === refused.kind, `${where} rejected with "${error.kind}" instead of "${refused.kind}"`);
            });
          }
        }
      });
    }
    after?.(() => log(tally.line(name)));
  });
}
