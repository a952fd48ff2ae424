import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/widgets/appointment-picker/fd-appointment-picker.js';
import type { AppointmentPicker } from '../../../src/widgets/appointment-picker/appointment-picker.js';
import { memory } from '../../support/fixtures.js';
import { PickerPage, adapterPatient, bookThroughAdapter } from '../../support/picker-page.js';

// The week of the 2027-03-14 US change: Wednesday 2027-03-10, 10:00 in Phoenix.
const MARCH = Date.parse('2027-03-10T17:00:00Z');

async function mount(attrs: { mode?: string; location?: string }, now = MARCH): Promise<{ page: PickerPage; adapter: MemoryAdapter }> {
  const adapter = memory({ now: () => now });
  const el = await fixture<AppointmentPicker>(html`<fd-appointment-picker
    .adapter=${adapter}
    .now=${() => now}
    mode=${attrs.mode ?? 'book'}
    visit-type="sick"
    location=${attrs.location ?? ''}
    locale="en"
  ></fd-appointment-picker>`);
  return { page: new PickerPage(el), adapter };
}

/** Chooses a day in the calendar the way its keyboard does: by its select event. */
async function chooseDay(page: PickerPage, date: string): Promise<void> {
  await waitUntil(() => page.grid?.available?.has(date), `${date} has no times`);
  page.grid.dispatchEvent(new CustomEvent('fd-date-grid-select', { detail: { date } }));
  await waitUntil(() => page.root.querySelector('#times-heading'), 'no times shown');
  await page.el.updateComplete;
}

const clinicNotes = (page: PickerPage) =>
  [...page.root.querySelectorAll<HTMLElement>('.clinic')].map((c) => [c.dataset['location'], c.querySelector('.clinic-name')!.textContent.replace(/\s+/g, ' ').trim()]);

describe('fd-appointment-picker: the day-and-time step across clinics and zones', () => {
  it('names the zone in force on the day shown, not today’s: Albuquerque MST before 2027-03-14, MDT after', async () => {
    const { page } = await mount({ location: 'albuquerque' });
    await page.at('when');
    await chooseDay(page, '2027-03-12');
    expect(clinicNotes(page)).to.deep.equal([['albuquerque', 'Times in Mountain Standard Time']]);
    await chooseDay(page, '2027-03-15');
    expect(clinicNotes(page)).to.deep.equal([['albuquerque', 'Times in Mountain Daylight Time']]);
    expect(page.times()[0].closest('label')!.textContent.trim()).to.match(/^8:\d\d AM$/);
  });

  it('with any location, times sit under their own clinic in its own zone and clock, each clinic in local order', async () => {
    const { page } = await mount({});
    await page.at('who');
    page.button('Continue').click();
    await page.at('when');
    await chooseDay(page, '2027-03-15');
    expect(clinicNotes(page)).to.deep.equal([
      ['phoenix', 'Desert Sage Urgent Care – Phoenix Times in Mountain Standard Time'],
      ['albuquerque', 'Desert Sage Family Medicine – Albuquerque Times in Mountain Daylight Time'],
      ['las-vegas', 'Desert Sage Walk-In Clinic – Las Vegas Times in Pacific Daylight Time'],
    ]);
    // Las Vegas opens at 08:00 by its own clock: its first time reads 8-something, under Morning.
    const vegas = page.root.querySelector('[data-location=las-vegas]')!;
    expect(vegas.querySelector('.time-group')!.getAttribute('aria-label')).to.equal('Morning');
    expect(vegas.querySelector('[part~=time]')!.textContent.trim()).to.match(/^8:\d\d AM$/);
    for (const clinic of page.root.querySelectorAll('.clinic')) {
      const minutes = [...clinic.querySelectorAll('[part~=time]')].map((l) => {
        const [, h, m, ap] = /^(\d+):(\d\d) (AM|PM)/.exec(l.textContent.trim())!;
        return ((Number(h) % 12) + (ap === 'PM' ? 12 : 0)) * 60 + Number(m);
      });
      const byPart = [...clinic.querySelectorAll('.time-group')].flatMap((g) => [...g.querySelectorAll('.time-options')]);
      for (const row of byPart) {
        const inRow = [...row.querySelectorAll('[part~=time]')].map((l) => l.textContent.trim());
        expect(inRow.length).to.be.greaterThan(0);
      }
      expect(minutes.length).to.be.at.most(8);
      expect(clinic.querySelector('button')?.textContent ?? '').to.match(/^$|Show \d+ more times? in /);
    }
  });

  it('"Show N more" lists the rest of that clinic and moves focus to the first of them', async () => {
    const { page } = await mount({ location: 'phoenix' });
    await page.at('when');
    await chooseDay(page, '2027-03-15');
    const before = new Set(page.times().map((i) => i.dataset['slot']));
    const more = page.button(/Show \d+ more times in Phoenix/);
    const hidden = Number(/\d+/.exec(more.textContent)![0]);
    more.click();
    await waitUntil(() => page.times().length === before.size + hidden, 'the rest never showed');
    const firstNew = page.times().find((i) => !before.has(i.dataset['slot']));
    await waitUntil(() => page.root.activeElement === firstNew, 'focus not on the first new time');
    expect(page.root.querySelector('.more')).to.equal(null);
  });

  it('rescheduling an Albuquerque appointment offers Albuquerque times, says so, and says when the clinic would change', async () => {
    const { page, adapter } = await mount({ mode: 'manage' });
    const booked = await bookThroughAdapter(adapter, MARCH, 'sick', 'albuquerque');
    await page.lookUp(booked.confirmationCode, adapterPatient.birthDate);
    await page.at('manage');
    page.button('Choose a new time').click();
    await page.at('when');
    await waitUntil(() => page.text().includes('Showing times at Desert Sage Family Medicine – Albuquerque, where your appointment is.'));
    await chooseDay(page, '2027-03-15');
    expect(clinicNotes(page).map(([id]) => id)).to.deep.equal(['albuquerque']);

    page.button('Show other locations').click();
    await waitUntil(() => !page.text().includes('where your appointment is') && page.el.viewState === 'when' && page.grid);
    await chooseDay(page, '2027-03-15');
    expect(clinicNotes(page).map(([id]) => id)).to.deep.equal(['phoenix', 'albuquerque', 'las-vegas']);
    page.root.querySelector<HTMLInputElement>('[data-location=phoenix] [part~=time] input')!.click();
    await page.el.updateComplete;
    page.button('Continue').click();
    await page.at('review');
    expect(page.text()).to.contain('Your appointment will move from Desert Sage Family Medicine – Albuquerque to Desert Sage Urgent Care – Phoenix.');
  });
});
