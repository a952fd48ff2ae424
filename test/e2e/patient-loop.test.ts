// The service loop end to end, in a real browser, in English and in Spanish: a patient books on the
// demo site (built as `npm start` builds it, in a frame of the test page, its API forwarded to this
// browser's live frontdesk-server) → the confirmation email arrives in the local SMTP sink with the
// visit's time in the clinic's zone and a change/cancel link that finds the visit → the reminder
// goes out at its time and not before (the server's clock moved: scripts/fake-clock.mjs) → after
// the visit, the survey invitation's link opens the survey → a low score with a contact request →
// the staff console's follow-up queue lists it → staff mark it contacted.
import { expect } from '@open-wc/testing';
import type { AppointmentPicker } from '../../src/widgets/appointment-picker/appointment-picker.js';
import { API, browser, deep, deepAll, go, openConsole, signIn, text, until } from '../console/support.js';
import { buttonIn, mails, openPage, press, setClock, shadowText, siteAndServers, SITE, type Mail } from './site.js';

type Lang = 'en' | 'es';

const HOUR = 3_600_000;
const WAIT = 20_000;

/** The emails sent to `to` so far whose subject matches. */
const mailsTo = async (to: string, subject: RegExp) => (await mails()).filter((m) => m.to.includes(to) && subject.test(m.subject));

/** Waits for the one email to `to` whose subject matches. */
async function mailTo(to: string, subject: RegExp): Promise<Mail> {
  const end = Date.now() + WAIT;
  let found = await mailsTo(to, subject);
  while (!found.length && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    found = await mailsTo(to, subject);
  }
  expect(found, `emails "${String(subject)}" to ${to}`).to.have.length(1);
  return found[0];
}

/** The link in an email's text that matches. */
const linkIn = (mail: Mail, pattern: RegExp): string => {
  const link = mail.text.match(/https?:\/\/\S+/g)?.map((l) => l.replace(/[.,]$/, '')).find((l) => pattern.test(l));
  if (!link) throw new Error(`no link ${String(pattern)} in: ${mail.text}`);
  return link;
};

async function at(el: AppointmentPicker, step: string): Promise<void> {
  await until(() => el.viewState === step, () => `the picker never reached "${step}" (at "${el.viewState}"): ${shadowText(el)}`);
  await el.updateComplete;
}

const dayKey = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const copy = {
  en: { continue: /^Continue$/, book: /^Book appointment$/, find: /^Find appointment$/, cancel: /^Cancel appointment$/, booked: /is booked$/, reminder: /^Reminder/, survey: /^How was your visit/, contact: 'Yes, please contact me', submit: /^Send feedback$/ },
  es: { continue: /^Continuar$/, book: /^Confirmar cita$/, find: /^Buscar cita$/, cancel: /^Cancelar la cita$/, booked: /está reservada$/, reminder: /^Recordatorio/, survey: /^¿Cómo fue su visita/, contact: 'Sí, por favor comuníquense conmigo', submit: /^Enviar comentarios$/ },
} as const;

/** The visit's time as the messages must give it: the clinic's own zone, in the patient's language. */
function localTime(start: number, timeZone: string, lang: Lang): string {
  const f = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', { timeZone, ...o }).format(start);
  return `${f({ weekday: 'long', month: 'long', day: 'numeric' })} ${lang === 'es' ? 'a las' : 'at'} ${f({ hour: 'numeric', minute: '2-digit', timeZoneName: 'short' })}`;
}

