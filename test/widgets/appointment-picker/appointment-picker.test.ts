import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { FrontdeskAdapter } from '../../../src/core/adapter.js';
import '../../../src/widgets/appointment-picker/fd-appointment-picker.js';
import type { AppointmentPicker } from '../../../src/widgets/appointment-picker/appointment-picker.js';
import { captureConsole } from '../../support/console.js';
import { FIXED_NOW, memory } from '../../support/fixtures.js';
import { PickerPage, adapterPatient, bookThroughAdapter, patientDraft } from '../../support/picker-page.js';

before(async () => {
  await import('../../../src/core/schemas/scheduling.js');
});

interface Mounted {
  page: PickerPage;
  adapter: MemoryAdapter;
  events: Array<{ type: string; detail: unknown }>;
}

const eventTypes = ['fd-slot-select', 'fd-booking-confirm', 'fd-booking-reschedule', 'fd-booking-cancel', 'fd-error'] as const;

async function mount(
  attrs: { mode?: string; visitType?: string; location?: string; provider?: string; locale?: string } = {},
  options: Parameters<typeof memory>[0] = {},
  wrap: (m: MemoryAdapter) => FrontdeskAdapter = (m) => m,
  now: () => number = () => FIXED_NOW,
): Promise<Mounted> {
  const adapter = memory({ now, ...options });
  const el = await fixture<AppointmentPicker>(html`<fd-appointment-picker
    .adapter=${wrap(adapter)}
    .now=${now}
    mode=${attrs.mode ?? 'book'}
    visit-type=${attrs.visitType ?? ''}
    location=${attrs.location ?? ''}
    provider=${attrs.provider ?? ''}
    locale=${attrs.locale ?? 'en'}
  ></fd-appointment-picker>`);
  const events: Mounted['events'] = [];
  for (const type of eventTypes) el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  return { page: new PickerPage(el), adapter, events };
}

