import type { FeedbackPort } from '../../core/adapter.js';
import type { IntentKey } from '../../core/resilience.js';
import type { FeedbackContext, FeedbackReceipt } from '../../core/schemas/feedback.js';
import { toFrontdeskAnswers } from './answers.js';
import type { Answers, SurveyModel } from './model.js';

/** One response as the element sends it. */
export interface Sending {
  model: SurveyModel;
  answers: Answers;
  /** Questions an `enableWhenExpression` turned off (their answers are not sent). */
  off: ReadonlySet<string> | undefined;
  authored: string;
  /** The response's key: the same for every send of the same answers (a lost answer never submits twice), new when an answer changes. */
  intent: IntentKey;
  touchpoint?: string | undefined;
  /** Never given when the survey is anonymous. */
  context?: FeedbackContext | undefined;
  contactRequested?: true | undefined;
}

/**
 * Sends a response through the port: the answers to enabled questions, and for a Questionnaire
 * its QuestionnaireResponse (built by the FHIR part, loaded with the survey).
 */
export async function sendResponse(port: FeedbackPort, s: Sending): Promise<FeedbackReceipt> {
  const response = s.model.source === 'fhir' ? (await import('./fhir.js')).toQuestionnaireResponse(s.model, s.answers, s.authored, s.off) : undefined;
  const submission = {
    surveyId: s.model.id,
    touchpoint: s.touchpoint,
    answers: toFrontdeskAnswers(s.model, s.answers, s.off),
    response,
    context: s.context,
    contactRequested: s.contactRequested,
  };
  return s.intent.run(submission, (idempotencyKey) => port.submit({ ...submission, idempotencyKey }));
}
