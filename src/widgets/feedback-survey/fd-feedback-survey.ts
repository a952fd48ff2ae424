import { define } from '../../core/define.js';
import { FeedbackSurvey } from './feedback-survey.js';
import './events.js';

define('fd-feedback-survey', FeedbackSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'fd-feedback-survey': FeedbackSurvey;
  }
}
