import { html, nothing, type TemplateResult } from 'lit';
import type { Appointment } from '../../core/schemas/scheduling.js';
import { placeLinks, summary, type ViewContext } from './views.js';

export interface ManageHandlers {
  appointment: Appointment | undefined;
  /** The picker's notice: `not-found` (nothing matched) and `look-up-again` (the manage proof was refused) are the look-up's. */
  notice: string | undefined;
  /** What the patient typed last (kept across a look-up again). */
  input: { code: string; birthDate: string };
  busy: boolean;
  reason: string;
  onReason: (value: string) => void;
  lookup: (code: string, birthDate: string) => void;
  reschedule: () => void;
  askCancel: () => void;
  keep: () => void;
  cancel: () => void;
  bookAnother: () => void;
  lookupForm: typeof lookupForm;
}

/** Look-up by confirmation code and date of birth (as one date field: it is a single look-up key). */
export function lookupForm(c: ViewContext, h: ManageHandlers): TemplateResult {
  const { t } = c;
  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    h.lookup(text('code'), text('birth-date'));
  };
  return html`<form class="lookup" @submit=${submit}>
    <p class="step-heading" role="heading" aria-level=${c.level} tabindex="-1" data-step-focus>${t.lookupHeading}</p>
    ${h.notice === 'not-found' || h.notice === 'look-up-again'
      ? html`<p class="notice" part="notice" role="alert">${h.notice === 'not-found' ? t.notFound : t.lookUpAgain}</p>`
      : nothing}
    <label class="field" for="code">${t.code}</label>
    <input id="code" name="code" required autocomplete="off" autocapitalize="characters" spellcheck="false" aria-describedby="code-hint" .value=${h.input.code} />
    <p id="code-hint" class="muted">${t.codeHint}</p>
    <label class="field" for="birth-date">${t.birthDate}</label>
    <input id="birth-date" name="birth-date" type="date" required autocomplete="bday" .value=${h.input.birthDate} />
    <div class="nav"><button class="fd-button" part="button" type="submit" ?disabled=${h.busy}>${t.find}</button></div>
  </form>`;
}

/** The manage steps: look-up, the appointment, the cancel confirmation, and cancelled. */
export function manageView(step: string, c: ViewContext, h: ManageHandlers): TemplateResult {
  const { t } = c;
  const a = h.appointment;
  if (step === 'lookup' || !a) return h.lookupForm(c, h);
  if (step === 'cancel') {
    return html`<p class="step-heading" role="heading" aria-level=${c.level} tabindex="-1" data-step-focus>${t.cancelHeading}</p>
      ${summary(c, a)}
      <label class="field" for="cancel-reason">${t.cancelReason}</label>
      <textarea id="cancel-reason" maxlength="500" .value=${h.reason} @input=${(e: Event) => h.onReason((e.target as HTMLTextAreaElement).value)}></textarea>
      <div class="nav">
        <button class="fd-button" data-variant="secondary" part="button" type="button" @click=${h.keep}>${t.keep}</button>
        <button class="fd-button" data-variant="danger" part="button" type="button" ?disabled=${h.busy} @click=${h.cancel}>${t.cancelConfirm}</button>
      </div>`;
  }
  if (step === 'cancelled') {
    return html`<p class="step-heading" role="heading" aria-level=${c.level} tabindex="-1" data-step-focus>${t.cancelledHeading}</p>
      ${summary(c, a)}
      <div class="nav"><button class="fd-button" part="button" type="button" @click=${h.bookAnother}>${t.bookAnother}</button></div>
      ${placeLinks(c, a.locationId, true)}`;
  }
  const cancelled = a.status === 'cancelled';
  return html`<p class="step-heading" role="heading" aria-level=${c.level} tabindex="-1" data-step-focus>${t.yourAppointment}</p>
    <p>${t.status(cancelled ? t.cancelledStatus : t.bookedStatus)}</p>
    ${summary(c, a)}
    ${cancelled
      ? nothing
      : html`<div class="nav">
          <button class="fd-button" part="button" type="button" @click=${h.reschedule}>${t.reschedule}</button>
          <button class="fd-button" data-variant="secondary" part="button" type="button" @click=${h.askCancel}>${t.cancel}</button>
        </div>`}
    ${placeLinks(c, a.locationId, cancelled)}`;
}
