import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles, tokens } from '../../core/tokens.css.js';
import { addDays, compareKeys, firstDayOfWeekFor, monthGrid, moveFocus, type DayCell, type FocusAction } from './calendar.js';
import { styles } from './date-grid.styles.js';

/** Localized labels the picker passes to its date grid. */
export interface DateGridStrings {
  /** "Previous month" (the previous-month button's name). */
  previousMonth: string;
  /** "Next month". */
  nextMonth: string;
  /** "times available", appended to the name of a day with free times. */
  available: string;
  /** "no times", appended to the name of any other day. */
  unavailable: string;
  /** "today", added to the name of today's date. */
  today: string;
}

/** Detail of `fd-date-grid-select`: a day with free times was chosen. */
export interface DateGridSelectDetail {
  date: string;
}

/** Detail of `fd-date-grid-month`: the patient moved the grid to another month (`YYYY-MM`). */
export interface DateGridMonthDetail {
  month: string;
}

declare global {
  interface HTMLElementEventMap {
    'fd-date-grid-select': CustomEvent<DateGridSelectDetail>;
    'fd-date-grid-month': CustomEvent<DateGridMonthDetail>;
  }
}

const englishStrings: DateGridStrings = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  available: 'times available',
  unavailable: 'no times',
  today: 'today',
};

const KEY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A real calendar date key (2026-02-30 is not). */
const isKey = (key: string | null | undefined): key is string => typeof key === 'string' && KEY.test(key) && addDays(key, 0) === key;
/** `YYYY-MM` `n` months after `month`. */
const shiftMonth = (month: string, n: -1 | 1): string => moveFocus(`${month}-01`, n < 0 ? 'pageUp' : 'pageDown', 0).slice(0, 7);

const actions: Readonly<Record<string, FocusAction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'home',
  End: 'end',
  PageUp: 'pageUp',
  PageDown: 'pageDown',
};

// Each (locale, options) formatter is built once; an unknown locale falls back to English.
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Formats the calendar date `key` (a UTC noon, in UTC: the location's date, never the browser's). */
function formatKey(locale: string, options: Intl.DateTimeFormatOptions, key: string): string {
  const id = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(id);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    formatters.set(id, format);
  }
  return format.format(Date.parse(`${key}T12:00:00Z`));
}

const chevron = (d: string): TemplateResult =>
  html`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">${svg`<path d=${d} />`}</svg>`;

/**
 * The month grid of the appointment picker, after the WAI-ARIA APG date picker dialog: a
 * `grid` table with one focusable cell per day and a roving tabindex. Arrow keys move a day
 * or a week, Home/End to the start/end of the week, Page Up/Down a month and Shift+Page
 * Up/Down a year (moving into another month shows it); Enter or Space chooses a day that
 * has free times. Days outside `min`–`max` or without times are `aria-disabled`: they can
 * be focused, never chosen. Dates are `YYYY-MM-DD` keys in the location's calendar.
 * An internal part of `fd-appointment-picker`: it has no adapter of its own.
 *
 * @tagname fd-date-grid
 * @summary Calendar month grid with keyboard navigation and days marked by availability.
 *
 * @fires fd-date-grid-select - A day with free times was chosen (Enter, Space or a click). Detail: `{ date }`.
 * @fires fd-date-grid-month - The patient moved to another month (buttons or keys). Detail: `{ month }`.
 *
 * @csspart heading - The month and year above the grid (announced politely when it changes).
 * @csspart nav-button - The previous- and next-month buttons.
 * @csspart grid - The table of days.
 * @csspart day - Each day of the shown month (the focusable cell).
 * @csspart day-available - A day with free times, in range.
 * @csspart day-disabled - A day that cannot be chosen (no times, or outside min–max).
 * @csspart day-selected - The chosen day.
 * @csspart day-today - Today, in the location's calendar.
 */
export class DateGrid extends LitElement {
  static override styles = [tokens, baseStyles, styles];

  /** The month shown, `YYYY-MM`. Without a valid one: the month of `selected`, else `today`, else `min`. */
  @property() month = '';

  /** The chosen day, `YYYY-MM-DD`. */
  @property() selected?: string;

  /** Days (`YYYY-MM-DD`) that have free times. */
  @property({ attribute: false }) available: ReadonlySet<string> = new Set<string>();

