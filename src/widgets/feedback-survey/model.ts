import type { EnableWhenOperator } from '../../core/schemas/feedback-fhir.js';
import type { AnswerScalar, FrontdeskSurvey, SurveyContact, SurveyQuestion } from '../../core/schemas/feedback.js';

/**
 * One render model for both survey formats (no DOM here): a Frontdesk survey and a FHIR
 * Questionnaire become the same tree of questions, pages and conditions, and answers are
 * typed values the condition evaluator and both answer formats work on.
 */

export interface Coding {
  system?: string | undefined;
  code?: string | undefined;
  display?: string | undefined;
}
export interface Quantity {
  value: number;
  unit?: string | undefined;
  system?: string | undefined;
  code?: string | undefined;
}

/** A file a patient attached (`valueAttachment`): its bytes as base64, only when within the item's limits. */
export interface Attachment {
  contentType?: string | undefined;
  data?: string | undefined;
  title?: string | undefined;
  size?: number | undefined;
}

/** A typed answer value; `type` names its FHIR value[x] (`valueInteger`, `valueCoding`…). */
export type Value =
  | { type: 'boolean'; value: boolean }
  | { type: 'integer' | 'decimal'; value: number }
  | { type: 'string' | 'date' | 'dateTime' | 'time' | 'uri'; value: string }
  | { type: 'coding'; value: Coding }
  | { type: 'quantity'; value: Quantity }
  | { type: 'attachment'; value: Attachment };
export type ValueType = Value['type'];

/** Answers by question id; a question without answers has no key (or an empty list). */
export type Answers = Readonly<Record<string, readonly Value[]>>;

export type Control =
  | 'nps'
  | 'csat'
  | 'ces'
  | 'stars'
  | 'radio'
  | 'checkbox'
  | 'dropdown'
  | 'autocomplete'
  | 'slider'
  | 'yes-no'
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'datetime'
  | 'time'
  | 'url'
  | 'quantity'
  | 'display'
  | 'group'
  /** A value the form works out (FHIRPath `calculatedExpression`): shown, never typed. */
  | 'calculated'
  /** An item that cannot be shown (an external value set that could not be expanded…): said so in the form. */
  | 'unavailable'
  /** A file input with the item's size and type limits (`valueAttachment`). */
  | 'attachment';

/** The rating controls whose answer is a score (sent in `fd-survey-submit`, checked for a low score). */
export const scoreControls = ['nps', 'csat', 'ces', 'stars'] as const;
export type ScoreControl = (typeof scoreControls)[number];
export const isScore = (control: Control): control is ScoreControl => (scoreControls as readonly string[]).includes(control);

export interface Option {
  /** Stable key for the DOM (`value` attributes, ids). */
  key: string;
  label: string;
  value: Value;
  prefix?: string | undefined;
  /** Its score (`ordinalValue` / `itemWeight`), kept through value-set expansion. */
  weight?: number | undefined;
}

export interface Condition {
  question: string;
  operator: EnableWhenOperator;
  /** For `exists`, whether an answer must exist. */
  answer: Value;
}

export interface Question {
  id: string;
  control: Control;
  valueType: ValueType;
  label: string;
  prefix?: string | undefined;
  help?: string | undefined;
  instructions?: string | undefined;
  required: boolean;
  repeats: boolean;
  readOnly: boolean;
  /** Not shown (SDC `questionnaire-hidden`); its initial answers are still submitted. */
  hidden: boolean;
  min?: number | undefined;
  max?: number | undefined;
  step?: number | undefined;
  minLabel?: string | undefined;
  maxLabel?: string | undefined;
  maxLength?: number | undefined;
  minOccurs?: number | undefined;
  maxOccurs?: number | undefined;
  options: Option[];
  /** `open-choice`: a typed answer is allowed besides the options. */
  openChoice: boolean;
  /** A fixed unit shown after the field (SDC `questionnaire-unit`). */
  unit?: Coding | undefined;
  /** Units to choose from (`questionnaire-unitOption`). */
  units?: Coding[] | undefined;
  entryFormat?: string | undefined;
  orientation?: 'horizontal' | 'vertical' | undefined;
  enableWhen: Condition[];
  enableBehavior: 'all' | 'any';
  initial: Value[];
  children: Question[];
  /** FHIRPath expressions on this item (evaluated by the lazily loaded `expressions.ts`). */
  expressions?: ItemExpressions | undefined;
  /** For `unavailable`: why, for developers (the patient sees plain words). */
  reason?: string | undefined;
  /** In a repeating group's instance: the Questionnaire's linkId (`id` is then unique per instance). */
  linkId?: string | undefined;
  /** For `attachment`: the largest file (bytes) and the allowed MIME types. */
  maxSize?: number | undefined;
  mimeTypes?: string[] | undefined;
  /** A repeating group's instance number (1-based). */
  instance?: number | undefined;
}

/** An item's FHIRPath: its variables (in order), a calculated value, an initial value, a condition, its options. */
export interface ItemExpressions {
  variables: Array<{ name: string; expression: string }>;
  calculated?: string | undefined;
  initial?: string | undefined;
  enableWhen?: string | undefined;
  answer?: string | undefined;
}

/** `feedback` (the default) or a clinical form, worded as one ("Submit", "sent to the practice"). */
export type SurveyKind = 'feedback' | 'intake' | 'screening';

/** A notice the survey shows while its condition holds (a crisis line after a self-harm answer). */
export interface SafetyNotice {
  text: string;
  when: Condition[];
}

