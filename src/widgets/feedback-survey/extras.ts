import { nothing } from 'lit';
import { renderAttachment } from './attachments.js';
import type { Question } from './model.js';
import type { QuestionContext } from './questions.js';
import { renderRepeatControls, type RepeatActions } from './repeats.js';

/**
 * The repeats/attachments part: loaded only for a Questionnaire with a repeating group or an
 * attachment item, so neither the first chunk nor the FHIR part carries it.
 */
export { expandRepeats, removeInstance } from './repeats.js';

/** An attachment's file field, or a repeating group instance's Add / Remove buttons. */
export function renderExtra(q: Question, c: QuestionContext, actions: RepeatActions): unknown {
  if (q.control === 'attachment') return renderAttachment(q, c);
  return q.control === 'group' ? renderRepeatControls(q, c, actions) : nothing;
}
