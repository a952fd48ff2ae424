/*
 * The month grid behind the picker's date grid (the WAI-ARIA APG date picker dialog
 * pattern). Dates are calendar dates, `YYYY-MM-DD` keys — the same keys slots are grouped
 * by — with arithmetic on UTC midnights, so neither the browser's zone nor its DST
 * changes can shift a day.
 */

/** 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** One cell of the grid; `inMonth` is false for the days of the previous and next months that fill the first and last weeks. */
export interface DayCell {
  key: string;
  day: number;
  inMonth: boolean;
}

/** A key a date grid responds to, per the APG date picker dialog. */
export type FocusAction = 'left' | 'right' | 'up' | 'down' | 'home' | 'end' | 'pageUp' | 'pageDown' | 'shiftPageUp' | 'shiftPageDown';

const DAY = 86_400_000;
const keyPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

// Date.UTC maps years 0–99 to the 1900s; setUTCFullYear does not.
const utc = (year: number, month: number, day: number): number => new Date(0).setUTCFullYear(year, month - 1, day);
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function parts(key: string): { year: number; month: number; day: number } {
  const m = keyPattern.exec(key);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date key: ${key}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function keyOf(time: number): string {
  const d = new Date(time);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const daysInMonth = (year: number, month: number): number => new Date(utc(year, month + 1, 0)).getUTCDate();
const weekdayOf = (key: string): number => {
  const { year, month, day } = parts(key);
  return new Date(utc(year, month, day)).getUTCDay();
};

/** The key `n` calendar days after (or, negative, before) `key`. */
export function addDays(key: string, n: number): string {
  const { year, month, day } = parts(key);
  return keyOf(utc(year, month, day) + n * DAY);
}

/** Negative, zero or positive as `a` is before, the same as, or after `b`; for `sort`. */
export const compareKeys = (a: string, b: string): number => {
  const x = parts(a);
  const y = parts(b);
  return x.year - y.year || x.month - y.month || x.day - y.day;
};

/** The same day number `months` months away, clamped to that month's last day (Jan 31 → Feb 28). */
function addMonths(key: string, months: number): string {
  const { year, month, day } = parts(key);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m)))}`;
}

/**
 * The weeks (4 to 6, each of 7 days) that show `month` (1–12) of `year`, starting on
 * `weekStartsOn`; the first and last weeks are filled with days of the neighbouring months.
 */
export function monthGrid(year: number, month: number, weekStartsOn: Weekday): DayCell[][] {
  const first = `${pad(year, 4)}-${pad(month)}-01`;
  const lead = (weekdayOf(first) - weekStartsOn + 7) % 7;
  const length = daysInMonth(year, month);
  const weeks: DayCell[][] = [];
  for (let i = 0; i < Math.ceil((lead + length) / 7) * 7; i++) {
    const key = addDays(first, i - lead);
    if (i % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1].push({ key, day: parts(key).day, inMonth: i >= lead && i < lead + length });
  }
  return weeks;
}

type WeekInfo = { firstDay: number };
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

// CLDR 48: regions whose week starts on Sunday, on Saturday (and the Maldives on Friday); elsewhere Monday.
const sundayRegions = 'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN IS JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW';
const saturdayRegions = 'AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY';

/**
 * The first day of the week in `locale` (en-US → Sunday, es → Monday): from the browser's
 * `Intl.Locale` week info where it has one, else from the locale's likely region.
 */
export function firstDayOfWeekFor(locale: string): Weekday {
  let loc: LocaleWithWeekInfo;
  try {
    loc = new Intl.Locale(locale);
  } catch {
    return 1;
  }
  const info = typeof loc.getWeekInfo === 'function' ? loc.getWeekInfo() : loc.weekInfo;
  if (info && Number.isInteger(info.firstDay) && info.firstDay >= 1 && info.firstDay <= 7) return (info.firstDay % 7) as Weekday;
  const region = loc.region ?? loc.maximize().region ?? '';
  if (!/^[A-Z]{2}$/.test(region)) return 1;
  return sundayRegions.includes(region) ? 0 : saturdayRegions.includes(region) ? 6 : region === 'MV' ? 5 : 1;
}

/**
 * Where focus goes in the date grid on a key press, per the APG date picker dialog: a day
 * left or right, a week up or down, the first or last day of the week, the same day of the
 * previous or next month (Page Up/Down) or year (Shift+Page Up/Down), clamped to the
 * month's last day.
 */
export function moveFocus(key: string, action: FocusAction, weekStartsOn: Weekday): string {
  switch (action) {
    case 'left':
      return addDays(key, -1);
    case 'right':
      return addDays(key, 1);
    case 'up':
      return addDays(key, -7);
    case 'down':
      return addDays(key, 7);
    case 'home':
      return addDays(key, -((weekdayOf(key) - weekStartsOn + 7) % 7));
    case 'end':
      return addDays(key, 6 - ((weekdayOf(key) - weekStartsOn + 7) % 7));
    case 'pageUp':
      return addMonths(key, -1);
    case 'pageDown':
      return addMonths(key, 1);
    case 'shiftPageUp':
      return addMonths(key, -12);
    case 'shiftPageDown':
      return addMonths(key, 12);
  }
}
