import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../core/format.js';
import type { Slot } from '../../core/schemas/scheduling.js';
import { addDays } from './calendar.js';
import { nextAvailableDate } from './slots.js';
import { timesList, type TimesOptions } from './times-view.js';
import { gridStrings, locationOf, type ViewContext } from './views.js';

/*
 * The day-and-time step, loaded with the calendar when the flow leaves its first step (so
 * the first chunk stays small): calendar, the day's times by clinic, and — when
 * rescheduling — which clinic the times are at and the way to another.
 */

export interface WhenState extends Omit<TimesOptions, 'choose'> {
  byDate: ReadonlyMap<string, readonly Slot[]>;
  today: string;
  date: string | undefined;
  month: string | undefined;
  horizonDays: number;
  /** Rescheduling: the appointment's clinic, while the times are only its own. */
  keptClinic: string | undefined;
}

export interface WhenActions {
  choose: (slot: Slot) => void;
  selectDate: (date: string) => void;
  month: (month: string) => void;
  jump: (date: string) => void;
  /** Rescheduling: show the times at every clinic. */
  otherClinics: () => void;
}

/** "Tuesday, March 10" for a date key (the date itself, in no zone). */
export const dayLabel = (date: string, c: ViewContext): string => formatDate(`${date}T12:00:00Z`, c.locale, 'UTC', 'weekday');

export function whenStep(c: ViewContext, s: WhenState, on: WhenActions, nav: TemplateResult): TemplateResult {
  const { t } = c;
  const first = s.byDate.keys().next().value;
  const date = s.date && s.byDate.has(s.date) ? s.date : undefined;
  const month = s.month ?? (date ?? first ?? s.today).slice(0, 7);
  const next = nextAvailableDate(s.byDate, date ?? addDays(s.today, -1));
  const kept = s.keptClinic ? locationOf(c, s.keptClinic) : undefined;
  return html`${kept
      ? html`<p class="kept">${t.keptClinic(kept.name)}
          <button class="fd-button" data-variant="secondary" part="button" type="button" @click=${on.otherClinics}>${t.otherClinics}</button></p>`
      : nothing}
    <div class="when">
      <fd-date-grid
        exportparts="heading: calendar-heading, nav-button: calendar-nav-button, grid: calendar-grid, day: calendar-day, day-available: calendar-day-available, day-disabled: calendar-day-disabled, day-selected: calendar-day-selected, day-today: calendar-day-today"
        month=${month}
        .selected=${date}
        .available=${new Set(s.byDate.keys())}
        min=${s.today}
        max=${addDays(s.today, s.horizonDays)}
        today=${s.today}
        locale=${c.locale}
        heading-level=${c.level + 1}
        .strings=${gridStrings(t)}
        @fd-date-grid-select=${(e: HTMLElementEventMap['fd-date-grid-select']) => on.selectDate(e.detail.date)}
        @fd-date-grid-month=${(e: HTMLElementEventMap['fd-date-grid-month']) => on.month(e.detail.month)}
      ></fd-date-grid>
      <div class="day">
        ${next
          ? html`<button class="fd-button" data-variant="secondary" part="button" type="button" @click=${() => on.jump(next)}>
              ${date ? t.nextAvailable : t.firstAvailable}
            </button>`
          : nothing}
        ${date
          ? html`<p id="times-heading" class="times-heading">${t.timesFor(dayLabel(date, c))}</p>
              ${timesList(c, s.byDate.get(date) ?? [], { ...s, choose: on.choose })}`
          : html`<p>${t.pickDay}</p>`}
      </div>
    </div>
    ${nav}`;
}
