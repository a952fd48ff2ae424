import type { FeedbackAnswer, FrontdeskSurvey, SurveyDefinition } from '../../../src/core/schemas/feedback.js';

const isFrontdesk = (s: SurveyDefinition): s is FrontdeskSurvey => (s as { format?: unknown }).format === 'frontdesk';

export interface Scores {
  nps?: number;
  csat?: number;
  ces?: number;
}

/**
 * The NPS (0–10), CSAT and CES answers of a response, by the type of the question they answer
 * (the first of each type). A FHIR Questionnaire has no such types: no scores.
 */
export function scoresOf(survey: SurveyDefinition, answers: readonly FeedbackAnswer[]): Scores {
  if (!isFrontdesk(survey)) return {};
  const scores: Scores = {};
  for (const question of survey.pages.flatMap((p) => p.questions)) {
    if (question.type !== 'nps' && question.type !== 'csat' && question.type !== 'ces') continue;
    if (scores[question.type] !== undefined) continue;
    const value = answers.find((a) => a.questionId === question.id)?.values[0];
    if (typeof value === 'number' && Number.isFinite(value)) scores[question.type] = value;
  }
  return scores;
}
