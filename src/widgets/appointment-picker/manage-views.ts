import { html, nothing, type TemplateResult } from 'lit';
import type { AppointmentPicker } from './appointment-picker.js';
import { cancelAppointment, lookup, startReschedule } from './manage-flow.js';
import { placeLinks, summary, type ViewContext } from './views.js';

export { confirmReschedule } from './manage-flow.js';

/** Look-up by confirmation code and date of birth (as one date field: it is a single look-up key). */
function lookupForm(c: ViewContext, p: AppointmentPicker): TemplateResult {
  const { t } = c;
  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    void lookup(p, text('code'), text('birth-date'));
  };
  return html`<form class="lookup" @submit=${submit}>
    <p class="step-heading" role="heading" aria-level=${c.level} tabindex="-1" data-step-focus>${t.lookupHeading}</p>
    ${p.notice === 'not-found' || p.notice === 'look-up-again'
      ? html`<p class="notice" part="notice" role="alert">${p.notice === 'not-found' ? t.notFound : t.lookUpAgain}</p>`
      : nothing}
    <label class="field" for="code">${t.code}</label>
    <input id="code" name="code" required autocomplete="off" autocapitalize="characters" spellcheck="false" aria-describedby="code-hint" .value=${p.lookupInput.code} />
    <p id="code-hint" class="muted">${t.codeHint}</p>
    <label class="field" for="birth-date">${t.birthDate}</label>
    <input id="birth-date" name="birth-date" type="date" required autocomplete="bday" .value=${p.lookupInput.birthDate} />
    <div class="nav"><button class="fd-button" part="button" type="submit" ?disabled=${p.busy}>${t.find}</button></div>
  </form>`;
}

/** The manage steps: look-up, the appointment, the cancel confirmation, and cancelled. */
export function manageView(p: AppointmentPicker, c: ViewContext): TemplateResult {
  const { t } = c;
  const { step, appointment: a } = p;
  if (step === 'lookup' || !a) return lookupForm(c, p);
  if (step === 'cancel') {
    return html`<p class="step-heading" role="heading" aria-level=${c.level} tabindex="-1" data-step-focus>${t.cancelHeading}</p>
      ${summary(c, a)}
      <label class="field" for="cancel-reason">${t.cancelReason}</label>
      <textarea id="cancel-reason" maxlength="500" .value=${p.cancelReason} @input=${(e: Event) => (p.cancelReason = (e.target as HTMLTextAreaElement).value)}></textarea>
      <div class="nav">
        <button class="fd-button" data-variant="secondary" part="button" type="button" @click=${() => p.go('manage')}>${t.keep}</button>
        <button class="fd-button" data-variant="danger" part="button" type="button" ?disabled=${p.busy} @click=${() => void cancelAppointment(p)}>${t.cancelConfirm}</button>
      </div>`;
  }
  if (step === 'cancelled') {
    return html`<p class="step-heading" role="heading" aria-level=${c.level} tabindex="-1" data-step-focus>${t.cancelledHeading}</p>
      ${summary(c, a)}
      <div class="nav"><button class="fd-button" part="button" type="button" @click=${() => (p.mode = 'book')}>${t.bookAnother}</button></div>
      ${placeLinks(c, a.locationId, true)}`;
  }
  const cancelled = a.status === 'cancelled';
  return html`<p class="step-heading" role="heading" aria-level=${c.level} tabindex="-1" data-step-focus>${t.yourAppointment}</p>
    <p>${t.status(cancelled ? t.cancelledStatus : t.bookedStatus)}</p>
    ${summary(c, a)}
    ${cancelled
      ? nothing
      : html`<div class="nav">
          <button class="fd-button" part="button" type="button" @click=${() => startReschedule(p)}>${t.reschedule}</button>
          <button class="fd-button" data-variant="secondary" part="button" type="button" @click=${() => p.go('cancel')}>${t.cancel}</button>
        </div>`}
    ${placeLinks(c, a.locationId, cancelled)}`;
}
