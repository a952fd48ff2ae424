import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDate, formatRelative, formatTime, timeZoneName, differsFromBrowserZone } from '../../core/format.js';
import type { Catalog, Locale } from '../../core/localize.js';
import type { Location } from '../../core/schemas/location.js';
import type { WaitTime } from '../../core/schemas/wait-times.js';
import type { WaitMessages } from './messages.js';
import { SKEW_MS, type WaitLevel, type WaitView } from './wait-view.js';

export interface RowContext {
  location: Location;
  wait: WaitTime | undefined;
  view: WaitView | undefined;
  t: Catalog<WaitMessages>;
  locale: Locale;
  now: number;
  /** While updates are paused the age is shown as a time of day, not as a ticking "ago". */
  paused: boolean;
}

// Level shown by shape as well as colour and text: circle, triangle, square.
const levelIcon: Record<WaitLevel, TemplateResult> = {
  low: svg`<circle cx="8" cy="8" r="6" />`,
  moderate: svg`<path d="M8 1.5 15 14.5H1z" />`,
  high: svg`<rect x="2" y="2" width="12" height="12" />`,
};

/** `tel:` link for a printed phone number, digits only. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

function renderFigure({ view, t, location }: RowContext): TemplateResult {
  if (!view) return html`<span part="status">…</span>`;
  switch (view.kind) {
    case 'open': {
      const figure =
        view.low !== undefined && view.high !== undefined && view.low !== view.high
          ? t.range(String(view.low), t.minutes(view.high))
          : t.about(t.minutes(view.minutes));
      return html`<span class="figure" part="wait" data-fd-figure>${figure}</span>
        <span class="level" part="level" data-level=${view.level}>
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${levelIcon[view.level]}</svg>
          ${t[`level.${view.level}`]}
        </span>
        ${view.people !== undefined ? html`<span class="people" part="people">${t.people(view.people)}</span>` : nothing}`;
    }
    case 'paused':
      return html`<span class="status" part="status" data-status="paused">${t.paused}</span>`;
    case 'closed':
      return html`<span class="status" part="status" data-status="closed">${t.closed}</span>`;
    case 'unavailable':
      return html`<span class="status" part="status" data-status="unavailable"
        >${t.unavailable} — <a part="link" href=${telHref(location.phone)}>${t.callPhone(location.phone)}</a></span
      >`;
  }
}

function renderOpening({ view, t, locale, location, now }: RowContext): unknown {
  if (view?.kind !== 'closed' || !view.opens) return nothing;
  const time = formatTime(view.opens.at, locale, location.timeZone);
  const text =
    view.opens.day === 'today'
      ? t.opensToday(time)
      : view.opens.day === 'tomorrow'
        ? t.opensTomorrow(time)
        : t.opensOn(formatDate(view.opens.at, locale, location.timeZone, 'weekday'), time);
  // No separator in the text: the stacked banner wraps it onto a line of its own (a stray "·"); the inline variant draws one.
  return html`<span class="opens" part="opens">${text}${zoneNote(location.timeZone, locale, view.opens.at, now)}</span>`;
}

/** " (MST)" after a clinic's local time when the patient's clock is in another zone, else nothing. */
function zoneNote(timeZone: string, locale: RowContext['locale'], at: string | number, now: number): string {
  return differsFromBrowserZone(timeZone, now) ? ` (${timeZoneName(timeZone, locale, at, 'short')})` : '';
}

function renderAge({ wait, t, locale, now, paused, location }: RowContext): unknown {
  // No age for a figure dated in the future beyond clock skew ("Updated now" would be untrue).
  if (!wait || Date.parse(wait.updatedAt) > now + SKEW_MS) return nothing;
  const text = paused
    ? `${t.updatedAt(formatTime(wait.updatedAt, locale, location.timeZone))}${zoneNote(location.timeZone, locale, wait.updatedAt, now)}`
    : t.updated(formatRelative(Math.min(Date.parse(wait.updatedAt), now), now, locale));
  return html`<span class="updated" part="updated">${text}</span>`;
}

/** One location: its name, the figure (or why there is none), the age, and any note. */
export function renderWaitRow(context: RowContext): TemplateResult {
  const { location, wait, view, t } = context;
  return html`<li class="row" part="location" data-kind=${view?.kind ?? 'loading'}>
    <span class="name" part="location-name">${location.name}</span>
    <span class="detail">${renderFigure(context)}${renderOpening(context)}</span>
    ${renderAge(context)}
    ${view?.kind === 'paused' ? html`<span class="note" part="note">${t.pausedDetail}</span>` : nothing}
    ${wait?.message && view?.kind !== 'unavailable' ? html`<span class="note" part="note">${wait.message}</span>` : nothing}
  </li>`;
}
