// End to end, in a real browser, against a live frontdesk-server on PostgreSQL (its own database,
// holds of 4 seconds): a hold that expires in the database, and the wait-time banner following
// staff changes over the event stream.
import { expect, waitUntil } from '@open-wc/testing';
import { textOf } from '../support/fixtures.js';
import { patientDraft } from '../support/picker-page.js';
import { banner, freeSlots, live, offers, picker, type Live } from './support.js';

describe('end to end: REST → frontdesk-server → PostgreSQL (4-second holds)', function () {
  let server: Live;
  before(async function () {
    this.timeout(60_000);
    server = await live('short-hold');
  });

  it('a hold expires: the patient is told and taken back to times with the details kept, and the server offers the time again', async function () {
    this.timeout(20_000);
    const page = await picker(server);
    let held: { slotId: string; at: number } | undefined;
    page.el.addEventListener('fd-slot-select', (e) => (held = { slotId: e.detail.slotId, at: performance.now() }));
    await page.pickTime();
    await page.at('details', 8000);
    expect(offers(await freeSlots(server), held!.slotId), 'a held time is still offered').to.equal(false);
    page.form.value = patientDraft;
    page.form.dispatchEvent(new CustomEvent('fd-patient-form-change', { detail: { value: patientDraft }, bubbles: true }));
    await page.at('when', 10_000);
    expect(performance.now() - held!.at, 'released before the hold ran out').to.be.greaterThan(3000);
    expect(page.text()).to.contain('was released');
    // Nobody released it: the database let the hold lapse.
    expect(offers(await freeSlots(server), held!.slotId), 'the expired hold still hides the time').to.equal(true);
    await page.pickTime();
    await page.at('details', 8000);
    expect(page.form.value).to.deep.equal(patientDraft);
  });

  it('the wait-time banner shows what staff set, and a change arrives over the event stream', async function () {
    this.timeout(20_000);
    expect(await server.staffSetWait(0, { status: 'open', minutes: 12 })).to.equal(200);
    const el = await banner(server);
    await waitUntil(() => textOf(el).includes('12 min'), `the banner never showed 12 min: ${textOf(el)}`, { timeout: 8000 });
    const polls = (await server.log()).filter((r) => r.method === 'GET' && r.path === '/wait-times').length;
    expect(await server.staffSetWait(0, { status: 'open', minutes: 37 })).to.equal(200);
    await waitUntil(() => textOf(el).includes('37 min'), `the banner never showed 37 min: ${textOf(el)}`, { timeout: 8000 });
    const log = await server.log();
    expect(log.filter((r) => r.path === '/wait-times/stream'), 'no event stream opened').to.have.length.greaterThan(0);
    expect(log.filter((r) => r.method === 'GET' && r.path === '/wait-times').length, 'the change came by polling').to.equal(polls);
  });
});
