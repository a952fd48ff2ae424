import type { Answers, SurveyKind, SurveyModel, Value } from './model.js';
import { allQuestions } from './model.js';
import { valuesEqual } from './conditions.js';

/**
 * `persist="session"`: a draft in sessionStorage that survives a reload. Only answers picked
 * from a list (ratings, choices, yes/no) are kept: typed text, numbers and dates can identify
 * a patient or describe their health, so they stay in memory only. Cleared on submit.
 * A clinical form (`intake`, `screening`, or a Questionnaire not marked `feedback`) is never
 * stored, not even its picked answers (a PHQ-9 answer is health data): its draft lives in
 * memory only and is gone after a reload (docs/decisions/016).
 */
const key = (surveyId: string) => `fd-feedback-survey:draft:${surveyId}`;

/** `kind` is the widget's own attribute, else the survey's; with neither, a Questionnaire counts as clinical. */
const clinical = (model: SurveyModel, kind = model.kind): boolean => (kind ? kind !== 'feedback' : model.source === 'fhir');

export function saveDraft(model: SurveyModel, answers: Answers, kind?: SurveyKind): void {
  if (clinical(model, kind)) return clearDraft(model.id);
  const kept: Record<string, readonly Value[]> = {};
  for (const q of allQuestions(model)) {
    const values = answers[q.id];
    const picked = q.control === 'yes-no' || (q.options.length > 0 && q.control !== 'autocomplete' && !q.openChoice);
    if (picked && values?.length) kept[q.id] = values;
  }
  try {
    sessionStorage.setItem(key(model.id), JSON.stringify(kept));
  } catch {
    // Storage blocked: the draft lives in memory only.
  }
}

/** The stored draft, keeping only values that are one of the question's own options (or yes/no). */
export function loadDraft(model: SurveyModel, kind?: SurveyKind): Record<string, Value[]> {
  if (clinical(model, kind)) {
    clearDraft(model.id);
    return {};
  }
  let stored: Record<string, unknown> = {};
  try {
    stored = JSON.parse(sessionStorage.getItem(key(model.id)) ?? '{}') as Record<string, unknown>;
  } catch {
    // Unreadable or blocked: no draft.
  }
  const out: Record<string, Value[]> = {};
  for (const q of allQuestions(model)) {
    const values = stored[q.id];
    if (!Array.isArray(values)) continue;
    // Each stored value is replaced by the question's own option (or yes/no) it matches; anything else is dropped.
    const valid = (values as Value[]).flatMap((v) => {
      if (typeof v !== 'object' || !v) return [];
      const own: Value | undefined =
        q.control === 'yes-no'
          ? typeof v.value === 'boolean'
            ? { type: 'boolean', value: v.value }
            : undefined
          : q.options.find((o) => o.value.type === v.type && valuesEqual(o.value, v))?.value;
      return own ? [own] : [];
    });
    if (valid.length) out[q.id] = valid;
  }
  return out;
}

export function clearDraft(surveyId: string): void {
  try {
    sessionStorage.removeItem(key(surveyId));
  } catch {
    // Nothing stored.
  }
}
