import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatTime, formatWeekday, timeZoneName } from '../../core/format.js';
import type { Catalog, Locale } from '../../core/localize.js';
import type { ChatAvailability } from '../../core/schemas/chat.js';
import { dayCodes } from '../../core/time.js';
import type { PanelMessages } from './panel-messages.js';
import type { LogEntry } from './session.js';

type T = Catalog<PanelMessages>;
export interface ViewContext {
  t: T;
  locale: Locale;
  /** The browser's or configured zone, for message times. */
  timeZone: string;
}

/** "07:30" (a wall-clock time in the practice's zone) → "7:30 AM". */
const wallClock = (hhmm: string, locale: Locale) => formatTime(Date.UTC(2024, 0, 1, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3))), locale, 'UTC');

/** "Mon–Fri" for consecutive days, else "Mon, Wed". */
function dayRange(days: readonly string[], locale: Locale): string {
  const idx = days.map((d) => dayCodes.indexOf(d as (typeof dayCodes)[number])).sort((a, b) => a - b);
  const consecutive = idx.length > 2 && idx.every((d, i) => i === 0 || d === idx[i - 1] + 1);
  return consecutive ? `${formatWeekday(idx[0], locale)}–${formatWeekday(idx.at(-1)!, locale)}` : idx.map((d) => formatWeekday(d, locale)).join(', ');
}

/** Availability, chat hours (in the practice's zone, named), the emergency notice and the reminder. */
export function renderIntro(a: ChatAvailability, c: ViewContext, reminder: string, emergency: string): TemplateResult {
  const { t, locale } = c;
  const zone = timeZoneName(a.timeZone, locale, Date.now(), 'short');
  const status =
    a.status === 'online' ? t.online(a.expectedReplyMinutes ?? 5) : a.status === 'away' ? t.away(a.expectedReplyMinutes ?? 30) : t.offline;
  const opens = a.nextOpening
    ? t.opens(`${formatDate(a.nextOpening, locale, a.timeZone)}, ${formatTime(a.nextOpening, locale, a.timeZone)} (${zone})`)
    : '';
  return html`<div class="intro" part="intro">
    <p class="availability" part="availability"><span class="dot ${a.status}" aria-hidden="true"></span>${status} ${opens}</p>
    ${a.hours?.length
      ? html`<details part="hours"><summary>${t.hours} (${zone})</summary><ul>
          ${a.hours.map((h) => html`<li>${t.timeRange(dayRange(h.daysOfWeek, locale), wallClock(h.opens, locale), wallClock(h.closes, locale))}</li>`)}
        </ul></details>`
      : nothing}
    <p class="emergency" part="emergency" role="note"><strong>${emergency}</strong></p>
    <p class="reminder" part="reminder">${reminder}</p>
  </div>`;
}

/** One line of the log: a message with its author, time and delivery state, or a notice. */
export function renderEntry(e: LogEntry, c: ViewContext, retry: () => void): TemplateResult {
  const { t } = c;
  if (e.kind !== 'message') {
    const text = e.kind === 'joined' ? t.joined(e.authorName ?? '') : e.kind === 'left' ? t.left(e.authorName || t.someone) : t.ended;
    return html`<div class="notice" part="notice">${text}</div>`;
  }
  const mine = e.author === 'patient';
  return html`<div class="msg ${mine ? 'mine' : 'theirs'}" part="message ${mine ? 'message-out' : 'message-in'}">
    <span class="who">${mine ? t.you : (e.authorName ?? t.someone)}</span>
    <span class="text">${e.text}</span>
    <span class="meta">
      ${e.sentAt ? html`<time datetime=${e.sentAt}>${formatTime(e.sentAt, c.locale, c.timeZone)}</time>` : nothing}
      ${mine && e.state ? html`<span class="state ${e.state}" part="delivery">${t[e.state]}</span>` : nothing}
      ${e.state === 'failed' ? html`<button type="button" class="link" part="retry-button" @click=${retry}>${t.retry}</button>` : nothing}
    </span>
  </div>`;
}
