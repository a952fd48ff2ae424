// End to end, in a real browser: the picker → REST adapter → a live frontdesk-server process →
// its embedded PostgreSQL (PGlite, a fresh folder). Nothing is mocked between the widget and the database.
import { expect, waitUntil } from '@open-wc/testing';
import { until } from '../../stories/support/picker-driver.js';
import { adapterPatient, bookThroughAdapter, patientDraft } from '../support/picker-page.js';
import { bookChosen, bookElsewhere, chooseTime, freeSlots, live, offers, picker, shownCode, slotIdOf, type Live, WAIT } from './support.js';

describe('end to end: picker → REST → frontdesk-server → PGlite', function () {
  let server: Live;
  before(async function () {
    // A fresh embedded database is initialised on first use (seconds, more on a busy machine).
    this.timeout(120_000);
    server = await live('embedded');
  });

  it('books a time: the server stops offering it, and its logs carry none of the patient’s details', async function () {
    this.timeout(60_000);
    const page = await picker(server);
    let booked: { slotId?: string; start?: string } = {};
    page.el.addEventListener('fd-slot-select', (e) => (booked = { ...booked, slotId: e.detail.slotId }));
    page.el.addEventListener('fd-booking-confirm', (e) => (booked = { ...booked, start: e.detail.start }));
    await chooseTime(page);
    await bookChosen(page);
    const code = shownCode(page);
    expect(code).to.match(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(booked.slotId).to.be.a('string');
    expect(offers(await freeSlots(server), booked.slotId!), 'the booked time is still offered').to.equal(false);
    const logs = await server.output();
    expect(logs).to.contain('"route":"/api/frontdesk/appointments"');
    // The phone is sent as +16025550100: its last seven digits catch it in any form.
    for (const canary of [patientDraft.givenName, patientDraft.familyName, patientDraft.email, patientDraft.phone, '5550100', patientDraft.reason, '1980-04-02', code]) {
      expect(logs, `the server logged "${canary}"`).not.to.contain(canary);
    }
  });

  it('a time someone else booked first: says so and offers the three nearest free times, then books one', async function () {
    this.timeout(60_000);
    const page = await picker(server);
    await page.at('when', WAIT);
    if (!page.times().length) page.button(/First available time|Next available day/).click();
    await until(() => page.times().length, 'no times shown', WAIT);
    const taken = slotIdOf(page);
    await bookElsewhere(server, taken);
    page.times()[0].click();
    await page.el.updateComplete;
    page.button('Continue').click();
    await until(() => page.root.querySelector('[part~=notice]'), 'no notice shown', WAIT);
    expect(page.text()).to.contain('that time was just taken');
    const alternatives = [...page.root.querySelectorAll<HTMLButtonElement>('.alternatives button')];
    expect(alternatives).to.have.length(3);
    const free = await freeSlots(server);
    expect(offers(free, taken)).to.equal(false);
    let chosen = '';
    page.el.addEventListener('fd-slot-select', (e) => (chosen = e.detail.slotId));
    alternatives[0].click();
    await page.at('details', WAIT);
    expect(chosen).not.to.equal(taken);
    expect(offers(free, chosen), 'the offer was a time the server had free').to.equal(true);
    await page.submitDetails(patientDraft);
    await page.at('review');
    page.button('Book appointment').click();
    await page.at('done', WAIT);
    expect(shownCode(page)).to.match(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  });

  it('looks an appointment up by code and date of birth, reschedules it (the old time kept until the new is booked), then cancels it', async function () {
    this.timeout(60_000);
    const booked = await bookThroughAdapter(server.rest, Date.now(), 'sick', server.locationId);
    const page = await picker(server, 'manage');
    await page.lookUp(booked.confirmationCode, '1999-01-01');
    await waitUntil(() => page.text().includes('couldn’t find an appointment'), 'a wrong date of birth found it', { timeout: WAIT });
    await page.lookUp(booked.confirmationCode, adapterPatient.birthDate);
    await page.at('manage', WAIT);
    expect(page.text()).to.contain('Your appointment');

    page.button('Choose a new time').click();
    await page.at('when');
    page.button('First available time').click();
    await until(() => page.times().length > 1, 'no second time shown', WAIT);
    const next = slotIdOf(page, 1);
    page.times()[1].click();
    await page.el.updateComplete;
    page.button('Continue').click();
    await page.at('review', WAIT);
    expect(page.text()).to.contain('stays booked until the new time is confirmed');
    // Held for the move, the new time is no longer offered; the old one is still booked.
    const whileHeld = await freeSlots(server);
    expect(offers(whileHeld, next)).to.equal(false);
    expect(offers(whileHeld, booked), 'the old time was let go before the move').to.equal(false);
    let moved: { previousStart?: string; start?: string } = {};
    page.el.addEventListener('fd-booking-reschedule', (e) => (moved = e.detail));
    page.button('Move my appointment').click();
    await page.at('done', WAIT);
    expect(page.text()).to.contain('Your appointment has moved');
    expect(moved.previousStart).to.equal(booked.start);
    expect(moved.start).not.to.equal(booked.start);
    expect(offers(await freeSlots(server), booked), 'the old time is not offered again after the move').to.equal(true);

    page.button('Change or cancel').click();
    await page.at('manage');
    page.button('Cancel appointment').click();
    await page.at('cancel');
    page.button('Yes, cancel it').click();
    await page.at('cancelled', WAIT);
    // Cancelled: its time is offered again.
    expect(offers(await freeSlots(server), next), 'the cancelled time is not offered again').to.equal(true);
  });
});
