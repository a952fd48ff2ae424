import type { PortOf } from './port.js';
import type { chatPort } from './ports/chat.js';
import type { feedbackPort } from './ports/feedback.js';
import type { pricingPort } from './ports/pricing.js';
import type { schedulingPort } from './ports/scheduling.js';
import type { waitTimesPort } from './ports/wait-times.js';

export type SchedulingPort = PortOf<typeof schedulingPort>;
export type WaitTimePort = PortOf<typeof waitTimesPort>;
export type ChatPort = PortOf<typeof chatPort>;
export type FeedbackPort = PortOf<typeof feedbackPort>;
export type PricingPort = PortOf<typeof pricingPort>;

/**
 * What a widget needs from the practice's systems: five optional ports, each a set of
 * async methods. Implement only the ports your widgets use; every response is checked
 * against the port's zod schema by the guard before a widget sees it.
 *
 * The feedback, pricing and chat ports take their method specs from their widgets' work;
 * until then they are open records an adapter may leave out.
 */
export interface FrontdeskAdapter {
  /** Marks made-up data: every widget then shows a visible "Demo data" marker. */
  readonly demo?: boolean;
  scheduling?: SchedulingPort;
  waitTimes?: WaitTimePort;
  feedback?: FeedbackPort;
  pricing?: PricingPort;
  chat?: ChatPort;
}

export type PortName = keyof FrontdeskAdapter;
