import * as z from 'zod/mini';
import { Email, Id, Instant, Int, Phone, SafeUrl, Text } from './common.js';
import { withRules } from './rules.js';
import { Questionnaire, QuestionnaireResponse, enableWhenOperators } from './feedback-fhir.js';

export { FhirValueSet, Questionnaire, QuestionnaireResponse } from './feedback-fhir.js';

/** Frontdesk's own question types (a FHIR Questionnaire brings its own; see feedback-fhir.ts). */
export const questionTypes = [
  'nps',
  'csat',
  'ces',
  'stars',
  'radio',
  'checkbox',
  'dropdown',
  'yes-no',
  'text',
  'textarea',
  'number',
  'date',
] as const;
export type QuestionType = (typeof questionTypes)[number];

export const SurveyOption = z.object({ value: Id, label: Text(200) });
export type SurveyOption = z.infer<typeof SurveyOption>;

/** An answer value: a choice's `value`, a number (scores), a boolean (yes/no) or text. */
export const AnswerScalar = z.union([z.string().check(z.maxLength(5000)), z.number().check(z.minimum(-1e9), z.maximum(1e9)), z.boolean()]);
export type AnswerScalar = z.infer<typeof AnswerScalar>;

/** Show a question only when another question's answer meets this (FHIR enableWhen semantics). */
export const SurveyCondition = z.object({
  question: Id,
  operator: z.enum(enableWhenOperators),
  /** For `exists`, a boolean: whether an answer must exist. */
  answer: AnswerScalar,
});
export type SurveyCondition = z.infer<typeof SurveyCondition>;

/** Star ratings show at most this many stars. */
export const MAX_STARS = 10;

export const SurveyQuestion = withRules(
  z.object({
    id: Id,
    type: z.enum(questionTypes),
    label: Text(500),
    /** A short help line under the label. */
    help: z.optional(Text(500)),
    required: z.optional(z.boolean()),
    /** Choices of radio, checkbox and dropdown questions. */
    options: z.optional(z.array(SurveyOption).check(z.minLength(1), z.maxLength(100))),
    /** Number questions: bounds; star ratings: how many stars (`max`, default 5). */
    min: z.optional(z.number().check(z.minimum(-1e9), z.maximum(1e9))),
    max: z.optional(z.number().check(z.minimum(-1e9), z.maximum(1e9))),
    /** Words at the ends of a scale ("Not at all likely" … "Extremely likely"). */
    minLabel: z.optional(Text(80)),
    maxLabel: z.optional(Text(80)),
    maxLength: z.optional(Int(1, 5000)),
    enableWhen: z.optional(z.array(SurveyCondition).check(z.maxLength(20))),
    enableBehavior: z.optional(z.enum(['all', 'any'])),
  }),
  [
    { rule: 'ordered', fields: ['min', 'max'] },
    { rule: 'at-most-when', field: 'max', max: MAX_STARS, when: 'type', in: ['stars'] },
  ],
);
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;

export const SurveyPage = z.object({
  id: z.optional(Id),
  title: z.optional(Text(200)),
  questions: z.array(SurveyQuestion).check(z.minLength(1), z.maxLength(50)),
});
export type SurveyPage = z.infer<typeof SurveyPage>;

/** The practice's ways to be reached, offered after a low score. */
export const SurveyContact = z.object({
  phone: z.optional(Phone),
  email: z.optional(Email),
  url: z.optional(SafeUrl),
});
export type SurveyContact = z.infer<typeof SurveyContact>;

/** Frontdesk's own small survey definition. */
export const FrontdeskSurvey = z.object({
  format: z.literal('frontdesk'),
  id: Id,
  title: Text(200),
  intro: z.optional(Text(1000)),
  touchpoint: z.optional(Id),
  pages: z.array(SurveyPage).check(z.minLength(1), z.maxLength(50)),
  thankYou: z.optional(z.object({ title: z.optional(Text(200)), body: z.optional(Text(1000)) })),
  contact: z.optional(SurveyContact),
  /** A public review page offered to every respondent on the thank-you screen, whatever their score. */
  reviewUrl: z.optional(SafeUrl),
});
export type FrontdeskSurvey = z.infer<typeof FrontdeskSurvey>;

/** What `getSurvey` answers: a Frontdesk survey or a FHIR R4 Questionnaire; both render through one model. */
export const SurveyDefinition = z.union([FrontdeskSurvey, Questionnaire]);
export type SurveyDefinition = z.infer<typeof SurveyDefinition>;

/** One question's answer as Frontdesk sends it: choice values, numbers, booleans or text (codes for FHIR choices). */
export const FeedbackAnswer = z.object({ questionId: Id, values: z.array(AnswerScalar).check(z.maxLength(100)) });
export type FeedbackAnswer = z.infer<typeof FeedbackAnswer>;

/** Ids only: where the feedback comes from. Left out entirely in `anonymous` mode. */
export const FeedbackContext = z.object({
  locationId: z.optional(Id),
  visitTypeId: z.optional(Id),
  appointmentId: z.optional(Id),
  conversationId: z.optional(Id),
});
export type FeedbackContext = z.infer<typeof FeedbackContext>;

/** The body of a submitted response. */
export const FeedbackSubmission = z.object({
  surveyId: Id,
  touchpoint: z.optional(Id),
  answers: z.array(FeedbackAnswer).check(z.maxLength(500)),
  /** For a FHIR Questionnaire: the same answers as a QuestionnaireResponse. */
  response: z.optional(QuestionnaireResponse),
  context: z.optional(FeedbackContext),
  /** The respondent asked to be contacted (offered after a low score, never in anonymous mode). */
  contactRequested: z.optional(z.boolean()),
});
export type FeedbackSubmission = z.infer<typeof FeedbackSubmission>;

export const FeedbackReceipt = z.object({ responseId: Id, receivedAt: Instant });
export type FeedbackReceipt = z.infer<typeof FeedbackReceipt>;

export const PartialReceipt = z.object({ responseId: Id, savedAt: Instant });
export type PartialReceipt = z.infer<typeof PartialReceipt>;
