// End to end, in a real browser: two frontdesk-server processes on one PostgreSQL database behind
// one port (a loopback proxy). The test pins the port to one process or the other, so it knows a
// booking or a wait change made through one process is seen through the other.
import { expect, waitUntil } from '@open-wc/testing';
import { textOf } from '../support/fixtures.js';
import { adapterPatient } from '../support/picker-page.js';
import { banner, bookChosen, chooseTime, live, picker, shownCode, type Live, WAIT } from './support.js';

describe('end to end: two frontdesk-server processes behind one port', function () {
  let server: Live;
  before(async function () {
    this.timeout(60_000);
    server = await live('pair');
  });
  after(async () => server?.route(null));

  it('a time held through process 0 is booked through process 1, and the booking is found through process 0', async function () {
    this.timeout(60_000);
    await server.route(0);
    const page = await picker(server);
    await chooseTime(page);
    await page.at('details', WAIT);
    await server.route(1);
    await bookChosen(page);
    const code = shownCode(page);

    await server.route(0);
    const manage = await picker(server, 'manage');
    await manage.lookUp(code, adapterPatient.birthDate);
    await manage.at('manage', WAIT);
    expect(manage.text()).to.contain('Your appointment');
    const log = await server.log();
    const served = (method: string, path: string) => log.filter((r) => r.method === method && r.path === path).map((r) => r.backend);
    expect(served('POST', '/holds')).to.deep.equal([0]);
    expect(served('POST', '/appointments')).to.deep.equal([1]);
    expect(served('POST', '/appointments/lookup')).to.deep.equal([0]);
  });

  it('the banner’s stream on process 0 shows waits staff set through process 1, and through process 0', async function () {
    this.timeout(60_000);
    await server.route(0);
    const el = await banner(server);
    await waitUntil(() => el.viewState !== undefined && el.viewState !== 'loading', 'the banner never loaded', { timeout: WAIT });
    await waitUntil(async () => (await server.log()).some((r) => r.path === '/wait-times/stream'), 'no event stream opened', { timeout: WAIT });
    expect(await server.staffSetWait(1, { status: 'open', minutes: 41 })).to.equal(200);
    await waitUntil(() => textOf(el).includes('41 min'), `the change through process 1 never arrived: ${textOf(el)}`, { timeout: WAIT });
    expect(await server.staffSetWait(0, { status: 'open', minutes: 26 })).to.equal(200);
    await waitUntil(() => textOf(el).includes('26 min'), `the change through process 0 never arrived: ${textOf(el)}`, { timeout: WAIT });
    const streams = (await server.log()).filter((r) => r.path === '/wait-times/stream').map((r) => r.backend);
    expect(streams).to.deep.equal([0]);
  });
});