export interface SurveyModel {
  id: string;
  source: 'frontdesk' | 'fhir';
  title: string;
  intro?: string | undefined;
  /** Each page's top-level items (a Questionnaire is one page; `layout` may split it). */
  pages: Array<{ title?: string | undefined; items: Question[] }>;
  thankYou?: { title?: string | undefined; body?: string | undefined } | undefined;
  contact?: SurveyContact | undefined;
  reviewUrl?: string | undefined;
  /** What this version does not support (FHIRPath expressions…), by item; rendering goes on. */
  warnings: string[];
  /** For a Questionnaire: its canonical reference, for `QuestionnaireResponse.questionnaire`. */
  canonical?: string | undefined;
  kind?: SurveyKind | undefined;
  /** It has a repeating group or an attachment item: the repeats/attachments part loads with it. */
  extras?: boolean | undefined;
  safety?: SafetyNotice[] | undefined;
  /** For a Questionnaire with FHIRPath: the definition (`%questionnaire`) and its root variables. */
  fhirpath?: { questionnaire: unknown; variables: ItemExpressions['variables']; launchContext: string[] } | undefined;
}

/**
 * A survey that cannot be rendered (a required question it cannot show): the survey shows an
 * error naming every such question in the patient's words (`labels`) instead of dropping one.
 */
export class UnrenderableItemError extends Error {
  override readonly name = 'UnrenderableItemError';
  constructor(
    readonly itemId: string,
    reason: string,
    readonly labels: readonly string[] = [itemId],
  ) {
    super(`Item "${itemId}" cannot be rendered: ${reason}`);
  }
}

const ranges: Partial<Record<SurveyQuestion['type'], [number, number]>> = { nps: [0, 10], csat: [1, 5], ces: [1, 7] };

/** A Frontdesk answer scalar (conditions) as a typed value. */
export const scalarValue = (v: AnswerScalar): Value =>
  typeof v === 'boolean' ? { type: 'boolean', value: v } : typeof v === 'number' ? { type: Number.isInteger(v) ? 'integer' : 'decimal', value: v } : { type: 'string', value: v };

/** A typed value as a Frontdesk answer scalar (a coding's code, a quantity's number). */
export const valueScalar = (v: Value): AnswerScalar =>
  v.type === 'coding' ? (v.value.code ?? v.value.display ?? '') : v.type === 'quantity' ? v.value.value : v.type === 'attachment' ? (v.value.title ?? '') : v.value;

function frontdeskQuestion(q: SurveyQuestion): Question {
  const range = ranges[q.type] ?? (q.type === 'stars' ? [1, q.max ?? 5] : undefined);
  const options: Option[] = range
    ? Array.from({ length: range[1] - range[0] + 1 }, (_, i) => ({ key: String(range[0] + i), label: String(range[0] + i), value: { type: 'integer', value: range[0] + i } }))
    : (q.options ?? []).map((o) => ({ key: o.value, label: o.label, value: { type: 'string', value: o.value } }));
  if (!options.length && ['radio', 'checkbox', 'dropdown'].includes(q.type)) throw new UnrenderableItemError(q.id, 'a choice question needs options');
  return {
    // id, label, help, min/maxLabel, maxLength, min, max
    ...q,
    control: q.type,
    valueType: range ? 'integer' : q.type === 'yes-no' ? 'boolean' : q.type === 'number' ? 'decimal' : q.type === 'date' ? 'date' : 'string',
    required: q.required ?? false,
    repeats: q.type === 'checkbox',
    readOnly: false,
    hidden: false,
    min: range?.[0] ?? q.min,
    max: range?.[1] ?? q.max,
    options,
    openChoice: false,
    enableWhen: (q.enableWhen ?? []).map((c) => ({ question: c.question, operator: c.operator, answer: scalarValue(c.answer) })),
    enableBehavior: q.enableBehavior ?? 'all',
    initial: [],
    children: [],
  };
}

/** A Frontdesk survey as the render model. */
export function fromFrontdesk(survey: FrontdeskSurvey): SurveyModel {
  const pages = survey.pages.map((p) => ({ title: p.title, items: p.questions.map(frontdeskQuestion) }));
  // A condition's scalar takes the type of the question it reads (a date is a date, not a string).
  const types = new Map(pages.flatMap((p) => p.items.map((q) => [q.id, q.valueType] as const)));
  for (const q of pages.flatMap((p) => p.items)) {
    for (const c of q.enableWhen) if (c.answer.type === 'string' && types.get(c.question) === 'date') c.answer = { type: 'date', value: c.answer.value };
  }
  return {
    id: survey.id,
    source: 'frontdesk',
    title: survey.title,
    intro: survey.intro,
    pages,
    thankYou: survey.thankYou,
    contact: survey.contact,
    reviewUrl: survey.reviewUrl,
    warnings: [],
  };
}

/** Every question of a model, depth first, in document order. */
export function* walk(items: readonly Question[]): Generator<Question> {
  for (const q of items) {
    yield q;
    yield* walk(q.children);
  }
}

export const allQuestions = (model: SurveyModel): Question[] => model.pages.flatMap((p) => [...walk(p.items)]);

/** The answers a model starts with: each question's `initial` values. */
export function initialAnswers(model: SurveyModel): Record<string, Value[]> {
  const out: Record<string, Value[]> = {};
  for (const q of allQuestions(model)) if (q.initial.length) out[q.id] = [...q.initial];
  return out;
}
