import { html, type TemplateResult } from 'lit';
import { conditionsHold } from './conditions.js';
import type { Answers, Question, SafetyNotice } from './model.js';
import { domId, inputValue, label, notes, unitLabel, type QuestionContext } from './questions.js';

/** The items only a Questionnaire has, rendered by its part (never downloaded for a Frontdesk survey). */

/**
 * A calculated value (FHIRPath `calculatedExpression`): text, never a field. While it cannot be
 * worked out yet it says so; when it cannot be worked out at all, that the practice calculates it.
 */
export function renderCalculated(q: Question, c: QuestionContext): TemplateResult {
  const id = domId(q);
  const v = c.answers[q.id]?.[0];
  const status = c.computed?.status(q) ?? 'failed';
  const text = status === 'failed' ? c.t.calculatedByPractice : v ? `${inputValue(v)}${q.unit ? ` ${unitLabel(q.unit)}` : ''}` : c.t.calculated;
  return html`<div class="question" part="question" data-control="calculated">
    <p part="label" id=${`${id}-label`}>${label(q, c)}</p>
    ${notes(q)}
    <output id=${id} class="calculated" aria-labelledby=${`${id}-label`} aria-live="polite" data-status=${v && status !== 'failed' ? 'ready' : status}>${text}</output>
  </div>`;
}

/** An item this form cannot show (its value set did not expand…): named, and said so, inside the form. */
export function renderUnavailable(q: Question, c: QuestionContext): TemplateResult {
  return html`<div class="question unavailable" part="question" data-control="unavailable" id=${domId(q)}>
    <p part="label">${label(q, c)}</p>
    <p class="help" part="help">${c.t.cantShow}</p>
  </div>`;
}

/**
 * The survey's safety notices whose condition holds (a crisis line after a self-harm answer), as an
 * alert. Only what the patient can see counts: an answer to a question no longer enabled is not
 * sent, nor does it raise a notice.
 */
export function renderSafety(notices: readonly SafetyNotice[], answers: Answers, enabled: ReadonlySet<string>): TemplateResult {
  const seen = Object.fromEntries(Object.entries(answers).filter(([id]) => enabled.has(id)));
  const shown = notices.filter((n) => conditionsHold({ enableWhen: n.when, enableBehavior: 'any' }, seen));
  return html`<div class="safety" part="safety-notice" role="alert">${shown.map((n) => html`<p>${n.text}</p>`)}</div>`;
}
