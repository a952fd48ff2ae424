import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { define } from '../../../src/core/define.js';
import { emptyDraft, type DetailsDraft } from '../../../src/widgets/appointment-picker/details.js';
import { pickerMessages } from '../../../src/widgets/appointment-picker/messages.js';
import { PatientForm, type PatientFormDetail, type PatientFormStrings } from '../../../src/widgets/appointment-picker/patient-form.js';
import { formStrings } from '../../../src/widgets/appointment-picker/views.js';

define('fd-patient-form', PatientForm);

const TODAY = '2026-03-10';

// The picker's own English strings, so the form is tested with what patients see.
const en: PatientFormStrings = formStrings(pickerMessages.en, 'en');

const es: PatientFormStrings = {
  ...en,
  givenName: 'Nombre',
  familyName: 'Apellidos',
  birthDate: 'Fecha de nacimiento',
  month: 'Mes',
  day: 'Día',
  year: 'Año',
  phone: 'Teléfono móvil',
  email: 'Correo electrónico',
  required: 'obligatorio',
  submit: 'Revisar la cita',
  errorSummaryTitle: 'Corrija estos campos',
  errors: { ...en.errors, required: (f) => `Escriba su ${f.toLowerCase()}.` },
  monthNames: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

const filled: DetailsDraft = {
  givenName: 'Ana',
  familyName: 'García',
  birthMonth: '3',
  birthDay: '4',
  birthYear: '1988',
  phone: '602 555 0134',
  email: 'ana@example.com',
  reason: 'Sore throat',
  remindBySms: true,
  remindByEmail: false,
};

async function mount(value?: DetailsDraft, strings: PatientFormStrings = en): Promise<PatientForm> {
  const el = await fixture<PatientForm>(html`<fd-patient-form .strings=${strings} today=${TODAY} .value=${value ?? emptyDraft}></fd-patient-form>`);
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: PatientForm, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const byId = <T extends HTMLElement = HTMLInputElement>(el: PatientForm, id: string) => el.shadowRoot!.getElementById(id) as T;
/** What has focus in the form, as text (comparing elements would make a failure's diff serialize the DOM). */
const focused = (el: PatientForm): string => {
  const a = el.shadowRoot!.activeElement;
  return !a ? '(nothing in the form)' : a.id || a.getAttribute('part') || `link: ${text(a)}`;
};
const summary = (el: PatientForm) => el.shadowRoot!.querySelector<HTMLElement>('[part~=error-summary]');
const submitButton = (el: PatientForm) => $<HTMLButtonElement>(el, '[part~=submit-button]');
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const labelOf = (el: PatientForm, id: string) => text(el.shadowRoot!.querySelector(`label[for="${id}"]`));
/** The text an element's aria-describedby points at. */
const description = (el: PatientForm, control: Element) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => text(el.shadowRoot!.getElementById(id)))
    .join(' | ');

async function submit(el: PatientForm): Promise<void> {
  submitButton(el).click();
  await el.updateComplete;
  await el.updateComplete;
}

const controls = [
  { id: 'given-name', label: 'First name', autocomplete: 'given-name', type: 'text', required: true },
  { id: 'family-name', label: 'Last name', autocomplete: 'family-name', type: 'text', required: true },
  { id: 'birth-month', label: 'Month', autocomplete: 'bday-month', type: 'select-one', required: true },
  { id: 'birth-day', label: 'Day', autocomplete: 'bday-day', type: 'text', required: true },
  { id: 'birth-year', label: 'Year', autocomplete: 'bday-year', type: 'text', required: true },
  { id: 'phone', label: 'Mobile phone', autocomplete: 'tel', type: 'tel', required: true },
  { id: 'email', label: 'Email', autocomplete: 'email', type: 'email', required: true },
  { id: 'reason', label: 'Reason for visit (optional)', autocomplete: null, type: 'textarea', required: false },
  { id: 'remind-sms', label: 'Text message (SMS)', autocomplete: null, type: 'checkbox', required: false },
  { id: 'remind-email', label: 'Email', autocomplete: null, type: 'checkbox', required: false },
];

describe('<fd-patient-form>', () => {
  it('labels every field, with autocomplete tokens, types and required state', async () => {
    const el = await mount();
    for (const c of controls) {
      const control = byId(el, c.id);
      expect(control, c.id).to.exist;
      expect(labelOf(el, c.id).startsWith(c.label), `${c.id}: ${labelOf(el, c.id)}`).to.equal(true);
      expect(control.getAttribute('autocomplete'), c.id).to.equal(c.autocomplete);
      expect(control.type, c.id).to.equal(c.type);
      expect(control.required, c.id).to.equal(c.required);
      expect(control.getAttribute('aria-required'), c.id).to.equal(c.required ? 'true' : null);
      expect(control.hasAttribute('aria-invalid'), c.id).to.equal(false);
    }
    expect(byId(el, 'birth-day').inputMode).to.equal('numeric');
    expect(byId(el, 'birth-year').inputMode).to.equal('numeric');
    expect(labelOf(el, 'given-name')).to.equal('First name (required)');
    // Date of birth and reminders are groups named by their legends.
    const [dateGroup, remindGroup] = [...el.shadowRoot!.querySelectorAll('fieldset')] as [HTMLFieldSetElement, HTMLFieldSetElement];
    expect(text(dateGroup.querySelector('legend'))).to.equal('Date of birth (required)');
    expect([...dateGroup.querySelectorAll('input, select')].map((c) => c.id)).to.deep.equal(['birth-month', 'birth-day', 'birth-year']);
    expect(text(remindGroup.querySelector('legend'))).to.equal('Send me reminders by');
    expect([...remindGroup.querySelectorAll('input')].map((c) => c.id)).to.deep.equal(['remind-sms', 'remind-email']);
    // Localized month names, with an empty choice first; hints linked to their fields.
    expect([...byId<HTMLSelectElement>(el, 'birth-month').options].map((o) => o.text)).to.deep.equal(['', ...en.monthNames]);
    expect(description(el, byId(el, 'phone'))).to.equal(en.phoneHint);
    expect(description(el, byId(el, 'reason'))).to.equal(en.reasonHint);
    expect(summary(el) === null, 'no error summary').to.equal(true);
  });

  it('is filled in and submitted by keyboard alone', async () => {
    const el = await mount();
    const changes: DetailsDraft[] = [];
    el.addEventListener('fd-patient-form-change', (e) => changes.push(e.detail.value));
    el.focusFirstField();
    expect(focused(el)).to.equal('given-name');
    const steps: [string, string][] = [
      ['given-name', 'Ana'],
      ['family-name', 'García'],
      ['birth-month', 'Mar'],
      ['birth-day', '4'],
      ['birth-year', '1988'],
      ['phone', '602 555 0134'],
      ['email', 'ana@example.com'],
      ['reason', 'Sore throat'],
      ['remind-sms', ' '],
      ['remind-email', ''],
    ];
    for (const [id, keys] of steps) {
      expect(focused(el), `focus before typing into ${id}`).to.equal(id);
      if (keys) await sendKeys({ type: keys });
      await sendKeys({ press: 'Tab' });
    }
    expect(focused(el)).to.equal('submit-button');
    const submitted = new Promise<CustomEvent<PatientFormDetail>>((resolve) => el.addEventListener('fd-patient-form-submit', resolve, { once: true }));
    await sendKeys({ press: 'Enter' });
    const event = await submitted;
    expect(event.detail.value).to.deep.equal(filled);
    expect(event.bubbles).to.equal(true);
    expect(changes.at(-1)).to.deep.equal(filled);
    expect(summary(el) === null, 'no error summary').to.equal(true);
  });

  it('submitting empty lists every problem, focuses the summary and marks each field', async () => {
    const el = await mount();
    let submitted = 0;
    el.addEventListener('fd-patient-form-submit', () => submitted++);
    await submit(el);
    expect(submitted).to.equal(0);
    const box = summary(el)!;
    expect(box).to.exist;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(focused(el)).to.equal('error-summary');
    expect(text(box.querySelector('h1, h2, h3, h4, h5, h6'))).to.equal('Please fix these fields');
    const links = [...box.querySelectorAll('a')];
    expect(links.map(text)).to.deep.equal([
      'Enter your first name.',
      'Enter your last name.',
      'Enter your date of birth.',
      'Enter your mobile phone.',
      'Enter your email.',
    ]);
    const expected: [string, string][] = [
      ['given-name', 'Enter your first name.'],
      ['family-name', 'Enter your last name.'],
      ['birth-month', 'Enter your date of birth.'],
      ['birth-day', 'Enter your date of birth.'],
      ['birth-year', 'Enter your date of birth.'],
      ['phone', 'For appointment reminders and questions about your visit. | Enter your mobile phone.'],
      ['email', 'Enter your email.'],
    ];
    for (const [id, message] of expected) {
      const control = byId(el, id);
      expect(control.getAttribute('aria-invalid'), id).to.equal('true');
      expect(description(el, control), id).to.equal(message);
    }
    for (const id of ['reason', 'remind-sms', 'remind-email']) expect(byId(el, id).hasAttribute('aria-invalid'), id).to.equal(false);
    // Each link moves focus to its field, and the page's URL does not change.
    const url = location.href;
    for (const [i, id] of ['given-name', 'family-name', 'birth-month', 'phone', 'email'].entries()) {
      links[i]?.click();
      expect(focused(el), id).to.equal(id);
    }
    expect(location.href).to.equal(url);
  });

  it('a summary link works from the keyboard, and marks only the birth-date parts at fault', async () => {
    const el = await mount({ ...filled, birthMonth: '2', birthDay: '30', birthYear: '2023', phone: '555', email: 'ana@example' });
    await submit(el);
    const links = [...summary(el)!.querySelectorAll('a')];
    expect(links.map(text)).to.deep.equal([
      'Check your date of birth.',
      'Check your mobile phone.',
      'Enter an email address like name@example.com.',
      'Add a mobile phone number to get text reminders.',
    ]);
    expect(byId(el, 'birth-day').getAttribute('aria-invalid')).to.equal('true');
    expect(byId(el, 'birth-month').hasAttribute('aria-invalid')).to.equal(false);
    expect(byId(el, 'birth-year').hasAttribute('aria-invalid')).to.equal(false);
    expect(byId(el, 'remind-sms').getAttribute('aria-invalid')).to.equal('true');
    expect(description(el, byId(el, 'remind-sms'))).to.equal('Add a mobile phone number to get text reminders.');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('link: Check your date of birth.');
    await sendKeys({ press: 'Enter' });
    expect(focused(el)).to.equal('birth-day');
  });

  it('an inline error goes away once its field is fixed; the value survives the failed submit', async () => {
    const el = await mount({ ...filled, givenName: '', email: 'nope' });
    await submit(el);
    expect(byId(el, 'given-name').getAttribute('aria-invalid')).to.equal('true');
    expect(byId(el, 'email').value).to.equal('nope');
    expect(byId(el, 'birth-year').value).to.equal('1988');
    byId(el, 'given-name').focus();
    await sendKeys({ type: 'A' });
    await el.updateComplete;
    expect(byId(el, 'given-name').hasAttribute('aria-invalid')).to.equal(false);
    expect(byId(el, 'given-name').hasAttribute('aria-describedby')).to.equal(false);
    expect(text(summary(el))).to.not.contain('first name');
    expect(byId(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(el.value).to.deep.equal({ ...filled, givenName: 'A', email: 'nope' });
    // Day filled in but the date still wrong (Feb 30): the message stays, now on all three parts.
    el.value = { ...el.value, birthMonth: '2', birthDay: '' };
    await submit(el);
    expect(byId(el, 'birth-day').getAttribute('aria-invalid')).to.equal('true');
    expect(byId(el, 'birth-year').hasAttribute('aria-invalid')).to.equal(false);
    el.value = { ...el.value, birthDay: '30' };
    await el.updateComplete;
    for (const id of ['birth-month', 'birth-day', 'birth-year']) expect(byId(el, id).getAttribute('aria-invalid'), id).to.equal('true');
    byId(el, 'birth-day').focus();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(el.value.birthDay).to.equal('3');
    for (const id of ['birth-month', 'birth-day', 'birth-year']) expect(byId(el, id).hasAttribute('aria-invalid'), id).to.equal(false);
  });

  it('keeps what was typed through a re-render and a change of strings', async () => {
    const el = await mount();
    el.focusFirstField();
    await sendKeys({ type: 'Ana' });
    byId(el, 'email').focus();
    await sendKeys({ type: 'ana@exa' });
    byId(el, 'birth-year').focus();
    await sendKeys({ type: '1988' });
    el.requestUpdate();
    await el.updateComplete;
    expect(byId(el, 'given-name').value).to.equal('Ana');
    el.strings = es;
    await el.updateComplete;
    expect(labelOf(el, 'given-name')).to.equal('Nombre (obligatorio)');
    expect(byId(el, 'given-name').value).to.equal('Ana');
    expect(byId(el, 'email').value).to.equal('ana@exa');
    expect(byId(el, 'birth-year').value).to.equal('1988');
    expect([...byId<HTMLSelectElement>(el, 'birth-month').options].map((o) => o.text)[3]).to.equal('marzo');
    await submit(el);
    expect(text(summary(el)!.querySelector('h3'))).to.equal('Corrija estos campos');
    expect(text(summary(el))).to.contain('Escriba su apellidos.');
    expect(byId(el, 'email').value).to.equal('ana@exa');
    // Messages follow a later switch too, for the same problems.
    el.strings = en;
    await el.updateComplete;
    expect(text(summary(el))).to.contain('Enter your last name.');
    expect(el.value).to.deep.equal({ ...emptyDraft, givenName: 'Ana', email: 'ana@exa', birthYear: '1988' });
  });

  it('shows a value the picker sets, in every kind of field', async () => {
    const el = await mount();
    byId(el, 'given-name').focus();
    await sendKeys({ type: 'Someone else' });
    el.value = filled;
    await el.updateComplete;
    expect(byId(el, 'given-name').value).to.equal('Ana');
    expect(byId<HTMLSelectElement>(el, 'birth-month').value).to.equal('3');
    expect(byId(el, 'birth-day').value).to.equal('4');
    expect(byId<HTMLTextAreaElement>(el, 'reason').value).to.equal('Sore throat');
    expect(byId(el, 'remind-sms').checked).to.equal(true);
    expect(byId(el, 'remind-email').checked).to.equal(false);
    el.value = { ...filled, birthMonth: '03', remindBySms: false };
    await el.updateComplete;
    expect(byId<HTMLSelectElement>(el, 'birth-month').value).to.equal('3');
    expect(byId(el, 'remind-sms').checked).to.equal(false);
    el.value = emptyDraft;
    await el.updateComplete;
    expect(byId<HTMLSelectElement>(el, 'birth-month').value).to.equal('');
  });

  it('while busy, submitting does nothing and the form says so; focus stays on the button', async () => {
    const el = await mount(filled);
    el.busy = true;
    await el.updateComplete;
    let submitted = 0;
    el.addEventListener('fd-patient-form-submit', () => submitted++);
    expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    submitButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(submitted).to.equal(0);
    expect(focused(el)).to.equal('submit-button');
    el.busy = false;
    await el.updateComplete;
    expect($(el, 'form').hasAttribute('aria-busy')).to.equal(false);
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.equal(1);
  });

  it('what was typed never leaves the host’s shadow root, the console, storage or the URL', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = new PatientForm();
    Object.assign(el, { strings: en, today: TODAY });
    root.append(el);
    await el.updateComplete;
    const outside: string[] = [];
    const inside: string[] = [];
    const onOutside = (e: Event) => outside.push(e.type);
    for (const type of ['fd-patient-form-change', 'fd-patient-form-submit']) {
      document.addEventListener(type, onOutside);
      root.addEventListener(type, (e) => inside.push(e.type));
    }
    const logged: unknown[] = [];
    const methods = ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const;
    const originals = methods.map((m) => Object.getOwnPropertyDescriptor(console, m)!);
    for (const m of methods) console[m] = (...args: unknown[]) => void logged.push(args);
    const before = { url: location.href, local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
    try {
      el.focusFirstField();
      await sendKeys({ type: 'Ana' });
      el.value = filled;
      await el.updateComplete;
      submitButton(el).click();
    } finally {
      methods.forEach((m, i) => Object.defineProperty(console, m, originals[i]));
      for (const type of ['fd-patient-form-change', 'fd-patient-form-submit']) document.removeEventListener(type, onOutside);
    }
    expect(inside).to.include('fd-patient-form-change').and.to.include('fd-patient-form-submit');
    expect(outside).to.deep.equal([]);
    expect(logged).to.deep.equal([]);
    expect({ url: location.href, local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }).to.deep.equal(before);
  });

  it('renders nothing until it has strings', async () => {
    const el = await fixture<PatientForm>(html`<fd-patient-form></fd-patient-form>`);
    expect(el.shadowRoot!.querySelector('form') === null, 'no form').to.equal(true);
    el.strings = en;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('form')).to.exist;
  });

  it('targets are at least 44 px and it reflows at 320 px', async () => {
    const el = await mount();
    el.style.width = '320px';
    await submit(el);
    const tall = (node: Element) => node.getBoundingClientRect().height;
    for (const node of el.shadowRoot!.querySelectorAll('input:not([type=checkbox]), select, button, .choice, [part~=error-summary] a')) {
      expect(tall(node), node.id || node.className || node.tagName).to.be.at.least(44);
    }
    const form = $(el, 'form');
    expect(form.scrollWidth).to.be.at.most(320);
    for (const node of form.querySelectorAll('*')) {
      expect(node.getBoundingClientRect().right - el.getBoundingClientRect().left, node.id || node.tagName).to.be.at.most(320.5);
    }
  });

  describe('axe', () => {
    it('empty', async () => {
      const el = await mount();
      await expect(el).to.be.accessible();
    });

    it('with errors', async () => {
      const el = await mount({ ...emptyDraft, phone: '555', remindBySms: true, reason: 'x'.repeat(501) });
      await submit(el);
      expect(summary(el)).to.exist;
      await expect(el).to.be.accessible();
    });

    it('filled', async () => {
      const el = await mount(filled);
      await expect(el).to.be.accessible();
    });
  });
});
