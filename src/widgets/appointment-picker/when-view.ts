import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatTime } from '../../core/format.js';
import type { AppointmentPicker } from './appointment-picker.js';
import { holdChosen } from './booking.js';
import { addDays } from './calendar.js';
import type { DateGrid } from './date-grid.js';
import { need } from './parts.js';
import { HORIZON_DAYS, nextAvailableDate } from './slots.js';
import { timesList } from './times-view.js';
import { gridStrings, locationOf, type ViewContext } from './views.js';

/*
 * The day-and-time step, loaded with the calendar when the flow leaves its first step (so
 * the first chunk stays small): calendar, the day's times by clinic, and — when
 * rescheduling — which clinic the times are at and the way to another.
 */

/** "Tuesday, March 10" for a date key (the date itself, in no zone). */
export const dayLabel = (date: string, c: ViewContext): string => formatDate(`${date}T12:00:00Z`, c.locale, 'UTC', 'weekday');

/** The calendar and the chosen day's times by clinic (`nav` under them). */
export function whenStep(p: AppointmentPicker, c: ViewContext, nav: TemplateResult): TemplateResult {
  const { t } = c;
  const byDate = p.byDate();
  const today = p.today();
  const first = byDate.keys().next().value;
  const date = p.date && byDate.has(p.date) ? p.date : undefined;
  const month = p.month ?? (date ?? first ?? today).slice(0, 7);
  const next = nextAvailableDate(byDate, date ?? addDays(today, -1));
  // Rescheduling: the appointment's clinic, while the times are only its own.
  const kept = p.previous && p.locationId === p.previous.locationId ? locationOf(c, p.locationId) : undefined;
  return html`${kept
      ? html`<p class="kept">${t.keptClinic(kept.name)}
          <button class="fd-button" data-variant="secondary" part="button" type="button" @click=${() => otherClinics(p)}>${t.otherClinics}</button></p>`
      : nothing}
    <div class="when">
      <fd-date-grid
        exportparts="heading: calendar-heading, nav-button: calendar-nav-button, grid: calendar-grid, day: calendar-day, day-available: calendar-day-available, day-disabled: calendar-day-disabled, day-selected: calendar-day-selected, day-today: calendar-day-today"
        month=${month}
        .selected=${date}
        .available=${new Set(byDate.keys())}
        min=${today}
        max=${addDays(today, HORIZON_DAYS)}
        today=${today}
        locale=${c.locale}
        heading-level=${c.level + 1}
        .strings=${gridStrings(t)}
        @fd-date-grid-select=${(e: HTMLElementEventMap['fd-date-grid-select']) => selectDate(p, c, e.detail.date)}
        @fd-date-grid-month=${(e: HTMLElementEventMap['fd-date-grid-month']) => (p.month = e.detail.month)}
      ></fd-date-grid>
      <div class="day">
        ${next
          ? html`<button class="fd-button" data-variant="secondary" part="button" type="button" @click=${() => jump(p, c, next)}>
              ${date ? t.nextAvailable : t.firstAvailable}
            </button>`
          : nothing}
        ${date
          ? html`<p id="times-heading" class="times-heading">${t.timesFor(dayLabel(date, c))}</p>
              ${timesList(c, byDate.get(date) ?? [], {
                selected: p.chosen?.id,
                choose: (slot) => (p.chosen = slot),
                expanded: p.expanded,
                expand: (id) => showAll(p, id),
                oneClinic: p.locationId !== 'any',
                oneClinician: p.providerId !== 'any',
              })}`
          : html`<p>${t.pickDay}</p>`}
      </div>
    </div>
    ${nav}`;
}

/** A day was chosen: its times replace the last day's, and a screen reader hears how many. */
function selectDate(p: AppointmentPicker, c: ViewContext, date: string): void {
  p.date = date;
  p.chosen = undefined;
  p.expanded = new Set();
  p.announcement = c.t.dayTimes(dayLabel(date, c), p.byDate().get(date)?.length ?? 0);
}

/** "Show N more": every time at that clinic, focus on the first one that was hidden. */
function showAll(p: AppointmentPicker, locationId: string): void {
  const before = new Set([...p.renderRoot.querySelectorAll<HTMLInputElement>('[part~=time] input')].map((i) => i.dataset['slot']));
  p.expanded = new Set([...p.expanded, locationId]);
  void p.updateComplete.then(() => {
    const inputs = [...p.renderRoot.querySelectorAll<HTMLInputElement>(`[data-location="${locationId}"] [part~=time] input`)];
    inputs.find((i) => !before.has(i.dataset['slot']))?.focus();
  });
}

/** Rescheduling: the patient asks for times at the other clinics too. */
function otherClinics(p: AppointmentPicker): void {
  p.locationId = 'any';
  p.chosen = undefined;
  void p.updateComplete.then(() => p.renderRoot.querySelector<HTMLElement>('[data-step-focus]')?.focus());
}

function jump(p: AppointmentPicker, c: ViewContext, date: string): void {
  selectDate(p, c, date);
  p.month = date.slice(0, 7);
  void p.updateComplete
    .then(() => need('fd-date-grid'))
    .then(() => p.renderRoot.querySelector<DateGrid>('fd-date-grid')?.focusDay(date));
}

/** A time taken by someone else (with the nearest still free), or a hold that ran out. */
export function noticeView(p: AppointmentPicker, c: ViewContext): unknown {
  const { t } = c;
  if (p.notice !== 'conflict' && p.notice !== 'expired') return nothing;
  return html`<div class="notice" part="notice" role="alert" tabindex="-1">
    ${p.notice === 'expired' ? html`<p>${t.holdExpired}</p>` : html`<p>${p.alternatives.length ? t.conflict : t.conflictNone}</p>`}
    ${p.notice === 'conflict' && p.alternatives.length
      ? html`<ul class="alternatives">
          ${p.alternatives.map((s) => {
            const zone = locationOf(c, s.locationId)?.timeZone ?? p.zone();
            return html`<li><button class="fd-button" data-variant="secondary" part="button" type="button" @click=${() => void holdChosen(p, s)}>
              ${formatTime(s.start, c.locale, zone)} · ${new Intl.DateTimeFormat(c.locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: zone }).format(new Date(s.start))}
            </button></li>`;
          })}
        </ul>`
      : nothing}
  </div>`;
}
