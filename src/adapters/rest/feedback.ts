import type { FeedbackPort } from '../../core/adapter.js';
import type { CallOptions, WriteOptions } from '../../core/port.js';
import { fillPath, restPaths } from './paths.js';

type Get = <T>(path: string, query: Readonly<Record<string, string | undefined>>, options: CallOptions) => Promise<T>;
type Write = <T>(method: 'POST' | 'DELETE', path: string, body: object | undefined, options: WriteOptions) => Promise<T>;

/**
 * The feedback port over the REST contract: a survey by id or by touchpoint (ids and a
 * language in the URL, nothing about the patient), drafts and responses in request bodies,
 * each with its `Idempotency-Key`; a value set expanded by its canonical URL (a code list, nothing about the patient).
 */
export const restFeedback = (get: Get, write: Write): Required<FeedbackPort> => ({
  getSurvey: (input) =>
    input.surveyId
      ? get(fillPath(restPaths.survey, { surveyId: input.surveyId }), { locale: input.locale }, input)
      : get(restPaths.surveys, { touchpoint: input.touchpoint, locale: input.locale }, input),
  savePartial: (input) =>
    write('POST', fillPath(restPaths.surveyDraft, { responseId: input.responseId }), { surveyId: input.surveyId, answers: input.answers }, input),
  submit: (input) =>
    write(
      'POST',
      restPaths.surveyResponses,
      {
        surveyId: input.surveyId,
        touchpoint: input.touchpoint,
        answers: input.answers,
        response: input.response,
        context: input.context,
        contactRequested: input.contactRequested,
      },
      input,
    ),
  expandValueSet: (input) => get(restPaths.valueSetExpansion, { url: input.url }, input),
});