describe('end to end: book on the demo site → emails → survey → the console’s follow-up queue', function () {
  before(async function () {
    this.timeout(180_000);
    await siteAndServers();
  });
  afterEach(() => document.querySelector('iframe')?.remove());
  after(async () => setClock(null));

  for (const lang of ['en', 'es'] as const) {
    it(`${lang === 'en' ? 'in English' : 'in Spanish'}: confirmation, change link, reminder on time, survey, follow-up marked contacted`, async function () {
      this.timeout(180_000);
      const t = copy[lang];
      const email = `loop.${browser}.${lang}.${Date.now()}@example.org`;
      const comment = `${browser} ${lang}: nobody told us about the delay`;
      await setClock(null);

      // The patient books on the demo site's booking page, on a day at least two days ahead (so the 24-hour reminder is still to come).
      const doc = await openPage(`${SITE}/book.html${lang === 'es' ? '?lang=es' : ''}`);
      const picker = doc.querySelector<AppointmentPicker>('#booking-picker')!;
      let booked: { start: string; end: string; locationId: string } | undefined;
      doc.body.addEventListener('fd-booking-confirm', (e) => (booked = (e as CustomEvent<typeof booked>).detail));
      // The visit type (a sick visit), then the Phoenix clinic (any clinician), each with Continue.
      await at(picker, 'visit');
      const sick = () => [...picker.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=visit-type]')].find((r) => r.closest('label')?.textContent.includes('Sick visit'));
      await until(() => !!sick(), () => `no sick visit offered: ${shadowText(picker)}`);
      sick()!.click();
      await picker.updateComplete;
      await press(picker, t.continue);
      await at(picker, 'who');
      const clinic = picker.shadowRoot!.querySelector<HTMLSelectElement>('select#location')!;
      clinic.value = 'phoenix';
      clinic.dispatchEvent(new Event('change'));
      await picker.updateComplete;
      await press(picker, t.continue);
      await at(picker, 'when');
      const grid = picker.shadowRoot!.querySelector<HTMLElement & { available: ReadonlySet<string> }>('fd-date-grid')!;
      const day = () => [...(grid.available ?? [])].sort().find((d) => d >= dayKey(Date.now() + 2 * 24 * HOUR));
      await until(() => !!day(), () => `no day with times two days ahead: ${[...(grid.available ?? [])].join(' ')}`);
      grid.dispatchEvent(new CustomEvent('fd-date-grid-select', { detail: { date: day() } }));
      await until(() => !!picker.shadowRoot!.querySelector('input[data-slot]'), 'no times shown');
      picker.shadowRoot!.querySelector<HTMLInputElement>('input[data-slot]')!.click();
      await picker.updateComplete;
      await press(picker, t.continue);
      await at(picker, 'details');
      const form = picker.shadowRoot!.querySelector('fd-patient-form') as HTMLElement & { value: object; updateComplete: Promise<unknown> };
      await until(() => !!form.shadowRoot?.querySelector('[part~=submit-button]'), 'the details form never rendered');
      form.value = { givenName: 'Rosa', familyName: 'Delgado', birthMonth: '4', birthDay: '2', birthYear: '1980', phone: '(602) 555-0100', email, reason: 'Sore throat', remindBySms: false, remindByEmail: true };
      await form.updateComplete;
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit-button]')!.click();
      await at(picker, 'review');
      await press(picker, t.book);
      await at(picker, 'done');
      const code = picker.shadowRoot!.querySelector('[part~=confirmation-code]')!.textContent.trim();
      expect(booked, 'no fd-booking-confirm').to.not.equal(undefined);
      const start = Date.parse(booked!.start);
      const locations = (await (await fetch(`${API}/locations`)).json()) as Array<{ id: string; timeZone: string }>;
      const zone = locations.find((l) => l.id === booked!.locationId)!.timeZone;
      const when = localTime(start, zone, lang);

      // The confirmation: the clinic's local time, the code, a change/cancel link that finds the visit.
      const confirmation = await mailTo(email, t.booked);
      expect(confirmation.text).to.include(when).and.include(code);
      expect(confirmation.text, 'the reason for the visit is in the email').not.to.include('Sore throat');
      const manage = await openPage(linkIn(confirmation, /book\.html/));
      expect(manage.documentElement.lang).to.equal(lang);
      const lookup = manage.querySelector<AppointmentPicker>('fd-appointment-picker[mode=manage]')!;
      await at(lookup, 'lookup');
      lookup.shadowRoot!.querySelector<HTMLInputElement>('#code')!.value = code;
      lookup.shadowRoot!.querySelector<HTMLInputElement>('#birth-date')!.value = '1980-04-02';
      await press(lookup, t.find);
      await at(lookup, 'manage');
      expect(buttonIn(lookup.shadowRoot!, t.cancel), 'the visit found has no cancel').to.not.equal(undefined);

      // The reminder: not a minute before its time (24 hours before, in the clinic's zone), then at it.
      await setClock(start - 24 * HOUR - 60_000);
      await new Promise((r) => setTimeout(r, 1500));
      expect(await mailsTo(email, t.reminder), 'the reminder went out early').to.have.length(0);
      await setClock(start - 24 * HOUR + 1000);
      const reminder = await mailTo(email, t.reminder);
      expect(reminder.text).to.include(when).and.include(code);

      // After the visit: the survey invitation; its link opens the survey, in the patient's language.
      await setClock(Date.parse(booked!.end) + 60 * 60_000 + 1000);
      const invitation = await mailTo(email, t.survey);
      const survey = await openPage(linkIn(invitation, /feedback\.html/));
      expect(survey.documentElement.lang).to.equal(lang);
      const widget = survey.querySelector('fd-feedback-survey')!;
      await until(() => !!widget.shadowRoot?.querySelector('input[type=radio][value="2"]'), () => `the survey never showed its score: ${shadowText(widget)}`);
      widget.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio][value="2"]')!.click();
      await until(() => shadowText(widget).includes(t.contact), () => `no contact offer after a low score: ${shadowText(widget)}`);
      const offer = [...widget.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent.includes(t.contact))!;
      offer.querySelector('input')!.click();
      const box = widget.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
      box.value = comment;
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      for (let i = 0; i < 6 && !buttonIn(widget.shadowRoot!, t.submit); i++) widget.shadowRoot!.querySelector<HTMLButtonElement>('[part~=next-button]')!.click();
      await press(widget, t.submit);
      await until(() => !widget.shadowRoot!.querySelector('form'), () => `the survey was not sent: ${shadowText(widget)}`);

      // Staff: the follow-up queue lists it; marked contacted, it leaves the open queue for the contacted one.
      const el = await openConsole();
      if (lang === 'es') {
        const language = deep<HTMLSelectElement>(el, 'header select')!;
        language.value = 'es';
        language.dispatchEvent(new Event('change'));
        await until(() => text(el).includes('Acceso del personal'), 'the console is not in Spanish');
      }
      await signIn(el);
      const screen = await go(el, 'followUps', 'fd-console-follow-ups');
      const card = () => deepAll(screen, 'article[data-task]').find((a) => text(a).includes(comment));
      await until(() => !!card(), () => `the follow-up is not in the queue: ${text(screen)}`);
      expect(text(card()!)).to.include(lang === 'es' ? '2 de 10' : '2 of 10');
      const id = card()!.dataset.task!;
      deep<HTMLButtonElement>(card()!, 'button[data-action="contacted"]')!.click();
      await until(() => !deepAll(screen, 'article[data-task]').some((a) => a.dataset.task === id), 'still listed as open');
      const show = deep<HTMLSelectElement>(screen, 'select')!;
      show.value = 'contacted';
      show.dispatchEvent(new Event('change'));
      await until(() => deepAll(screen, 'article[data-task]').some((a) => a.dataset.task === id), () => `not listed as contacted: ${text(screen)}`);
    });
  }
});
