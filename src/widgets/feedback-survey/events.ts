/** Detail of `fd-survey-start`: the patient began a survey. */
export interface SurveyStartDetail {
  surveyId: string;
  touchpoint?: string;
}

/** Detail of `fd-survey-answer`: a question was answered or changed (its id only, never the answer). */
export interface SurveyAnswerDetail {
  surveyId: string;
  questionId: string;
}

/** Detail of `fd-survey-submit`: the response was received. Scores are rating answers (NPS, CSAT, CES, stars) by question id. */
export interface SurveySubmitDetail {
  surveyId: string;
  responseId: string;
  touchpoint?: string;
  scores: Record<string, number>;
  lowScore: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'fd-survey-start': CustomEvent<SurveyStartDetail>;
    'fd-survey-answer': CustomEvent<SurveyAnswerDetail>;
    'fd-survey-submit': CustomEvent<SurveySubmitDetail>;
  }
}
