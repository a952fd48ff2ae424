import { read, write } from '../port.js';
import type { FeedbackAnswer, FeedbackSubmission } from '../schemas/feedback.js';

const schemas = () => import('../schemas/feedback.js');

/**
 * The feedback port: the survey for an id or a touchpoint (a Frontdesk survey or a FHIR R4
 * Questionnaire), an optional draft save, the submission, idempotent on its key, and an
 * optional value-set expansion for Questionnaires whose answers come from a terminology service.
 * `locale` lets an adapter answer with the survey's text in the patient's language.
 */
export const feedbackPort = {
  getSurvey: read<{ surveyId?: string; touchpoint?: string; locale?: string }>()(() => schemas().then((m) => m.SurveyDefinition)),
  savePartial: write<{ responseId: string; surveyId: string; answers: readonly FeedbackAnswer[] }, true>(true)(() =>
    schemas().then((m) => m.PartialReceipt),
  ),
  submit: write<FeedbackSubmission>()(() => schemas().then((m) => m.FeedbackReceipt)),
  /** A FHIR ValueSet expanded by canonical URL (the practice's terminology service), for a Questionnaire's `answerValueSet`. */
  expandValueSet: read<{ url: string }, true>(true)(() => schemas().then((m) => m.FhirValueSet)),
};
