import * as z from 'zod/mini';
import { Id, Instant, NonNegativeInt, Text } from '../../../src/core/schemas/common.js';
import { ChatContact, ChatCursor, ChatHistory, ChatPrechat } from '../../../src/core/schemas/chat.js';
import { FeedbackAnswer } from '../../../src/core/schemas/feedback.js';

/**
 * The shapes of frontdesk-server's staff endpoints behind the console's screens (attendance,
 * chat inbox, feedback figures, follow-up queue, price status): the routes parse and answer
 * with these, the console reads them, and `npm run openapi` documents them (one source).
 */

/** Most rows one staff list answers. */
export const STAFF_LIST_MAX = 500;
export const STAFF_CONVERSATIONS_MAX = 200;

export const Attendance = z.nullable(z.enum(['arrived', 'no-show']));
export const StaffAttendanceUpdate = z.object({ attendance: Attendance });
export const StaffAttendanceSaved = z.object({ appointmentId: Id, attendance: Attendance });
export const StaffCancelled = z.object({ appointmentId: Id, status: z.literal('cancelled') });

/** One conversation in the inbox (pre-chat details are what the patient typed: audited read). */
export const StaffConversation = z.object({
  conversationId: Id,
  status: z.enum(['open', 'closed']),
  prechat: ChatPrechat,
  agentName: z.optional(Text(120)),
  lastText: z.optional(Text(4000)),
  lastAuthor: z.optional(z.enum(['patient', 'agent', 'system'])),
  /** Events the staff have not read yet. */
  unread: NonNegativeInt,
  /** The patient has read up to this cursor (delivery as "seen"). */
  patientRead: ChatCursor,
  updatedAt: Instant,
});
export type StaffConversation = z.infer<typeof StaffConversation>;
export const StaffConversationList = z.array(StaffConversation).check(z.maxLength(STAFF_CONVERSATIONS_MAX));
/** A conversation's events after the cursor, and how far the patient has read (delivery as "seen"). */
export const StaffChatHistory = z.extend(ChatHistory, { patientRead: ChatCursor });
export const StaffChatAfter = z.object({ after: z.optional(ChatCursor) });
export const StaffChatReply = z.object({ clientMessageId: Id, text: z.string().check(z.minLength(1), z.maxLength(4000)) });
export const StaffTyping = z.object({ typing: z.boolean() });
export const StaffChatDone = z.object({ conversationId: Id, ok: z.literal(true) });
/** One item on the staff chat stream: a conversation changed (new cursor) or its patient-side typing changed. */
export const StaffChatNotice = z.object({ conversationId: Id, cursor: z.optional(ChatCursor), typing: z.optional(z.boolean()) });

const Range = { from: Instant, to: Instant };
export const feedbackGroupings = ['week', 'location', 'provider', 'touchpoint'] as const;
export const StaffFeedbackStatsQuery = z.object({ ...Range, by: z.enum(feedbackGroupings) });
export const StaffRangeQuery = z.object(Range);
/** Figures of one group (a week starting on Monday `YYYY-MM-DD`, a location, clinician or touchpoint id; `unknown` when not given). */
export const StaffFeedbackFigures = z.object({
  key: Id,
  responses: NonNegativeInt,
  /** Promoters (9–10) − detractors (0–6), in % of the answers with a score; null without any. */
  nps: z.nullable(z.number().check(z.int(), z.gte(-100), z.lte(100))),
  npsResponses: NonNegativeInt,
  /** Average of the answers (1–5); null without any. */
  csat: z.nullable(z.number().check(z.gte(0), z.lte(10))),
  ces: z.nullable(z.number().check(z.gte(0), z.lte(10))),
});
export type StaffFeedbackFigures = z.infer<typeof StaffFeedbackFigures>;
export const StaffFeedbackFiguresList = z.array(StaffFeedbackFigures).check(z.maxLength(STAFF_LIST_MAX));
/** One response as given (answers; audited read). */
export const StaffFeedbackResponse = z.object({
  id: Id,
  surveyId: Id,
  touchpoint: z.nullable(Id),
  answers: z.array(FeedbackAnswer).check(z.maxLength(500)),
  locationId: z.nullable(Id),
  providerId: z.nullable(Id),
  contactRequested: z.boolean(),
  nps: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(10))),
  receivedAt: Instant,
});
export type StaffFeedbackResponse = z.infer<typeof StaffFeedbackResponse>;
export const StaffFeedbackResponseList = z.array(StaffFeedbackResponse).check(z.maxLength(STAFF_LIST_MAX));

export const taskStatuses = ['open', 'contacted', 'resolved'] as const;
const TaskStatus = z.enum(taskStatuses);
export const StaffTasksQuery = z.object({ status: z.optional(TaskStatus) });
/** A follow-up (a low score that asked for contact) or a call-back request (left outside chat hours). */
export const StaffTask = z.object({
  id: Id,
  kind: z.enum(['follow-up', 'callback']),
  status: TaskStatus,
  /** Who took it (display name); null while nobody has. */
  owner: z.nullable(Text(120)),
  topic: z.nullable(Text(80)),
  body: z.nullable(Text(2000)),
  /** A call-back's contact (patient data: audited read). */
  contact: z.nullable(ChatContact),
  responseId: z.nullable(Id),
  nps: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(10))),
  answers: z.nullable(z.array(FeedbackAnswer).check(z.maxLength(500))),
  locationId: z.nullable(Id),
  createdAt: Instant,
  updatedAt: Instant,
});
export type StaffTask = z.infer<typeof StaffTask>;
export const StaffTaskList = z.array(StaffTask).check(z.maxLength(STAFF_LIST_MAX));
export const StaffTaskUpdate = z.object({ status: z.optional(TaskStatus), owner: z.optional(z.nullable(z.literal('me'))) });
export const StaffTaskSaved = z.object({ id: Id, status: TaskStatus, owner: z.nullable(Text(120)) });

const Count = NonNegativeInt;
/** One `prices import`: when, from which files, what it holds, the first problems found (all are counted). */
export const StaffPriceImport = z.object({
  id: z.number().check(z.int(), z.positive()),
  importedAt: Instant,
  live: z.boolean(),
  inputs: z.array(Text(500)).check(z.maxLength(100)),
  sources: z
    .array(
      z.object({
        fileName: Text(500),
        lastUpdatedOn: Text(40),
        version: Text(40),
        hospitalName: z.optional(Text(500)),
        url: z.optional(Text(2000)),
        fileFormat: z.enum(['json', 'csv-tall', 'csv-wide']),
        locations: z.optional(z.array(Text(500)).check(z.maxLength(200))),
      }),
    )
    .check(z.maxLength(100)),
  summary: z.object({ services: Count, rates: Count, plans: Count, payers: Count, errors: Count, warnings: Count }),
  problems: z.array(z.object({ where: Text(500), message: Text(1000), severity: z.enum(['error', 'warning']) })).check(z.maxLength(STAFF_LIST_MAX)),
});
export type StaffPriceImport = z.infer<typeof StaffPriceImport>;
export const StaffPriceImportList = z.array(StaffPriceImport).check(z.maxLength(20));
