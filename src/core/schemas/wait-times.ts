import * as z from 'zod/mini';
import { Id, Instant, Minutes, NonNegativeInt, Text } from './common.js';
import { withRules } from './rules.js';

export const waitStatuses = ['open', 'closed', 'paused', 'unknown'] as const;
export const WaitStatus = z.enum(waitStatuses);
export type WaitStatus = z.infer<typeof WaitStatus>;

/** The current wait at one location, as the practice last measured it. */
export const WaitTime = withRules(
  z.object({
    locationId: Id,
    /** `paused`: open but not taking walk-ins now (at capacity). */
    status: WaitStatus,
    /** Best estimate in minutes, when open. */
    minutes: z.optional(Minutes),
    /** An honest range, when the practice gives one. */
    range: z.optional(z.object({ low: Minutes, high: Minutes })),
    peopleWaiting: z.optional(NonNegativeInt),
    /** When this figure was measured; the widget hides it once older than its `stale-after`. */
    updatedAt: Instant,
    /** When a closed location opens next. */
    nextOpening: z.optional(Instant),
    /** A short note from the practice ("Flu shots at the front desk"). */
    message: z.optional(Text(280)),
  }),
  [{ rule: 'ordered', fields: ['range.low', 'range.high'] }],
);
export type WaitTime = z.infer<typeof WaitTime>;

export const WaitTimeList = z.array(WaitTime).check(z.maxLength(200));

