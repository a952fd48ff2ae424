/*
 * The patient's details as typed in the picker's details step, and the pure rules that
 * decide whether they can be booked. Nothing here stores, logs or sends anything: the
 * draft lives in the form and the picker, and only `toPatient` shapes it for the adapter.
 */
import type { PatientDetails, Reminders } from '../../core/schemas/scheduling.js';

/** What the patient has typed, exactly as typed (the form never rewrites a field). */
export interface DetailsDraft {
  givenName: string;
  familyName: string;
  birthMonth: string;
  birthDay: string;
  birthYear: string;
  phone: string;
  email: string;
  reason: string;
  remindBySms: boolean;
  remindByEmail: boolean;
}

/**
 * What a portal may pass as the picker's `prefill`: any of the draft's fields, and the birth
 * date as one ISO date (`1984-03-07`) instead of its three parts. Kept in memory only.
 */
export interface PatientPrefill extends Partial<DetailsDraft> {
  /** `YYYY-MM-DD`; fills the month, day and year inputs (ignored when not of that form). */
  birthDate?: string;
}

/** The draft with a prefill applied: an ISO `birthDate` becomes the three birth-date inputs. */
export function applyPrefill(draft: DetailsDraft, prefill: PatientPrefill): DetailsDraft {
  const { birthDate, ...fields } = prefill;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate ?? '');
  const birth = iso ? { birthYear: iso[1] ?? '', birthMonth: String(Number(iso[2])), birthDay: String(Number(iso[3])) } : {};
  return { ...draft, ...fields, ...birth };
}

/** The fields a problem can be reported on (the three birth-date inputs are one field). */
export type DetailsField = 'givenName' | 'familyName' | 'birthDate' | 'phone' | 'email' | 'reason' | 'reminders';
export type DetailsProblem = 'required' | 'invalid' | 'invalid-email' | 'future' | 'too-old' | 'too-long' | 'sms-needs-phone';
export type DetailsProblems = Partial<Record<DetailsField, DetailsProblem>>;

/** One of the three birth-date inputs. */
export type BirthPart = 'month' | 'day' | 'year';

export const NAME_MAX = 100;
export const EMAIL_MAX = 254;
export const REASON_MAX = 500;
export const MAX_AGE_YEARS = 120;

export const emptyDraft: DetailsDraft = Object.freeze({
  givenName: '',
  familyName: '',
  birthMonth: '',
  birthDay: '',
  birthYear: '',
  phone: '',
  email: '',
  reason: '',
  remindBySms: false,
  remindByEmail: false,
});

/** Every field in the order the form shows it (and the error summary lists it). */
export const detailsFields: readonly DetailsField[] = ['givenName', 'familyName', 'birthDate', 'phone', 'email', 'reason', 'reminders'];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number): number => (m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);

/** A number typed in one of the birth-date inputs, when it is digits only and in `[min, max]`. */
function numberIn(text: string, digits: number, min: number, max: number): number | undefined {
  const t = text.trim();
  if (!new RegExp(`^\\d{1,${digits}}$`).test(t)) return undefined;
  const n = Number(t);
  return n >= min && n <= max ? n : undefined;
}

const monthOf = (d: DetailsDraft) => numberIn(d.birthMonth, 2, 1, 12);
const dayOf = (d: DetailsDraft) => numberIn(d.birthDay, 2, 1, 31);
// One to four digits: "85" is the year 85 (then "too old"), which tells the patient to check the year.
const yearOf = (d: DetailsDraft) => numberIn(d.birthYear, 4, 1, 9999);

/**
 * The birth date as `YYYY-MM-DD` when the three inputs make a real calendar date
 * (Feb 29 only in leap years; month 1–12, day 1–2 digits, year 1–4 digits; spaces around
 * each are ignored), else `undefined`.
 */
