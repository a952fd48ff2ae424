import { FrontdeskError, abortReason, type FrontdeskErrorKind } from '../../core/errors.js';
import { sleep } from '../../core/resilience.js';
import { seededRandom } from './random.js';
import type { MemoryScenario } from './scenarios.js';

/** Make `port.method` fail: `times` calls in a row (default: every call). */
export interface FaultRule {
  /** `port.method`, e.g. `waitTimes.getWaitTimes`; `*` for every method. */
  method: string;
  /** The error kind to throw, or `invalid-response` to answer with schema-invalid data. */
  kind: FrontdeskErrorKind;
  times?: number;
  retryAfterMs?: number;
}

export interface MemoryAdapterOptions {
  /** A named scenario (see `memoryScenarios`). Default `default`. */
  scenario?: MemoryScenario;
  /** Seed for data and for the `flaky` scenario. Default 1. */
  seed?: number;
  /** The adapter's clock, in epoch ms. Default `Date.now`; tests pass a fixed one. */
  now?: () => number;
  /** Latency of every call in ms. Default 0, or the scenario's. */
  latencyMs?: number;
  faults?: readonly FaultRule[];
  /** Marks the adapter as demo data: widgets show a "Demo data" marker (the script tag's data-adapter="demo"). */
  demo?: boolean;
}

export interface CallRecord {
  method: string;
  at: number;
  idempotencyKey?: string;
}

/** Shared machinery of the memory ports: clock, latency, abort, faults, call log. */
export class MemoryRuntime {
  scenario: MemoryScenario;
  readonly seed: number;
  readonly now: () => number;
  latencyMs: number;
  readonly calls: CallRecord[] = [];
  private faults: Array<FaultRule & { left: number }> = [];
  private readonly random: () => number;

  constructor(options: MemoryAdapterOptions) {
    this.scenario = options.scenario ?? 'default';
    this.seed = options.seed ?? 1;
    this.now = options.now ?? Date.now;
    this.latencyMs = options.latencyMs ?? (this.scenario === 'slow' ? 2500 : 0);
    this.random = seededRandom(this.seed);
    for (const rule of options.faults ?? []) this.fail(rule);
  }

  fail(rule: FaultRule): void {
    this.faults.push({ ...rule, left: rule.times ?? Infinity });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Number of calls made to `method` so far. */
  count(method: string): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  /**
   * Runs one port call: waits the latency (aborting promptly), applies injected faults
   * and scenario failures, then answers with a deep copy of `produce()`.
   */
  async run<T>(method: string, input: { signal?: AbortSignal; idempotencyKey?: string }, produce: () => T): Promise<T> {
    const { signal } = input;
    if (signal?.aborted) throw abortReason(signal);
    this.calls.push({ method, at: this.now(), idempotencyKey: input.idempotencyKey });
    if (this.latencyMs > 0) await sleep(this.latencyMs, signal);
    else await Promise.resolve();
    // An abort during the (simulated) round trip wins over the answer.
    if (signal?.aborted) throw abortReason(signal);
    const fault = this.faults.find((f) => f.left > 0 && (f.method === method || f.method === '*'));
    if (fault) {
      fault.left--;
      if (fault.kind === 'invalid-response') return { unexpected: true } as T;
      throw new FrontdeskError(fault.kind, `Injected ${fault.kind} fault on ${method}.`, { retryAfterMs: fault.retryAfterMs });
    }
    // Chat reads `offline` as "outside chat hours" (memory/chat.ts), not as a dead network.
    if (this.scenario === 'offline' && !method.startsWith('chat.')) throw new FrontdeskError('network', 'Memory adapter scenario "offline".');
    if (this.scenario === 'flaky' && this.random() < 0.5) {
      throw new FrontdeskError('unavailable', 'Memory adapter scenario "flaky".');
    }
    if (this.scenario === 'invalid') return { unexpected: true } as T;
    return structuredClone(produce());
  }
}
