import { isSafeUrl } from '../../core/links.js';
import type { Appointment } from '../../core/schemas/scheduling.js';
import type { ViewContext } from './views.js';

/*
 * "Add to calendar": an RFC 5545 iCalendar file for a booked appointment. Times are
 * written in UTC, so every calendar app shows the right instant in its own zone without
 * needing a VTIMEZONE. What goes in is the caller's choice; it must never include the
 * patient's name, birth date or contact details — the file is saved to shared devices and
 * synced to third-party calendars.
 */

type When = Date | number | string;

/** The event to export. `summary` e.g. "Visit at Desert Sage – Phoenix". */
export interface IcsEvent {
  /** Globally unique and stable, so re-importing updates the event instead of duplicating it. */
  uid: string;
  start: When;
  end: When;
  summary: string;
  /** Where: the location's name and street address. */
  location?: string;
  description?: string;
  /** A page to manage the booking; only `https:` (and tel:/mailto:) links are written. */
  url?: string;
  /** When the file is made (DTSTAMP). */
  now: When;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

function instant(value: When, name: string): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError(`ics: ${name} is not a valid instant`);
  return ms;
}

/** `YYYYMMDDTHHMMSSZ`; iCalendar has no fractions of a second, so they are dropped. */
const utcStamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');

/**
 * A TEXT value escaped per RFC 5545 §3.3.11: backslash, semicolon, comma, and any line
 * break as `\n`. Other control characters may not appear in a value and are dropped.
 */
export const escapeText = (value: string): string =>
  value
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');

/**
 * A content line folded per RFC 5545 §3.1: at most 75 octets of UTF-8 per line, continued
 * with CRLF and one space, never inside a character (a surrogate pair is one character).
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** An iCalendar (VCALENDAR with one VEVENT and a reminder an hour before) for the appointment. */
export function buildIcs(event: IcsEvent): string {
  const start = instant(event.start, 'start');
  const end = instant(event.end, 'end');
  if (end <= start) throw new RangeError('ics: end must be after start');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Frontdesk//Appointment//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(instant(event.now, 'now'))}`,
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // A URI value is not escaped: the parsed href is written, which has no spaces or line breaks.
  if (event.url && isSafeUrl(event.url)) lines.push(`URL:${new URL(event.url).href}`);
  lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.summary)}`, 'TRIGGER:-PT1H', 'END:VALARM');
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * "Add to calendar": saves the appointment as `appointment.ics` (what, where, when; never
 * the patient's details). Loaded when the patient asks for it.
 */
export function downloadIcs(a: Appointment, c: ViewContext | undefined, now: number): void {
  const location = c?.locations.find((l) => l.id === a.locationId);
  const clinician = c?.providers.find((p) => p.id === a.providerId)?.displayName;
  const text = buildIcs({
    uid: `${a.id}@frontdesk`,
    start: a.start,
    end: a.end,
    summary: `${c?.visitTypes.find((v) => v.id === a.visitTypeId)?.name ?? ''} · ${location?.name ?? ''}`,
    ...(location ? { location: `${location.name}, ${location.address.lines.join(', ')}, ${location.address.city}, ${location.address.state}` } : {}),
    ...(location?.directionsUrl ? { url: location.directionsUrl } : {}),
    // Who, and the code that (with the date of birth) finds the booking again; never the patient's details.
    description: [clinician ? c?.t.icsWith(clinician) : '', `${c?.t.confirmationCode ?? 'Confirmation code'}: ${a.confirmationCode}`].filter(Boolean).join('\n'),
    now,
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
  link.download = 'appointment.ics';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
