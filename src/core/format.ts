import type { Locale } from './localize.js';

// Intl constructors are slow; each distinct (locale, options) pair is built once.
const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const dateTime = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  cached(`dt|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

type When = Date | number | string;
const toDate = (value: When): Date => (value instanceof Date ? value : new Date(value));

/** "Monday, March 9" (or with the year, for `style: 'full'`) in `timeZone`. */
export function formatDate(value: When, locale: Locale, timeZone: string, style: 'full' | 'long' | 'medium' | 'weekday' = 'weekday'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'weekday' ? { weekday: 'long', month: 'long', day: 'numeric', timeZone } : { dateStyle: style, timeZone };
  return dateTime(locale, options).format(toDate(value));
}

/** "9:30 AM" / "9:30" in `timeZone`. */
export const formatTime = (value: When, locale: Locale, timeZone: string): string =>
  dateTime(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(toDate(value));

/** The zone's name at that instant: "Mountain Standard Time", or `short` "MST". */
export function timeZoneName(timeZone: string, locale: Locale, at: When = Date.now(), style: 'long' | 'short' = 'long'): string {
  const parts = dateTime(locale, { timeZone, timeZoneName: style }).formatToParts(toDate(at));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** Whether `timeZone` shows a different wall clock from the browser's at that instant. */
export function differsFromBrowserZone(timeZone: string, at: When = Date.now()): boolean {
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (browser === timeZone) return false;
  const opts = { hour: 'numeric', minute: 'numeric', day: 'numeric' } as const;
  const d = toDate(at);
  return dateTime('en', { ...opts, timeZone }).format(d) !== dateTime('en', { ...opts, timeZone: browser }).format(d);
}

/** Money from integer cents: "$1,250.00", or `whole` "$1,250" where cents would be false precision. */
export function formatMoney(cents: number, locale: Locale, currency = 'USD', whole = false): string {
  const options: Intl.NumberFormatOptions = whole
    ? { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }
    : { style: 'currency', currency };
  const format = cached(`money|${locale}|${currency}|${whole}`, () => new Intl.NumberFormat(locale, options));
  return format.format((whole ? Math.round(cents / 100) * 100 : cents) / 100);
}

const relativeSteps: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Infinity],
];

/** "2 minutes ago", "in 3 hours", "now", in the locale. */
export function formatRelative(then: When, now: When, locale: Locale): string {
  let amount = (toDate(then).getTime() - toDate(now).getTime()) / 1000;
  const format = cached(`rel|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  for (const [unit, size] of relativeSteps) {
    if (Math.abs(amount) < size) return format.format(Math.trunc(amount), unit);
    amount /= size;
  }
  return format.format(Math.trunc(amount), 'year');
}

/** The short name of a weekday, `0` = Monday: "Mon" / "lun". */
export const formatWeekday = (mondayBased: number, locale: Locale): string =>
  dateTime(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + mondayBased));

/** "A, B and C" / "A, B y C". */
export const formatList = (items: readonly string[], locale: Locale): string =>
  cached(`list|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
