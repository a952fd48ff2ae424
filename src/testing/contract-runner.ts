/**
 * The contract suite's link to a test runner: Mocha (and web-test-runner), Jest, Vitest and
 * `node:test`, given as `describe`/`it` or found as globals. A case the adapter cannot run
 * (a port or method it does not implement) is reported as SKIPPED by the runner itself:
 * `it.skip` when known at registration, else `this.skip()` (Mocha), `context.skip()` (Vitest)
 * or `t.skip()` (`node:test`) at run time.
 */

/** What the runners pass a test body: Mocha's `this`, Vitest's context or node:test's `t` as first argument. */
type Skippable = { skip?: (note?: string) => unknown } | undefined;
// The bivariance wrapper lets each runner's own (stricter) `describe`/`it` types be passed in.
type Bivariant<F extends (...args: never[]) => unknown> = { bivarianceHack(...args: Parameters<F>): ReturnType<F> }['bivarianceHack'];
export type CaseBody = (this: Skippable, ...args: unknown[]) => Promise<void>;
export type Suite = Bivariant<(name: string, body: () => void) => unknown>;
export type Case = Bivariant<(name: string, body: CaseBody) => unknown> & { skip?: Bivariant<(name: string, body: () => Promise<void>) => unknown> };
export type Hook = Bivariant<(body: () => void) => unknown>;

export interface Runner {
  describe: Suite;
  it: Case;
  after?: Hook;
}

/** The runner's describe/it from the options, else its globals (Mocha, Jest, Vitest with globals). */
export function resolveRunner(options: Partial<Runner>): Runner {
  const g = globalThis as { describe?: Suite; it?: Case; after?: Hook; afterAll?: Hook };
  const describe = options.describe ?? g.describe;
  const it = options.it ?? g.it;
  if (!describe || !it) {
    throw new Error('runAdapterContractTests needs describe/it: pass your runner\'s in the options, e.g. `import { describe, it } from "vitest"` or "node:test".');
  }
  // A hook from the options, or the global of the runner whose describe/it are in use.
  const after = options.after ?? (options.describe ? undefined : (g.after ?? g.afterAll));
  return { describe, it, after };
}

/** Skips the running case in whichever runner called it. Throws in Mocha/Vitest; returns in node:test. */
export function skipAtRunTime(self: Skippable, args: unknown[], reason: string): void {
  if (typeof self?.skip === 'function') {
    self.skip(reason);
    return;
  }
  const context = args[0] as Skippable;
  if (typeof context?.skip === 'function') {
    context.skip(reason);
    return;
  }
  // Jest has no run-time skip: fail rather than pass without testing.
  throw new Error(`Adapter contract: ${reason}; this runner cannot skip at run time (Jest): give runAdapterContractTests a synchronous factory so missing methods are skipped when the suite is registered.`);
}

/** Counts of one suite's cases, printed as one line when the suite ends. */
export class Tally {
  passed = 0;
  failed = 0;
  skipped = 0;
  readonly missing = new Set<string>();

  line(name: string): string {
    const missing = this.missing.size ? ` (not implemented: ${[...this.missing].sort().join(', ')})` : '';
    return `Frontdesk adapter contract: ${name}: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped${missing}`;
  }
}
