import type { FeedbackAnswer } from '../../core/schemas/feedback.js';
import { enabledAnswers } from './conditions.js';
import { allQuestions, isScore, valueScalar, walk, type Answers, type Question, type ScoreControl, type SurveyModel, type Value } from './model.js';

/** Pure helpers over answers: what is sent, the score summary, low scores, validation, screens. */

const roots = (model: SurveyModel) => model.pages.flatMap((p) => p.items);

/** The answers as Frontdesk sends them: enabled questions only, in document order. */
export function toFrontdeskAnswers(model: SurveyModel, answers: Answers, off?: ReadonlySet<string>): FeedbackAnswer[] {
  const kept = enabledAnswers(roots(model), answers, off);
  return allQuestions(model)
    .filter((q) => kept[q.id])
    .map((q) => ({ questionId: q.id, values: (kept[q.id] ?? []).map(valueScalar) }));
}

/** Each answered rating question's score (NPS, CSAT, CES, stars) by question id: numbers only. */
export function scoreSummary(model: SurveyModel, answers: Answers, off?: ReadonlySet<string>): Record<string, number> {
  const kept = enabledAnswers(roots(model), answers, off);
  const out: Record<string, number> = {};
  for (const q of allQuestions(model)) {
    const v = kept[q.id]?.[0];
    if (isScore(q.control) && v && typeof v.value === 'number') out[q.id] = v.value;
  }
  return out;
}

export type Thresholds = Readonly<Partial<Record<ScoreControl, number>>>;

/** NPS ≤ 6 (detractors), CSAT ≤ 2, CES ≤ 3, stars ≤ 2: the defaults of `low-score`. */
export const defaultThresholds: Thresholds = { nps: 6, csat: 2, ces: 3, stars: 2 };

/** `"nps:5 csat:1"` → thresholds over the defaults; unknown or bad entries are ignored. */
export function parseThresholds(text: string | undefined): Thresholds {
  const out: Record<string, number> = { ...defaultThresholds };
  for (const part of text?.split(/[\s,]+/) ?? []) {
    const [key = '', n] = part.split(':');
    if (key in defaultThresholds && n !== undefined && Number.isFinite(Number(n))) out[key] = Number(n);
  }
  return out;
}

/** Whether any answered rating is at or below its threshold. */
export function hasLowScore(model: SurveyModel, answers: Answers, thresholds: Thresholds, off?: ReadonlySet<string>): boolean {
  const scores = scoreSummary(model, answers, off);
  return allQuestions(model).some((q) => {
    const limit = isScore(q.control) ? thresholds[q.control] : undefined;
    const score = scores[q.id];
    return limit !== undefined && score !== undefined && score <= limit;
  });
}

export type Problem = 'required' | 'min' | 'max' | 'whole' | 'number' | 'tooLong' | 'url' | 'tooFew' | 'tooMany' | 'fileTooBig' | 'fileType';

const isUrl = (s: string) => /^https?:\/\//i.test(s) && URL.canParse(s);

/** What is wrong with a question's answers, or `undefined` when they are fine. */
export function problemWith(q: Question, values: readonly Value[] | undefined): Problem | undefined {
  const list = values ?? [];
  if (q.control === 'calculated' || q.control === 'unavailable') return undefined;
  if (!list.length) return q.required && !q.readOnly ? 'required' : undefined;
  if (q.minOccurs !== undefined && q.repeats && list.length < q.minOccurs) return 'tooFew';
  if (q.maxOccurs !== undefined && list.length > q.maxOccurs) return 'tooMany';
  for (const v of list) {
    if (v.type === 'attachment') {
      if (q.maxSize !== undefined && (v.value.size ?? 0) > q.maxSize) return 'fileTooBig';
      if (q.mimeTypes?.length && !q.mimeTypes.includes(v.value.contentType ?? '')) return 'fileType';
    }
    const n = v.type === 'quantity' ? v.value.value : typeof v.value === 'number' ? v.value : undefined;
    if (n !== undefined) {
      if (!Number.isFinite(n)) return 'number';
      if (v.type === 'integer' && !Number.isInteger(n)) return 'whole';
      if (q.min !== undefined && n < q.min) return 'min';
      if (q.max !== undefined && n > q.max) return 'max';
    }
    if (typeof v.value === 'string') {
      if (q.maxLength !== undefined && v.value.length > q.maxLength) return 'tooLong';
      if (v.type === 'uri' && !isUrl(v.value)) return 'url';
    }
  }
  return undefined;
}

/** The problems of the given questions and everything inside them (enabled, shown, answerable ones only). */
export function problemsIn(items: readonly Question[], enabled: ReadonlySet<string>, answers: Answers): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  for (const q of walk(items)) {
    if (!enabled.has(q.id) || q.hidden || q.control === 'group' || q.control === 'display') continue;
    const p = problemWith(q, answers[q.id]);
    if (p) problems[q.id] = p;
  }
  return problems;
}

export type Layout = 'pages' | 'one-per-screen' | 'all-on-one-page';

/** The screens a patient steps through: the definition's pages, one top-level item each, or all at once. */
export function screensOf(model: SurveyModel, layout: Layout): Question[][] {
  if (layout === 'all-on-one-page') return [roots(model)];
  if (layout === 'one-per-screen') return roots(model).map((q) => [q]);
  return model.pages.map((p) => p.items);
}
