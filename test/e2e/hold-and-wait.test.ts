// End to end, in a real browser, against a live frontdesk-server on PostgreSQL (its own database,
// holds of 6 seconds (time enough for a busy machine to see the time held)): a hold that expires in the database, and the wait-time banner following
// staff changes over the event stream.
import { expect, waitUntil } from '@open-wc/testing';
import { textOf } from '../support/fixtures.js';
import { patientDraft } from '../support/picker-page.js';
import { banner, chooseTime, freeSlots, live, offers, picker, type Live, WAIT } from './support.js';

describe('end to end: REST → frontdesk-server → PostgreSQL (6-second holds)', function () {
  let server: Live;
  before(async function () {
    this.timeout(60_000);
    server = await live('short-hold');
  });

  it('a hold expires: the patient is told and taken back to times with the details kept, and the server offers the time again', async function () {
    this.timeout(60_000);
    const page = await picker(server);
    let held: { slotId: string; at: number } | undefined;
    page.el.addEventListener('fd-slot-select', (e) => (held = { slotId: e.detail.slotId, at: performance.now() }));
    await chooseTime(page);
    await page.at('details', WAIT);
    expect(offers(await freeSlots(server), held!.slotId), 'a held time is still offered').to.equal(false);
    page.form.value = patientDraft;
    page.form.dispatchEvent(new CustomEvent('fd-patient-form-change', { detail: { value: patientDraft }, bubbles: true }));
    await page.at('when', WAIT);
    expect(performance.now() - held!.at, 'released before the hold ran out').to.be.greaterThan(5000);
    expect(page.text()).to.contain('was released');
    // Nobody released it: the database let the hold lapse.
    expect(offers(await freeSlots(server), held!.slotId), 'the expired hold still hides the time').to.equal(true);
    await chooseTime(page);
    await page.at('details', WAIT);
    expect(page.form.value).to.deep.equal(patientDraft);
  });

  it('the wait-time banner shows what staff set, and a change arrives over the event stream', async function () {
    this.timeout(60_000);
    expect(await server.staffSetWait(0, { status: 'open', minutes: 12 })).to.equal(200);
    const el = await banner(server);
    await waitUntil(() => textOf(el).includes('12 min'), `the banner never showed 12 min: ${textOf(el)}`, { timeout: WAIT });
    const polls = (await server.log()).filter((r) => r.method === 'GET' && r.path === '/wait-times').length;
    expect(await server.staffSetWait(0, { status: 'open', minutes: 37 })).to.equal(200);
    await waitUntil(() => textOf(el).includes('37 min'), `the banner never showed 37 min: ${textOf(el)}`, { timeout: WAIT });
    const log = await server.log();
    expect(log.filter((r) => r.path === '/wait-times/stream'), 'no event stream opened').to.have.length.greaterThan(0);
    expect(log.filter((r) => r.method === 'GET' && r.path === '/wait-times').length, 'the change came by polling').to.equal(polls);
  });
});
