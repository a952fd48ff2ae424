import type { FeedbackPort } from '../../core/adapter.js';
import { FrontdeskError } from '../../core/errors.js';
import { matchLocale } from '../../core/localize.js';
import type { FeedbackReceipt, FeedbackSubmission } from '../../core/schemas/feedback.js';
import { valueSets } from './data/value-sets.js';
import { surveyCatalog, touchpointSurveys } from './feedback-data.js';
import type { MemoryRuntime } from './runtime.js';

/** What the memory adapter received (answers stay in memory; tests read them, nothing else does). */
export interface StoredResponse {
  receipt: FeedbackReceipt;
  submission: FeedbackSubmission;
}

/**
 * Surveys by id or touchpoint, in the caller's language when there is a copy; drafts and
 * submissions kept in memory, each idempotent on its key (a retry answers the first receipt);
 * the external value sets its Questionnaires use, expanded.
 */
export function memoryFeedback(runtime: MemoryRuntime, stored: StoredResponse[] = []): Required<FeedbackPort> {
  const receipts = new Map<string, FeedbackReceipt>();
  const drafts = new Map<string, { responseId: string; savedAt: string }>();
  const find = (surveyId: string | undefined, locale: string | undefined): unknown => {
    if (!surveyId) throw new FrontdeskError('invalid-input', 'Give a surveyId or a known touchpoint.', { fieldErrors: { surveyId: 'required' } });
    const lang = matchLocale(locale);
    const survey = (lang === 'es' ? surveyCatalog.es[surveyId] : undefined) ?? surveyCatalog.en[surveyId];
    if (!survey) throw new FrontdeskError('not-found', 'Unknown survey.');
    return survey;
  };
  return {
    getSurvey: (input) =>
      runtime.run('feedback.getSurvey', input, () => find(input.surveyId ?? (input.touchpoint ? touchpointSurveys[input.touchpoint] ?? 'none' : undefined), input.locale)) as ReturnType<
        FeedbackPort['getSurvey']
      >,
    savePartial: (input) =>
      runtime.run('feedback.savePartial', input, () => {
        find(input.surveyId, undefined);
        const saved = drafts.get(input.idempotencyKey) ?? { responseId: input.responseId, savedAt: new Date(runtime.now()).toISOString() };
        drafts.set(input.idempotencyKey, saved);
        return saved;
      }),
    submit: (input) =>
      runtime.run('feedback.submit', input, () => {
        const again = receipts.get(input.idempotencyKey);
        if (again) return again;
        find(input.surveyId, undefined);
        const receipt = { responseId: `resp-${runtime.count('feedback.submit')}-${receipts.size + 1}`, receivedAt: new Date(runtime.now()).toISOString() };
        receipts.set(input.idempotencyKey, receipt);
        const { surveyId, touchpoint, answers, response, context, contactRequested } = input;
        stored.push({ receipt, submission: structuredClone({ surveyId, touchpoint, answers, response, context, contactRequested }) });
        return receipt;
      }),
    expandValueSet: (input) =>
      runtime.run('feedback.expandValueSet', input, () => {
        const vs = valueSets[input.url];
        if (!vs) throw new FrontdeskError('not-found', 'Unknown value set.');
        return structuredClone(vs);
      }),
  };
}