describe('fd-appointment-picker', () => {
  it('books by keyboard alone, from visit type to confirmation, passing axe at every step', async () => {
    const { page, events } = await mount();
    await page.at('visit');
    await page.expectAccessible();
    page.radio('Sick visit').focus();
    await sendKeys({ type: ' ' });
    await page.el.updateComplete;
    page.button('Continue').focus();
    await sendKeys({ press: 'Enter' });

    await page.at('who');
    await page.expectAccessible();
    const location = page.root.querySelector<HTMLSelectElement>('#location')!;
    location.focus();
    location.value = 'phoenix';
    location.dispatchEvent(new Event('change'));
    page.button('Continue').focus();
    await sendKeys({ press: 'Enter' });

    await page.at('when');
    await page.expectAccessible();
    page.button('First available time').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => page.times().length > 0, 'no times');
    // The jump then moves focus to the day in the calendar once the calendar's code has
    // loaded: wait for that, or it lands after the time below has been focused and the keys
    // go to the calendar.
    await waitUntil(() => page.root.activeElement?.localName === 'fd-date-grid', 'focus never reached the calendar day');
    page.times()[0].focus();
    await sendKeys({ type: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await page.el.updateComplete;
    expect(page.times()[1].checked).to.equal(true);
    page.button('Continue').focus();
    await sendKeys({ press: 'Enter' });

    await page.at('details');
    expect(page.text()).to.match(/We’re holding \d{1,2}:\d{2} (AM|PM) for you for (10:00|9:5\d)/);
    await page.expectAccessible();
    await page.submitDetails(patientDraft);

    await page.at('review');
    expect(page.text()).to.contain('Rosa Delgado');
    await page.expectAccessible();
    page.button('Book appointment').focus();
    await sendKeys({ press: 'Enter' });

    await page.at('done');
    expect(page.text()).to.contain('You’re booked');
    expect(page.root.querySelector('[part~=confirmation-code]')!.textContent).to.match(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(page.text()).to.contain('Bring a photo ID and your insurance card.');
    expect(page.root.querySelector<HTMLAnchorElement>('a[href^="https://"]')).to.exist;
    await page.expectAccessible();

    expect(events.map((e) => e.type)).to.deep.equal(['fd-slot-select', 'fd-booking-confirm']);
    const confirm = events[1].detail as Record<string, unknown>;
    expect(Object.keys(confirm).sort(), 'ids and times: no confirmation code, no manage token').to.deep.equal(['appointmentId', 'end', 'locationId', 'providerId', 'start', 'visitTypeId']);
    const all = JSON.stringify(events);
    const code = page.root.querySelector('[part~=confirmation-code]')!.textContent.trim();
    for (const secret of ['Rosa', 'Delgado', '1980', '555-0100', 'rosa@', 'Sore throat', code]) expect(all).not.to.contain(secret);
  });

  it('presets skip their steps, and times are grouped and shown in the location’s zone', async () => {
    const { page } = await mount({ visitType: 'sick', location: 'phoenix' });
    await page.at('when');
    page.button('First available time').click();
    await waitUntil(() => page.times().length > 0);
    expect(page.text()).to.contain('Times in Mountain Standard Time');
    const groups = [...page.root.querySelectorAll('[part~=times] .time-group')].map((g) => g.getAttribute('aria-label'));
    expect(groups.length).to.be.greaterThan(0);
    expect(groups.every((g) => ['Morning', 'Afternoon', 'Evening'].includes(g!))).to.equal(true);
    // Phoenix opens at 07:30: no time before that, whatever the browser's zone.
    const first = page.times()[0].closest('label')!.textContent;
    expect(first).to.match(/\d{1,2}:\d{2}/);
    expect(page.grid.available.size).to.be.greaterThan(20);
  });

  it('a time taken by someone else: says so, offers the three nearest, keeps what was typed', async () => {
    const { page, adapter } = await mount({ visitType: 'sick', location: 'phoenix' });
    adapter.control.fail({ method: 'scheduling.holdSlot', kind: 'conflict', times: 1 });
    await page.pickTime();
    await page.notice();
    expect(page.text()).to.contain('that time was just taken');
    const offers = [...page.root.querySelectorAll<HTMLButtonElement>('.alternatives button')];
    expect(offers).to.have.length(3);
    await page.expectAccessible();
    offers[0].click();
    await page.at('details');
    await page.submitDetails(patientDraft);
    await page.at('review');
    // Booking now also conflicts once: back to times, details kept.
    adapter.control.fail({ method: 'scheduling.book', kind: 'conflict', times: 1 });
    page.button('Book appointment').click();
    await waitUntil(() => page.el.viewState === 'when' && page.root.querySelector('[part~=notice]'));
    await page.pickTime();
    await page.at('details');
    expect(page.form.value).to.deep.equal(patientDraft);
  });

  it('hold expiry: the patient is told and taken back to times, details kept', async () => {
    let now = FIXED_NOW;
    const { page } = await mount({ visitType: 'sick', location: 'phoenix' }, {}, (m) => m, () => now);
    await page.pickTime();
    await page.at('details');
    page.form.value = patientDraft;
    page.form.dispatchEvent(new CustomEvent('fd-patient-form-change', { detail: { value: patientDraft }, bubbles: true }));
    now += 10 * 60_000;
    await page.at('when', 3000);
    expect(page.text()).to.contain('was released');
    await page.pickTime();
    await page.at('details');
    expect(page.form.value).to.deep.equal(patientDraft);
  });

  it('the hold runs its full ten minutes, announcing "2 minutes left" and "1 minute left" on the way', async () => {
    let now = FIXED_NOW;
    const { page } = await mount({ visitType: 'sick', location: 'phoenix' }, {}, (m) => m, () => now);
    await page.pickTime();
    await page.at('details');
    const announced = () => page.root.querySelector('.fd-visually-hidden[role=status]')!.textContent.trim();
    const hold = () => page.root.querySelector('[part~=hold]')!.textContent;
    // The timer ticks each second (real time); the clock it reads is the test's.
    now = FIXED_NOW + 10 * 60_000 - 61_000;
    await waitUntil(() => announced() === '2 minutes left to finish booking.', `no "2 minutes left" (got "${announced()}")`, { timeout: 3000 });
    now = FIXED_NOW + 10 * 60_000 - 1000;
    await waitUntil(() => announced() === '1 minute left to finish booking.', `no "1 minute left" (got "${announced()}")`, { timeout: 3000 });
    await waitUntil(() => hold().includes('0:01'), 'the hold does not show its last second');
    expect(page.el.viewState, 'expired early').to.equal('details');
    now = FIXED_NOW + 10 * 60_000;
    await page.at('when', 3000);
    expect(page.text()).to.contain('was released');
  });

  it('a failed booking (service down) keeps everything and can be retried without booking twice', async () => {
    const { page, adapter, events } = await mount({ visitType: 'sick', location: 'phoenix' });
    await page.pickTime();
    await page.at('details');
    await page.submitDetails(patientDraft);
    await page.at('review');
    adapter.control.fail({ method: 'scheduling.book', kind: 'unauthorized', times: 1 });
    page.button('Book appointment').click();
    await waitUntil(() => page.root.querySelector('[part~=error]'), 'no error shown');
    expect(page.text()).to.contain('session may have ended');
    expect(page.el.viewState).to.equal('review');
    expect(page.text()).to.contain('Rosa Delgado');
    page.button('Book appointment').click();
    await page.at('done');
    expect(events.filter((e) => e.type === 'fd-booking-confirm')).to.have.length(1);
    expect(adapter.control.calls.filter((c) => c.method === 'scheduling.book')).to.have.length(2);
  });

  it('Add to calendar makes an .ics file with the right instant', async () => {
    const { page, events } = await mount({ visitType: 'sick', location: 'las-vegas' });
    await page.pickTime();
    await page.at('details');
    await page.submitDetails(patientDraft);
    await page.at('review');
    page.button('Book appointment').click();
    await page.at('done');
    const createObjectURL = URL.createObjectURL.bind(URL);
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
    try {
      page.button('Add to calendar').click();
      await waitUntil(() => blob, 'no calendar file made');
    } finally {
      URL.createObjectURL = createObjectURL;
    }
    const text = await blob!.text();
    const event = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent')!;
    const start = (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate();
    const booked = events.find((e) => e.type === 'fd-booking-confirm')!.detail as { start: string };
    expect(start.toISOString()).to.equal(new Date(booked.start).toISOString());
    // The clinician and the confirmation code the page shows (issue #19), unfolded by a real parser.
    const description = String(event.getFirstPropertyValue('description'));
    const code = /Confirmation code: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(description)?.[1];
    expect(code, description).to.be.a('string');
    expect(page.text()).to.contain(code);
    expect(description).to.match(/^With \S+/);
    expect(page.text()).to.contain(description.split('\n')[0].replace('With ', ''));
    expect(text).not.to.contain('Rosa');
    expect(text).not.to.contain('Delgado');
  });

  it('manage: find by code and date of birth, reschedule (old kept until the new is booked), then cancel', async () => {
    const { page, adapter, events } = await mount({ mode: 'manage' });
    const booked = await bookThroughAdapter(adapter, FIXED_NOW);

    await page.at('lookup');
    await page.expectAccessible();
    const code = page.root.querySelector<HTMLInputElement>('#code')!;
    const dob = page.root.querySelector<HTMLInputElement>('#birth-date')!;
    code.value = booked.confirmationCode;
    dob.value = '1999-01-01';
    page.button('Find appointment').click();
    await waitUntil(() => page.text().includes('couldn’t find an appointment'));
    dob.value = adapterPatient.birthDate;
    // Typed as a patient may: lower case, a space for the hyphen (issue #19).
    code.value = ` ${booked.confirmationCode.replace('-', ' ').toLowerCase()} `;
    page.button('Find appointment').click();
    await page.at('manage');
    expect(page.text()).to.contain('Your appointment');
    const directions = () => [...page.root.querySelectorAll('a')].filter((a) => a.textContent.includes('Directions'));
    expect(directions()).to.have.length(1);
    await page.expectAccessible();

    page.button('Choose a new time').click();
    await page.at('when');
    page.button('First available time').click();
    await waitUntil(() => page.times().length > 1);
    page.times()[1].click();
    await page.el.updateComplete;
    page.button('Continue').click();
    await page.at('review');
    expect(page.text()).to.contain('stays booked until the new time is confirmed');
    expect((await adapter.scheduling.findAppointment({ confirmationCode: booked.confirmationCode, birthDate: adapterPatient.birthDate })).start).to.equal(booked.start);
    page.button('Move my appointment').click();
    await page.at('done');
    expect(page.text()).to.contain('Your appointment has moved');
    const moved = events.find((e) => e.type === 'fd-booking-reschedule')!.detail as { previousStart: string; start: string };
    expect(moved.previousStart).to.equal(booked.start);
    expect(moved.start).not.to.equal(booked.start);

    page.button('Change or cancel').click();
    await page.at('manage');
    page.button('Cancel appointment').click();
    await page.at('cancel');
    await page.expectAccessible();
    page.button('Yes, cancel it').click();
    await page.at('cancelled');
    expect(events.map((e) => e.type)).to.include('fd-booking-cancel');
    expect(directions(), 'a cancelled appointment offers no directions').to.have.length(0);
    expect((await adapter.scheduling.findAppointment({ confirmationCode: booked.confirmationCode, birthDate: adapterPatient.birthDate })).status).to.equal('cancelled');
  });

  it('opens as a modal dialog from a page button; Escape closes it and focus returns', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><button id="opener">Book</button></div>`);
    const { page } = await mount({ visitType: 'sick', location: 'phoenix' });
    host.append(page.el);
    const opener = host.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    page.el.open();
    await page.dialogOpen();
    expect(page.root.querySelector('dialog')!.getAttribute('aria-labelledby')).to.equal('picker-title');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !page.root.querySelector('dialog'), 'dialog never closed');
    expect(document.activeElement).to.equal(opener);
  });

  it('speaks Spanish', async () => {
    const { page } = await mount({ locale: 'es', visitType: 'sick', location: 'phoenix' });
    await waitUntil(() => page.text().includes('Elija el día y la hora'), 'no Spanish');
    page.button('Primera hora disponible').click();
    await waitUntil(() => page.times().length > 0);
    expect(page.text()).to.match(/Horarios del \w+/);
    expect(page.text()).to.contain('Horarios en hora estándar de las Montañas Rocosas');
    await page.expectAccessible();
  });

  it('schema-invalid slot data shows an error, never the data', async () => {
    const log = captureConsole();
    try {
      const { page } = await mount({ visitType: 'sick', location: 'phoenix' }, {}, (m) => ({
        ...m,
        scheduling: { ...m.scheduling, findSlots: async () => [{ id: 'x', start: 'soon' }] as never },
      }));
      await page.at('error');
      expect(page.text()).to.contain('couldn’t read');
    } finally {
      log.restore();
    }
  });

  it('the scheduling service failing shows a retry that recovers', async () => {
    const { page, adapter } = await mount({ visitType: 'sick', location: 'phoenix' }, { faults: [{ method: 'scheduling.findSlots', kind: 'not-found', times: 1 }] });
    await page.at('error');
    const [event] = [await Promise.resolve(adapter.control.calls.filter((c) => c.method === 'scheduling.findSlots').length)];
    expect(event).to.equal(1);
    expect(page.text()).to.contain('couldn’t find');
    expect(page.text()).to.match(/call \(602\) 555-0142/);
  });

  it('fully booked: says so, with the phone number', async () => {
    const { page } = await mount({ visitType: 'sick', location: 'phoenix' }, { scenario: 'fully-booked' });
    await waitUntil(() => page.text().includes('No times are available'));
    expect(page.text()).to.contain('Questions? Call (602) 555-0142.');
    await page.expectAccessible();
  });

  it('an adapter without scheduling.holdSlot: choosing a time logs one console error naming it and shows the config error', async () => {
    const log = captureConsole();
    try {
      const { page, events } = await mount({ visitType: 'sick', location: 'phoenix' }, {}, (m) => ({ ...m, scheduling: { ...m.scheduling, holdSlot: undefined } }));
      await page.pickTime();
      await waitUntil(() => page.root.querySelector('[part~=error]'), 'no error shown');
      expect(page.text()).to.contain('isn’t set up correctly');
      expect(page.el.viewState).to.equal('when');
      expect(events.map((e) => e.type)).to.deep.equal(['fd-error']);
      const named = log.errors.filter((e) => e.includes('scheduling.holdSlot()'));
      expect(named, log.errors.join('\n')).to.have.length(1);
    } finally {
      log.restore();
    }
  });

  it('fd-slot-select carries ids and times only', async () => {
    const { page } = await mount({ visitType: 'sick', location: 'phoenix' });
    await page.at('when');
    page.button('First available time').click();
    await waitUntil(() => page.times().length > 0);
    page.times()[0].click();
    await page.el.updateComplete;
    setTimeout(() => page.button('Continue').click());
    const event = await oneEvent(page.el, 'fd-slot-select');
    expect(Object.keys(event.detail as object).sort()).to.deep.equal(['end', 'locationId', 'providerId', 'slotId', 'start', 'visitTypeId']);
    expect(event.bubbles && event.composed).to.equal(true);
  });
});