export function birthDateOf(draft: DetailsDraft): string | undefined {
  const month = monthOf(draft);
  const day = dayOf(draft);
  const year = yearOf(draft);
  if (month === undefined || day === undefined || year === undefined || day > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * The ten digits of a US phone number, or `undefined`. Spaces, dots, dashes and
 * parentheses are allowed, as is a leading `+1` or `1`. Area code and exchange must start
 * with 2–9 (as every real North American number does), which also catches a number
 * typed with a leading 1 and a digit missing.
 */
export function phoneDigits(phone: string): string | undefined {
  const t = phone.trim();
  if (!/^\+?[\d\s().-]+$/.test(t)) return undefined;
  let digits = t.replace(/\D/g, '');
  if (t.startsWith('+')) {
    if (!digits.startsWith('1')) return undefined;
    digits = digits.slice(1);
  } else if (digits.length === 11 && digits.startsWith('1')) {
    digits = digits.slice(1);
  }
  return /^[2-9]\d{2}[2-9]\d{6}$/.test(digits) ? digits : undefined;
}

// One @, something before it, a dot inside the domain, no spaces anywhere.
const emailPattern = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** The local date in the browser, `YYYY-MM-DD` (the form's default `today`). */
export function localToday(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const todayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function nameProblem(name: string): DetailsProblem | undefined {
  const t = name.trim();
  return !t ? 'required' : t.length > NAME_MAX ? 'too-long' : undefined;
}

function birthProblem(draft: DetailsDraft, today: string): DetailsProblem | undefined {
  if (!draft.birthMonth.trim() || !draft.birthDay.trim() || !draft.birthYear.trim()) return 'required';
  const birth = birthDateOf(draft);
  if (!birth) return 'invalid';
  // `today` is a date key too, so keys compare as strings. A malformed `today` skips the
  // two checks that depend on it rather than guessing a date.
  const t = todayPattern.exec(today);
  if (!t) return undefined;
  if (birth > today) return 'future';
  // The same month and day 120 years back; on Feb 29 that may not exist, and comparing
  // keys still puts Feb 28 of that year (120 years and a day) out of range.
  const oldest = `${pad(Number(t[1]) - MAX_AGE_YEARS, 4)}-${t[2]}-${t[3]}`;
  return birth < oldest ? 'too-old' : undefined;
}

/**
 * Every problem with a draft, keyed by field, in form order; `{}` when it can be booked.
 * `today` is `YYYY-MM-DD` in the practice's zone: a birth date may be today but not after,
 * and at most 120 years before.
 */
export function validateDetails(draft: DetailsDraft, today: string): DetailsProblems {
  const problems: DetailsProblems = {};
  const found = (field: DetailsField, problem: DetailsProblem | undefined) => {
    if (problem) problems[field] = problem;
  };
  found('givenName', nameProblem(draft.givenName));
  found('familyName', nameProblem(draft.familyName));
  found('birthDate', birthProblem(draft, today));
  const phone = draft.phone.trim() ? (phoneDigits(draft.phone) ? undefined : 'invalid') : 'required';
  found('phone', phone);
  const email = draft.email.trim();
  found('email', !email ? 'required' : email.length > EMAIL_MAX ? 'too-long' : emailPattern.test(email) ? undefined : 'invalid-email');
  found('reason', draft.reason.trim().length > REASON_MAX ? 'too-long' : undefined);
  // The phone is required, so a blank one is already reported; a mistyped one gets this
  // second message too, since it explains why the number matters.
  found('reminders', draft.remindBySms && phone === 'invalid' ? 'sms-needs-phone' : undefined);
  return problems;
}

/**
 * Which of the three birth-date inputs to mark for a birth-date problem: the blank ones
 * when it is missing; the malformed ones (or, when each is fine but the date does not
 * exist, the day) when invalid; the year when too old; all three when in the future.
 */
export function birthPartsAtFault(draft: DetailsDraft, problem: DetailsProblem): readonly BirthPart[] {
  const texts: Record<BirthPart, string> = { month: draft.birthMonth, day: draft.birthDay, year: draft.birthYear };
  const all: BirthPart[] = ['month', 'day', 'year'];
  switch (problem) {
    case 'required':
      return all.filter((p) => !texts[p].trim());
    case 'invalid': {
      const parsed: Record<BirthPart, number | undefined> = { month: monthOf(draft), day: dayOf(draft), year: yearOf(draft) };
      const malformed = all.filter((p) => parsed[p] === undefined);
      return malformed.length ? malformed : ['day'];
    }
    case 'too-old':
      return ['year'];
    default:
      return all;
  }
}

/**
 * The draft shaped for the adapter, or `undefined` when it has any problem: names, email
 * and reason trimmed, the phone as E.164 (`+16025550134`), the birth date as `YYYY-MM-DD`,
 * a blank reason left out. Pass the same `today` the form had; without it the browser's
 * local date is used.
 */
export function toPatient(
  draft: DetailsDraft,
  today: string = localToday(),
): { patient: PatientDetails; reason?: string; reminders: Reminders } | undefined {
  if (Object.keys(validateDetails(draft, today)).length) return undefined;
  const patient: PatientDetails = {
    givenName: draft.givenName.trim(),
    familyName: draft.familyName.trim(),
    birthDate: birthDateOf(draft)!,
    phone: `+1${phoneDigits(draft.phone)!}`,
    email: draft.email.trim(),
  };
  const reminders: Reminders = { sms: draft.remindBySms, email: draft.remindByEmail };
  const reason = draft.reason.trim();
  return reason ? { patient, reason, reminders } : { patient, reminders };
}