  /** First day that can be chosen, `YYYY-MM-DD` (usually today). */
  @property() min?: string;

  /** Last day that can be chosen, `YYYY-MM-DD` (the booking horizon). */
  @property() max?: string;

  /** Today in the location's time zone, `YYYY-MM-DD`; marked `aria-current="date"`. */
  @property() today?: string;

  /** BCP 47 language tag for month and weekday names and the first day of the week. */
  @property() locale = 'en';

  /** Localized labels (English by default). */
  @property({ attribute: false }) strings: DateGridStrings = englishStrings;

  /** Level of the month heading (2–6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** The day keyboard focus is on (or was last on) in the grid. */
  @state() private focused: string | undefined;

  private focusWithin = false;
  private pendingFocus = false;

  /** Moves DOM focus to `key` (showing its month, clamped to min–max), or to the grid's tab stop. */
  focusDay(key?: string): void {
    const target = isKey(key) ? this.clamp(key) : this.tabStop(this.shownMonth);
    this.focused = target;
    this.month = target.slice(0, 7);
    this.pendingFocus = true;
    this.requestUpdate();
    if (this.hasUpdated && this.isConnected) this.performUpdate();
  }

  private get shownMonth(): string {
    if (MONTH.test(this.month)) return this.month;
    const fallback = [this.selected, this.today, this.min].find(isKey) ?? new Date().toISOString().slice(0, 10);
    return fallback.slice(0, 7);
  }

  private inRange(key: string): boolean {
    return !(isKey(this.min) && compareKeys(key, this.min) < 0) && !(isKey(this.max) && compareKeys(key, this.max) > 0);
  }

  private selectable(key: string): boolean {
    return this.inRange(key) && this.available.has(key);
  }

  /** Whether `month` holds any day in min–max. */
  private canShow(month: string): boolean {
    return !(isKey(this.min) && month < this.min.slice(0, 7)) && !(isKey(this.max) && month > this.max.slice(0, 7));
  }

  /** Keeps focus within the months that hold bookable days. */
  private clamp(key: string): string {
    if (isKey(this.min) && key.slice(0, 7) < this.min.slice(0, 7)) return this.min;
    if (isKey(this.max) && key.slice(0, 7) > this.max.slice(0, 7)) return this.max;
    return key;
  }

  /** The one day with tabindex 0: the focused day while focus is in the grid, else selected, focused, first available. */
  private tabStop(month: string): string {
    const days = this.daysOf(month).flat().filter((c) => c.inMonth).map((c) => c.key);
    const inMonth = (key: string | undefined): key is string => isKey(key) && key.startsWith(`${month}-`);
    if ((this.focusWithin || this.pendingFocus) && inMonth(this.focused)) return this.focused;
    if (inMonth(this.selected)) return this.selected;
    if (inMonth(this.focused)) return this.focused;
    return days.find((d) => this.selectable(d)) ?? days.find((d) => this.inRange(d)) ?? days[0];
  }

  private daysOf(month: string): DayCell[][] {
    return monthGrid(Number(month.slice(0, 4)), Number(month.slice(5, 7)), firstDayOfWeekFor(this.locale));
  }

  private emitMonth(month: string): void {
    this.dispatchEvent(new CustomEvent('fd-date-grid-month', { detail: { month }, bubbles: true, composed: true }));
  }

  private go(step: -1 | 1): void {
    const month = shiftMonth(this.shownMonth, step);
    if (!this.canShow(month)) return;
    this.month = month;
    this.focused = undefined;
    this.emitMonth(month);
  }

  private moveTo(key: string): void {
    const target = this.clamp(key);
    const month = target.slice(0, 7);
    this.focused = target;
    this.pendingFocus = true;
    this.requestUpdate();
    if (month !== this.shownMonth) {
      this.month = month;
      this.emitMonth(month);
    }
  }

  private choose(key: string): void {
    this.focused = key;
    if (!this.selectable(key)) return;
    this.selected = key;
    this.dispatchEvent(new CustomEvent('fd-date-grid-select', { detail: { date: key }, bubbles: true, composed: true }));
  }

