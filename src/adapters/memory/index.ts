import type { ChatPort, FeedbackPort, FrontdeskAdapter, PricingPort, SchedulingPort, WaitTimePort } from '../../core/adapter.js';
import { practiceLocations } from './data/practice.js';
import { MemoryRuntime, type CallRecord, type FaultRule, type MemoryAdapterOptions } from './runtime.js';
import type { MemoryScenario } from './scenarios.js';
import { memoryChat, type MemoryChatControl } from './chat.js';
import { memoryFeedback, type StoredResponse } from './feedback.js';
import { memoryPricing } from './pricing.js';
import { memoryScheduling } from './scheduling.js';
import { memoryWaitTimes } from './wait-times.js';

export { memoryScenarios, isMemoryScenario, type MemoryScenario } from './scenarios.js';
export type { CallRecord, FaultRule, MemoryAdapterOptions } from './runtime.js';

/** Test and demo controls of a memory adapter; not part of the adapter contract. */
export interface MemoryControl {
  readonly scenario: MemoryScenario;
  setScenario(name: MemoryScenario): void;
  setLatency(ms: number): void;
  /** Inject a fault (see `FaultRule`). */
  fail(rule: FaultRule): void;
  clearFaults(): void;
  /** Every call made, in order, with its idempotency key (never its data). */
  readonly calls: readonly CallRecord[];
  /** Survey responses the feedback port received, in order (one per idempotency key). */
  readonly feedbackResponses: readonly StoredResponse[];
  /** The simulated chat agent and the practice's side of each conversation. */
  readonly chat: MemoryChatControl;
}

export interface MemoryAdapter extends FrontdeskAdapter {
  scheduling: Required<SchedulingPort>;
  waitTimes: WaitTimePort;
  feedback: Required<FeedbackPort>;
  pricing: Required<PricingPort>;
  chat: Required<ChatPort>;
  readonly control: MemoryControl;
}

/**
 * The embedded adapter for the demo, stories and tests: a complete, deterministic
 * practice (seeded data, injectable clock), with latency, fault injection and named
 * scenarios. It never talks to a network and is never used unless a page asks for it.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const runtime = new MemoryRuntime(options);
  const locations = practiceLocations;
  const chat = memoryChat(runtime);
  const feedbackResponses: StoredResponse[] = [];
  return {
    ...(options.demo ? { demo: true } : {}),
    scheduling: memoryScheduling(runtime, locations),
    waitTimes: memoryWaitTimes(runtime, locations),
    chat: chat.port,
    feedback: memoryFeedback(runtime, feedbackResponses),
    pricing: memoryPricing(runtime),
    control: {
      get scenario() {
        return runtime.scenario;
      },
      setScenario: (name) => {
        runtime.scenario = name;
      },
      setLatency: (ms) => {
        runtime.latencyMs = ms;
      },
      fail: (rule) => runtime.fail(rule),
      clearFaults: () => runtime.clearFaults(),
      get calls() {
        return runtime.calls;
      },
      chat: chat.control,
      feedbackResponses,
    },
  };
}
