import { expect } from '@open-wc/testing';
import { fc } from '../../support/property.js';
import { PatientDetails, Reminders } from '../../../src/core/schemas/scheduling.js';
import {
  applyPrefill,
  birthDateOf,
  birthPartsAtFault,
  emptyDraft,
  localToday,
  phoneDigits,
  toPatient,
  validateDetails,
  type DetailsDraft,
} from '../../../src/widgets/appointment-picker/details.js';

const TODAY = '2026-03-10';

const draft = (over: Partial<DetailsDraft> = {}): DetailsDraft => ({
  ...emptyDraft,
  givenName: 'Ana',
  familyName: 'García López',
  birthMonth: '7',
  birthDay: '4',
  birthYear: '1988',
  phone: '(602) 555-0134',
  email: 'ana@example.com',
  ...over,
});
const dob = (year: string | number, month: string | number, day: string | number) =>
  birthDateOf({ ...emptyDraft, birthYear: String(year), birthMonth: String(month), birthDay: String(day) });

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** An independent oracle: does the proleptic Gregorian calendar have this day? */
const realDate = (y: number, m: number, d: number) => {
  const date = new Date(new Date(0).setUTCFullYear(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

// A real date in [from, to] as year, month, day.
const dateBetween = (from: string, to: string) =>
  fc.date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true }).map((d) => ({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  }));

const nameArb = fc
  .string({ minLength: 1, maxLength: 100, unit: 'grapheme-composite' })
  .filter((s) => s.trim().length > 0 && s.trim().length <= 100);
const phoneArb = fc
  .tuple(
    fc.integer({ min: 2, max: 9 }),
    fc.stringMatching(/^\d{2}$/),
    fc.integer({ min: 2, max: 9 }),
    fc.stringMatching(/^\d{6}$/),
    fc.constantFrom('', '1', '+1', '1 ', '+1 ', '1-'),
    fc.constantFrom('plain', 'dashes', 'dots', 'parens', 'spaces'),
  )
  .map(([a, area, e, rest, prefix, style]) => {
    const [p1, p2, p3] = [`${a}${area}`, `${e}${rest.slice(0, 2)}`, rest.slice(2)];
    const body = {
      plain: `${p1}${p2}${p3}`,
      dashes: `${p1}-${p2}-${p3}`,
      dots: `${p1}.${p2}.${p3}`,
      parens: `(${p1}) ${p2}-${p3}`,
      spaces: `${p1} ${p2} ${p3}`,
    }[style];
    return { typed: `${prefix}${body}`, digits: `${p1}${p2}${p3}` };
  });
const emailArb = fc.emailAddress().filter((e) => e.length <= 254);

/** A patient anyone could be: valid names, a birth date within 120 years, a US mobile, an email. */
const validDraftArb = fc
  .record({
    givenName: nameArb,
    familyName: nameArb,
    birth: dateBetween('1906-03-10', TODAY),
    phone: phoneArb,
    email: emailArb,
    reason: fc.string({ maxLength: 500 }),
    remindBySms: fc.boolean(),
    remindByEmail: fc.boolean(),
    padBirth: fc.boolean(),
  })
  .map((p) => ({
    draft: {
      givenName: p.givenName,
      familyName: p.familyName,
      birthMonth: p.padBirth ? pad(p.birth.month) : String(p.birth.month),
      birthDay: p.padBirth ? pad(p.birth.day) : String(p.birth.day),
      birthYear: String(p.birth.year),
      phone: p.phone.typed,
      email: p.email,
      reason: p.reason,
      remindBySms: p.remindBySms,
      remindByEmail: p.remindByEmail,
    } satisfies DetailsDraft,
    birthDate: `${p.birth.year}-${pad(p.birth.month)}-${pad(p.birth.day)}`,
    digits: p.phone.digits,
  }));

describe('appointment picker: patient details (pure)', () => {
  describe('birthDateOf', () => {
    it('every real date round-trips, padded or not, with spaces around', () => {
      fc.assert(
        fc.property(dateBetween('0001-01-01', '9999-12-31'), fc.boolean(), fc.constantFrom('', ' '), ({ year, month, day }, padded, space) => {
          const show = (n: number, w: number) => `${space}${padded ? pad(n, w) : String(n)}${space}`;
          expect(dob(show(year, 4), show(month, 2), show(day, 2))).to.equal(`${pad(year, 4)}-${pad(month)}-${pad(day)}`);
        }),
      );
    });

    it('accepts a day exactly when the calendar has it (Feb 29 only in leap years, no Apr 31)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
          expect(dob(y, m, d) !== undefined).to.equal(realDate(y, m, d));
        }),
      );
    });

    it('Feb 29 in every non-leap year, Feb 30 and the 31st of 30-day months are rejected', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 9999 }).filter((y) => !isLeap(y)),
          (y) => dob(y, 2, 29) === undefined && dob(y, 2, 30) === undefined,
        ),
      );
      fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(4, 6, 9, 11), (y, m) => dob(y, m, 31) === undefined));
      expect(dob(2024, 2, 29)).to.equal('2024-02-29');
      expect(dob(2000, 2, 29)).to.equal('2000-02-29');
      expect(dob(1900, 2, 29)).to.equal(undefined);
      expect(dob(2023, 4, 31)).to.equal(undefined);
      expect(dob(2023, 2, 30)).to.equal(undefined);
    });

    it('rejects anything that is not digits in range', () => {
      for (const [y, m, d] of [
        ['1988', '0', '4'],
        ['1988', '13', '4'],
        ['1988', '7', '0'],
        ['1988', '7', '32'],
        ['1988', '007', '4'],
        ['0', '7', '4'],
        ['19888', '7', '4'],
        ['1988', 'July', '4'],
        ['1988', '7', '4th'],
        ['1988', '-7', '4'],
        ['19 88', '7', '4'],
        ['1988', '7.0', '4'],
        ['', '7', '4'],
      ]) {
        expect(dob(y, m, d), `${y}-${m}-${d}`).to.equal(undefined);
      }
      fc.assert(
        fc.property(
          fc.string().filter((s) => !/^\s*\d+\s*$/.test(s)),
          (junk) => dob(junk, 7, 4) === undefined && dob(1988, junk, 4) === undefined && dob(1988, 7, junk) === undefined,
        ),
      );
    });
  });

  describe('validateDetails', () => {
    it('a draft built from any valid patient has no problems, and toPatient gives schema-valid details', () => {
      fc.assert(
        fc.property(validDraftArb, ({ draft: d, birthDate, digits }) => {
          expect(validateDetails(d, TODAY)).to.deep.equal({});
          const out = toPatient(d, TODAY)!;
          expect(out.patient.birthDate).to.equal(birthDate);
          expect(out.patient.phone).to.equal(`+1${digits}`);
          expect(out.reminders).to.deep.equal({ sms: d.remindBySms, email: d.remindByEmail });
          expect(PatientDetails.safeParse(out.patient).success).to.equal(true);
          expect(Reminders.safeParse(out.reminders).success).to.equal(true);
        }),
      );
    });

    it('blanking any required field yields exactly that field as required', () => {
      const required = ['givenName', 'familyName', 'birthMonth', 'birthDay', 'birthYear', 'phone', 'email'] as const;
      fc.assert(
        fc.property(validDraftArb, fc.constantFrom(...required), fc.constantFrom('', ' ', '  \t'), ({ draft: d }, key, blank) => {
          const field = key.startsWith('birth') ? 'birthDate' : key;
          expect(validateDetails({ ...d, [key]: blank }, TODAY)).to.deep.equal({ [field]: 'required' });
          expect(toPatient({ ...d, [key]: blank }, TODAY)).to.equal(undefined);
        }),
      );
    });

    it('an empty draft lists every required field, in form order', () => {
      const problems = validateDetails(emptyDraft, TODAY);
      expect(Object.entries(problems)).to.deep.equal([
        ['givenName', 'required'],
        ['familyName', 'required'],
        ['birthDate', 'required'],
        ['phone', 'required'],
        ['email', 'required'],
      ]);
    });

    it('names: trimmed, at most 100 characters', () => {
      expect(validateDetails(draft({ givenName: `  ${'a'.repeat(100)}  ` }), TODAY)).to.deep.equal({});
      expect(validateDetails(draft({ givenName: 'a'.repeat(101) }), TODAY)).to.deep.equal({ givenName: 'too-long' });
      expect(validateDetails(draft({ familyName: 'b'.repeat(101) }), TODAY)).to.deep.equal({ familyName: 'too-long' });
    });

    it('birth date: a real date, today at the latest, 120 years back at the earliest', () => {
      const birth = (y: string, m: string, d: string) => validateDetails(draft({ birthYear: y, birthMonth: m, birthDay: d }), TODAY).birthDate;
      expect(birth('2026', '3', '10')).to.equal(undefined); // born today
      expect(birth('2026', '3', '11')).to.equal('future');
      expect(birth('2027', '1', '1')).to.equal('future');
      expect(birth('1906', '3', '10')).to.equal(undefined); // exactly 120 years
      expect(birth('1906', '3', '9')).to.equal('too-old');
      expect(birth('85', '3', '9')).to.equal('too-old');
      expect(birth('2023', '2', '29')).to.equal('invalid');
      expect(birth('1988', '13', '1')).to.equal('invalid');
      expect(birth('1988', '', '1')).to.equal('required');
      // On Feb 29, 120 years back has no Feb 29: Feb 28 of that year is 120 years and a day.
      const onLeapDay = (y: string, m: string, d: string) => validateDetails(draft({ birthYear: y, birthMonth: m, birthDay: d }), '2020-02-29').birthDate;
      expect(onLeapDay('1900', '3', '1')).to.equal(undefined);
      expect(onLeapDay('1900', '2', '28')).to.equal('too-old');
    });

    it('a future or too-old birth date is always caught', () => {
      fc.assert(
        fc.property(dateBetween('1000-01-01', '9999-12-31'), ({ year, month, day }) => {
          const key = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          const problem = validateDetails(draft({ birthYear: String(year), birthMonth: String(month), birthDay: String(day) }), TODAY).birthDate;
          const expected = key > TODAY ? 'future' : key < '1906-03-10' ? 'too-old' : undefined;
          expect(problem, key).to.equal(expected);
        }),
      );
    });

    it('phone: ten US digits, with formatting and an optional +1 or 1', () => {
      for (const ok of ['6025550134', '602-555-0134', '(602) 555-0134', '602.555.0134', '+1 602 555 0134', '1-602-555-0134', '+16025550134', ' 602 555 0134 ']) {
        expect(phoneDigits(ok), ok).to.equal('6025550134');
        expect(validateDetails(draft({ phone: ok }), TODAY), ok).to.deep.equal({});
      }
      for (const bad of ['555-0134', '602555013', '60255501345', '+44 20 7946 0958', '602-555-0134 ext 2', '602/555/0134', '1602555013', '0025550134', '6021550134', '+', '1+6025550134']) {
        expect(phoneDigits(bad), bad).to.equal(undefined);
        expect(validateDetails(draft({ phone: bad }), TODAY), bad).to.deep.equal({ phone: 'invalid' });
      }
    });

    it('email: one @, a dot in the domain, no spaces, at most 254 characters', () => {
      for (const ok of ['a@b.co', 'ana.garcia+visit@mail.example.org', ' ana@example.com ']) {
        expect(validateDetails(draft({ email: ok }), TODAY), ok).to.deep.equal({});
      }
      for (const bad of ['ana', 'ana@', '@example.com', 'ana@example', 'ana@@example.com', 'a@b@example.com', 'ana garcia@example.com', 'ana@exa mple.com', 'ana@example.', 'ana@.com', 'ana@example..com']) {
        expect(validateDetails(draft({ email: bad }), TODAY), bad).to.deep.equal({ email: 'invalid-email' });
      }
      expect(validateDetails(draft({ email: `${'a'.repeat(243)}@example.com` }), TODAY)).to.deep.equal({ email: 'too-long' });
      expect(validateDetails(draft({ email: `${'a'.repeat(242)}@example.com` }), TODAY)).to.deep.equal({});
    });

    it('reason: optional, at most 500 characters', () => {
      expect(validateDetails(draft({ reason: '' }), TODAY)).to.deep.equal({});
      expect(validateDetails(draft({ reason: 'x'.repeat(500) }), TODAY)).to.deep.equal({});
      expect(validateDetails(draft({ reason: 'x'.repeat(501) }), TODAY)).to.deep.equal({ reason: 'too-long' });
    });

    it('SMS reminders with a mistyped phone add sms-needs-phone; with a blank phone only "required"', () => {
      expect(validateDetails(draft({ phone: '555', remindBySms: true }), TODAY)).to.deep.equal({ phone: 'invalid', reminders: 'sms-needs-phone' });
      expect(validateDetails(draft({ phone: '555', remindBySms: false }), TODAY)).to.deep.equal({ phone: 'invalid' });
      expect(validateDetails(draft({ phone: '', remindBySms: true }), TODAY)).to.deep.equal({ phone: 'required' });
      expect(validateDetails(draft({ remindBySms: true, remindByEmail: true }), TODAY)).to.deep.equal({});
    });
  });

  describe('toPatient', () => {
    it('trims, normalizes the phone to E.164, leaves a blank reason out', () => {
      expect(toPatient(draft({ givenName: ' Ana ', email: ' ana@example.com ', reason: '  ', remindByEmail: true }), TODAY)).to.deep.equal({
        patient: { givenName: 'Ana', familyName: 'García López', birthDate: '1988-07-04', phone: '+16025550134', email: 'ana@example.com' },
        reminders: { sms: false, email: true },
      });
      expect(toPatient(draft({ reason: ' Sore throat ' }), TODAY)?.reason).to.equal('Sore throat');
    });

    it('is undefined for any problem, including a birth date after the given today', () => {
      expect(toPatient(emptyDraft, TODAY)).to.equal(undefined);
      expect(toPatient(draft({ birthYear: '2026', birthMonth: '3', birthDay: '11' }), TODAY)).to.equal(undefined);
      expect(toPatient(draft({ birthYear: '2026', birthMonth: '3', birthDay: '11' }), '2026-03-11')).to.not.equal(undefined);
    });

    it('without a today, uses the local date', () => {
      expect(localToday(new Date(2026, 2, 10, 23, 59))).to.equal('2026-03-10');
      const tomorrow = new Date();
      tomorrow.setDate(tomorrow.getDate() + 1);
      expect(toPatient(draft({ birthYear: String(tomorrow.getFullYear()), birthMonth: String(tomorrow.getMonth() + 1), birthDay: String(tomorrow.getDate()) }))).to.equal(
        undefined,
      );
      expect(toPatient(draft())).to.not.equal(undefined);
    });
  });

  describe('birthPartsAtFault', () => {
    it('marks the blank parts, the malformed ones, the day of a date that does not exist, the year when too old', () => {
      expect(birthPartsAtFault(draft({ birthDay: '', birthYear: ' ' }), 'required')).to.deep.equal(['day', 'year']);
      expect(birthPartsAtFault(draft({ birthMonth: '13' }), 'invalid')).to.deep.equal(['month']);
      expect(birthPartsAtFault(draft({ birthYear: '2023', birthMonth: '2', birthDay: '29' }), 'invalid')).to.deep.equal(['day']);
      expect(birthPartsAtFault(draft(), 'too-old')).to.deep.equal(['year']);
      expect(birthPartsAtFault(draft(), 'future')).to.deep.equal(['month', 'day', 'year']);
    });
  });
});

describe('applyPrefill', () => {
  it('turns an ISO birth date into the three inputs the form shows, and validates', () => {
    const filled = applyPrefill(emptyDraft, { givenName: 'Ana', familyName: 'García López', birthDate: '1988-07-04', email: 'ana@example.com' });
    expect([filled.birthYear, filled.birthMonth, filled.birthDay]).to.deep.equal(['1988', '7', '4']);
    expect(birthDateOf(filled)).to.equal('1988-07-04');
    expect(filled).not.to.have.property('birthDate');
  });

  it('ignores a birth date not of the form YYYY-MM-DD and keeps the three parts given', () => {
    const filled = applyPrefill(emptyDraft, { birthDate: '07/04/1988', birthMonth: '7', birthDay: '4', birthYear: '1988' });
    expect(birthDateOf(filled)).to.equal('1988-07-04');
    expect(applyPrefill(emptyDraft, { birthDate: 'soon' }).birthYear).to.equal('');
  });
});
