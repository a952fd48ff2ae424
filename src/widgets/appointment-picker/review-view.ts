import { html, nothing, type TemplateResult } from 'lit';
import { formatTime } from '../../core/format.js';
import type { AppointmentPicker, Step } from './appointment-picker.js';
import { clock } from './hold-timer.js';
import { locationOf, placeLinks, summary, visitTypeOf, type ViewContext } from './views.js';

/*
 * The buttons under each step, and the steps after the details: the hold countdown, the
 * review before booking and the confirmation.
 */

/** Back (to `back`) and the step's action, for the picker's steps. */
export const navFor =
  (p: AppointmentPicker, { t }: ViewContext) =>
  (back: Step | undefined, next?: () => void, label = t.continue, disabled = false): TemplateResult => html`<div class="nav">
    ${back ? html`<button class="fd-button" data-variant="secondary" part="button" type="button" @click=${() => p.go(back)}>${t.back}</button>` : nothing}
    ${next
      ? html`<button
          class="fd-button"
          part="button"
          type="button"
          ?disabled=${disabled}
          aria-disabled=${p.busy ? 'true' : 'false'}
          @click=${() => {
            // While busy the button stays focusable (aria-disabled, not disabled), so focus
            // is not dropped to the page when a write fails.
            if (!p.busy) next();
          }}
        >
          ${label}
        </button>`
      : nothing}
  </div>`;

/** "Held for you: 9:30 AM, 4:59 left" while a time is held. */
export function holdLine(p: AppointmentPicker, c: ViewContext): unknown {
  if (!p.hold || !p.chosen) return nothing;
  const time = formatTime(p.chosen.start, c.locale, locationOf(c, p.chosen.locationId)?.timeZone ?? p.zone());
  return html`<p class="hold" part="hold" role="timer" aria-live="off">${c.t.heldFor(time, clock(p.timer.remainingMs))}</p>`;
}

/** Checking before booking (or before moving the appointment, when rescheduling); `nav` under it. */
export function reviewStep(p: AppointmentPicker, c: ViewContext, nav: TemplateResult): TemplateResult {
  const { t } = c;
  return html`${holdLine(p, c)}
    <p class="step-heading" role="heading" aria-level=${c.level} tabindex="-1" data-step-focus>${t.reviewHeading}</p>
    ${p.chosen ? summary(c, p.chosen) : nothing}
    ${p.mode === 'manage'
      ? html`${clinicMoves(p, c)}<p>${t.oldTimeKept}</p>${nav}`
      : html`<dl class="summary"><dt>${t.patient}</dt><dd>${p.draft.givenName} ${p.draft.familyName}</dd></dl>${nav}`}`;
}

/** Rescheduling to another clinic: said before the patient confirms. */
function clinicMoves(p: AppointmentPicker, c: ViewContext): unknown {
  const from = p.previous && locationOf(c, p.previous.locationId);
  const to = p.chosen && locationOf(c, p.chosen.locationId);
  return from && to && from !== to ? html`<p class="moves">${c.t.clinicMoves(from.name, to.name)}</p>` : nothing;
}

/** Booked or moved: the code, the appointment, how to prepare, and what to do next. */
export function doneStep(p: AppointmentPicker, c: ViewContext): TemplateResult {
  const { t } = c;
  const a = p.appointment!;
  const prep = visitTypeOf(c, a.visitTypeId)?.preparation;
  return html`<p class="step-heading" role="heading" aria-level=${c.level} tabindex="-1" data-step-focus>${p.previous ? t.rescheduledHeading : t.confirmedHeading}</p>
    <p>${t.confirmationCode}: <strong class="code" part="confirmation-code">${a.confirmationCode}</strong></p>
    <p class="muted">${t.keepCode}</p>
    ${summary(c, a)}
    ${a.telehealth ? html`<p>${t.videoLink}</p>` : nothing}
    ${prep ? html`<p class="step-heading" role="heading" aria-level=${c.level + 1}>${t.prepare}</p><p>${prep}</p>` : nothing}
    <div class="nav">
      <button class="fd-button" part="button" type="button" @click=${async () => (await import('./ics.js')).downloadIcs(a, c, p.now())}>${t.addToCalendar}</button>
      <button class="fd-button" data-variant="secondary" part="button" type="button" @click=${() => manageFromDone(p)}>${t.changeOrCancel}</button>
    </div>
    ${placeLinks(c, a.locationId)}`;
}

/** "Change or cancel": the booked appointment in manage mode. */
function manageFromDone(p: AppointmentPicker): void {
  p.previous = undefined;
  p.mode = 'manage';
  void p.updateComplete.then(() => p.go('manage'));
}