  private dayOf(event: Event): string | undefined {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-date]');
    return cell?.dataset.date;
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const key = this.dayOf(event);
    if (!key || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault();
      this.choose(key);
      return;
    }
    let action = actions[event.key];
    if (!action) return;
    if (getComputedStyle(this).direction === 'rtl') action = action === 'left' ? 'right' : action === 'right' ? 'left' : action;
    if (event.shiftKey) {
      if (action === 'pageUp') action = 'shiftPageUp';
      else if (action === 'pageDown') action = 'shiftPageDown';
      else return;
    }
    event.preventDefault();
    this.moveTo(moveFocus(key, action, firstDayOfWeekFor(this.locale)));
  };

  private readonly onClick = (event: MouseEvent): void => {
    const key = this.dayOf(event);
    if (key) this.choose(key);
  };

  private readonly onFocusin = (event: FocusEvent): void => {
    this.focusWithin = true;
    const key = this.dayOf(event);
    if (key) this.focused = key;
  };

  private readonly onFocusout = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    // Focus moving between days, or a focused day removed while the grid renders the day that takes focus next.
    if (this.pendingFocus || (next && (event.currentTarget as Node).contains(next))) return;
    this.focusWithin = false;
    this.requestUpdate();
  };

  protected override updated(): void {
    if (!this.pendingFocus) return;
    this.pendingFocus = false;
    this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
  }

  protected override render(): TemplateResult {
    const month = this.shownMonth;
    const weeks = this.daysOf(month);
    const stop = this.tabStop(month);
    const title = formatKey(this.locale, { month: 'long', year: 'numeric' }, `${month}-01`);
    const previous = this.canShow(shiftMonth(month, -1));
    const next = this.canShow(shiftMonth(month, 1));
    return html`<div class="header">
        <button class="nav" part="nav-button" type="button" aria-label=${this.strings.previousMonth} aria-disabled=${previous ? nothing : 'true'} @click=${() => this.go(-1)}>
          ${chevron('M12.5 4 6.5 10l6 6')}
        </button>
        <p id="heading" class="heading" part="heading" role="heading" aria-level=${Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3))} aria-live="polite">
          ${title.charAt(0).toLocaleUpperCase(this.locale) + title.slice(1)}
        </p>
        <button class="nav" part="nav-button" type="button" aria-label=${this.strings.nextMonth} aria-disabled=${next ? nothing : 'true'} @click=${() => this.go(1)}>
          ${chevron('M7.5 4l6 6-6 6')}
        </button>
      </div>
      <table role="grid" part="grid" aria-labelledby="heading" @keydown=${this.onKeydown} @click=${this.onClick} @focusin=${this.onFocusin} @focusout=${this.onFocusout}>
        <thead>
          <tr>
            ${weeks[0].map((cell) => {
              const full = formatKey(this.locale, { weekday: 'long' }, cell.key);
              return html`<th scope="col" abbr=${full} aria-label=${full}>${formatKey(this.locale, { weekday: 'short' }, cell.key)}</th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${weeks.map((week) => html`<tr>${week.map((cell) => this.renderDay(cell, stop))}</tr>`)}
        </tbody>
      </table>`;
  }

  private renderDay(cell: DayCell, stop: string): TemplateResult {
    if (!cell.inMonth) return html`<td class="outside"></td>`;
    const key = cell.key;
    const inRange = this.inRange(key);
    const open = inRange && this.available.has(key);
    const isToday = key === this.today;
    const isSelected = key === this.selected;
    const state = open ? 'available' : inRange ? 'unavailable' : 'out-of-range';
    const parts = ['day', open ? 'day-available' : 'day-disabled', isSelected ? 'day-selected' : '', isToday ? 'day-today' : ''];
    const name = [formatKey(this.locale, { weekday: 'long', month: 'long', day: 'numeric' }, key), isToday ? this.strings.today : '', open ? this.strings.available : this.strings.unavailable];
    return html`<td
      class="day ${state}${isSelected ? ' selected' : ''}${isToday ? ' today' : ''}"
      part=${parts.filter(Boolean).join(' ')}
      data-date=${key}
      tabindex=${key === stop ? 0 : -1}
      aria-selected=${isSelected ? 'true' : nothing}
      aria-disabled=${open ? nothing : 'true'}
      aria-current=${isToday ? 'date' : nothing}
    >
      <span class="fd-visually-hidden">${name.filter(Boolean).join(', ')}</span>
      <span class="number" aria-hidden="true">${formatKey(this.locale, { day: 'numeric' }, key)}</span>
    </td>`;
  }
}
