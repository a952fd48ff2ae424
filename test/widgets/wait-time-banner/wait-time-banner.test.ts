import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { FrontdeskAdapter } from '../../../src/core/adapter.js';
import type { WaitTime } from '../../../src/core/schemas/wait-times.js';
import '../../../src/widgets/wait-time-banner/fd-wait-time-banner.js';
import type { WaitTimeBanner } from '../../../src/widgets/wait-time-banner/wait-time-banner.js';
import { captureConsole } from '../../support/console.js';
import { FakeTimers } from '../../support/fake-timers.js';
import { FIXED_NOW, memory, textOf } from '../../support/fixtures.js';
import { liveLog } from '../../support/live.js';

const MIN = 60_000;
const DISMISS_KEY = 'fd-wait-time-banner:dismissed';

// The schemas load with the first call; load them up front so fake time is all that matters.
before(async () => {
  await import('../../../src/core/schemas/wait-times.js');
  await import('../../../src/core/schemas/scheduling.js');
});

interface Mounted {
  el: WaitTimeBanner;
  clock: FakeTimers;
  adapter: MemoryAdapter;
  reads: () => number;
}

/** The memory adapter without its push channel, so the banner polls (on the fake clock). */
const polling = (m: MemoryAdapter): FrontdeskAdapter => ({ ...m, waitTimes: { getWaitTimes: m.waitTimes.getWaitTimes } });

/** Renders a banner on a fake clock shared with its memory adapter, and lets the first read land. */
async function mount(
  attrs: (clock: FakeTimers, adapter: FrontdeskAdapter) => ReturnType<typeof html>,
  options: Parameters<typeof memory>[0] = {},
  wrap: (m: MemoryAdapter) => FrontdeskAdapter = polling,
): Promise<Mounted> {
  const clock = new FakeTimers(FIXED_NOW);
  const adapter = memory({ now: clock.now, ...options });
  const el = await fixture<WaitTimeBanner>(attrs(clock, wrap(adapter)));
  // The locations load first (real promises), then the first read runs on the fake clock.
  for (let i = 0; i < 50 && (el.viewState === undefined || el.viewState === 'loading'); i++) await clock.advance(0);
  await el.updateComplete;
  const reads = () => adapter.control.calls.filter((c) => c.method === 'waitTimes.getWaitTimes').length;
  return { el, clock, adapter, reads };
}

/** A banner with literal attributes (test-only static HTML; widgets never do this). */
const banner = (attributes = '') => (clock: FakeTimers, adapter: FrontdeskAdapter) =>
  staticHtml`<fd-wait-time-banner .adapter=${adapter} .timers=${clock} ${unsafeStatic(attributes)}></fd-wait-time-banner>`;

const rows = (el: WaitTimeBanner) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=location]')];
const part = (el: WaitTimeBanner, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);
const liveRegion = (el: WaitTimeBanner) => el.shadowRoot!.querySelector('[aria-live=polite]')!.textContent.trim();

function withWaits(change: (w: WaitTime) => WaitTime) {
  return (m: MemoryAdapter): FrontdeskAdapter => ({
    ...m,
    waitTimes: { getWaitTimes: async (input) => (await m.waitTimes.getWaitTimes(input)).map(change) },
  });
}

describe('fd-wait-time-banner', () => {
  afterEach(() => sessionStorage.removeItem(DISMISS_KEY));

  describe('states', () => {
    it('open: every location with its figure, level (text and shape), queue and age', async () => {
      const { el } = await mount(banner());
      expect(el.viewState).to.equal('ready');
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(rows(el)).to.have.length(3);
      const text = textOf(el);
      expect(text).to.contain('Current wait times');
      expect(text).to.contain('Desert Sage Urgent Care – Phoenix');
      expect(text).to.match(/\d+–\d+ min/);
      expect(text).to.match(/(Short|Moderate|Long) wait/);
      expect(text).to.match(/\d+ people waiting|1 person waiting|No one waiting/);
      expect(text).to.contain('Updated 1 minute ago');
      expect(el.shadowRoot!.querySelector('[part~=level] svg')).to.exist;
      expect(text).to.contain('If this is an emergency, call 911.');
      expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~=emergency] a')!.getAttribute('href')).to.equal('tel:911');
      await expect(el).to.be.accessible();
    });

    it('one location, as a card', async () => {
      const { el, reads } = await mount(banner('location="albuquerque" variant="card"'));
      expect(rows(el)).to.have.length(1);
      expect(textOf(el)).to.contain('Current wait');
      expect(textOf(el)).to.contain('Albuquerque');
      expect(reads()).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('closed: when it opens, in the location’s own time zone', async () => {
      const { el } = await mount(banner('location="phoenix"'), { scenario: 'all-closed' });
      expect(el.viewState).to.equal('closed');
      // Tuesday 10:00 in Phoenix; the next opening is Wednesday 07:30 Arizona time.
      expect(textOf(el)).to.contain('Closed');
      expect(textOf(el)).to.contain('opens tomorrow at 7:30');
      // The opening time starts its own line on a phone: no separator dangling in front of it.
      expect(part(el, 'opens')!.textContent.trim()).to.match(/^opens tomorrow/);
      expect(textOf(el)).not.to.match(/About|\d+–\d+ min/);
      await expect(el).to.be.accessible();
    });

    it('stale: an hour-old figure is replaced by "unavailable — call <phone>"', async () => {
      const { el } = await mount(banner('location="phoenix"'), { scenario: 'stale' });
      expect(el.viewState).to.equal('unavailable');
      expect(textOf(el)).to.contain('Wait time unavailable — call (602) 555-0142');
      expect(textOf(el)).not.to.match(/About|\d+–\d+ min/);
      expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~=status] a')!.getAttribute('href')).to.equal('tel:6025550142');
      await expect(el).to.be.accessible();
    });

    it('unknown: no figure reported', async () => {
      const { el } = await mount(banner(), { scenario: 'unknown' });
      expect(el.viewState).to.equal('unavailable');
      expect(rows(el).every((r) => r.dataset.kind === 'unavailable')).to.equal(true);
    });

    it('paused (at capacity) says so', async () => {
      const { el } = await mount(banner('location="phoenix"'), {}, withWaits((w) => ({ ...w, status: 'paused' })));
      expect(el.viewState).to.equal('paused');
      expect(textOf(el)).to.contain('Not taking walk-ins right now');
      await expect(el).to.be.accessible();
    });

    it('schema-invalid wait data: an error, never the data', async () => {
      const log = captureConsole();
      try {
        const { el } = await mount(banner(), {}, (m) => ({ ...m, waitTimes: { getWaitTimes: async () => [{ locationId: 'phoenix', minutes: -4 }] as never } }));
        expect(el.viewState).to.equal('error');
        expect(textOf(el)).to.contain('couldn’t read');
        expect(log.errors.join()).to.contain('waitTimes.getWaitTimes');
      } finally {
        log.restore();
      }
    });

    it('an adapter without scheduling.listLocations: one console error naming the method, the config error shown', async () => {
      const log = captureConsole();
      try {
        const { el } = await mount(banner(), {}, (m) => ({ ...m, scheduling: {} as never }));
        await waitUntil(() => el.viewState === 'error', 'the banner shows its error', { timeout: 4000 });
        expect(textOf(el)).to.contain('isn’t set up correctly');
        el.refresh();
        el.requestUpdate();
        await el.updateComplete;
        const named = log.errors.filter((e) => e.includes('scheduling.listLocations()'));
        expect(named, log.errors.join('\n')).to.have.length(1);
      } finally {
        log.restore();
      }
    });
  });

  describe('freshness and updates', () => {
    it('a figure turns "unavailable" the moment it passes stale-after, even while refreshes fail', async () => {
      const { el, clock, adapter } = await mount(banner('location="phoenix"'));
      expect(rows(el)[0].dataset.kind).to.equal('open');
      // From now on every refresh fails (a long Retry-After, so the guard does not retry it itself).
      adapter.control.fail({ method: 'waitTimes.getWaitTimes', kind: 'rate-limited', retryAfterMs: 60 * MIN });
      await clock.advance(14 * MIN); // the figure is now exactly 15 minutes old
      await el.updateComplete;
      expect(rows(el)[0].dataset.kind).to.equal('open');
      expect(textOf(el)).to.contain('Couldn’t refresh');
      await clock.advance(30_000);
      await el.updateComplete;
      expect(rows(el)[0].dataset.kind).to.equal('unavailable');
      expect(textOf(el)).to.contain('Wait time unavailable');
    });

    it('polls every poll-interval seconds', async () => {
      const { clock, reads } = await mount(banner('poll-interval="60"'));
      expect(reads()).to.equal(1);
      await clock.advance(5 * MIN);
      expect(reads()).to.equal(6);
    });

    it('never polls more often than every 15 s', async () => {
      const { clock, reads } = await mount(banner('poll-interval="1"'));
      await clock.advance(MIN);
      expect(reads()).to.equal(5);
    });

    it('makes no request while the page is hidden, and refreshes as soon as it is shown', async () => {
      let visibility: DocumentVisibilityState = 'visible';
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
      try {
        const { clock, reads } = await mount(banner());
        expect(reads()).to.equal(1);
        visibility = 'hidden';
        document.dispatchEvent(new Event('visibilitychange'));
        await clock.advance(60 * MIN);
        expect(reads()).to.equal(1);
        visibility = 'visible';
        document.dispatchEvent(new Event('visibilitychange'));
        await clock.advance(0);
        expect(reads()).to.equal(2);
        await clock.advance(MIN);
        expect(reads()).to.equal(3);
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
      }
    });

    it('honours Retry-After: no request before it, then recovers', async () => {
      const { el, clock, reads } = await mount(banner(), {
        faults: [{ method: 'waitTimes.getWaitTimes', kind: 'rate-limited', retryAfterMs: 2 * MIN, times: 1 }],
      });
      expect(el.viewState).to.equal('error');
      expect(textOf(el)).to.contain('try again in 120 seconds');
      await clock.advance(MIN);
      expect(reads()).to.equal(1);
      await clock.advance(MIN);
      await el.updateComplete;
      expect(reads()).to.equal(2);
      expect(el.viewState).to.equal('ready');
    });

    it('keeps the last good figures through a failure', async () => {
      const { el, clock, adapter } = await mount(banner());
      const before = rows(el).map((r) => r.textContent);
      adapter.control.fail({ method: 'waitTimes.getWaitTimes', kind: 'network', times: 1 });
      // network is retried by the guard on real timers; make it non-retryable here to stay on fake time.
      adapter.control.clearFaults();
      adapter.control.fail({ method: 'waitTimes.getWaitTimes', kind: 'not-found', times: 1 });
      await clock.advance(MIN);
      await el.updateComplete;
      expect(el.viewState).to.equal('ready');
      expect(rows(el).map((r) => r.dataset.kind)).to.deep.equal(['open', 'open', 'open']);
      expect(rows(el).map((r) => r.querySelector('[part~=wait]')?.textContent)).to.deep.equal(before.map((_, i) => rows(el)[i].querySelector('[part~=wait]')?.textContent));
      expect(textOf(el)).to.contain('Couldn’t refresh');
    });

    it('uses the push channel when the adapter has one, and no polling', async () => {
      const { el, reads, clock, adapter } = await mount(banner(), {}, (m) => m);
      await clock.advance(5 * MIN);
      expect(reads()).to.equal(0);
      expect(adapter.control.calls.filter((c) => c.method === 'waitTimes.subscribe').length).to.be.greaterThan(0);
      expect(el.viewState).to.equal('ready');
    });
  });

  describe('screen readers', () => {
    it('announces a significant change politely, and not the first figures', async () => {
      const { el, clock } = await mount(banner('location="phoenix"'), { scenario: 'spike' });
      const region = el.shadowRoot!.querySelector('[aria-live=polite]')!;
      expect(region.getAttribute('role')).to.equal('status');
      expect(liveRegion(el)).to.equal('');
      await clock.advance(MIN);
      await el.updateComplete;
      expect(liveRegion(el)).to.match(/Desert Sage Urgent Care – Phoenix: wait is now about \d+ minutes\./);
    });

    it('does not announce small drifts', async () => {
      // Phoenix only: the memory practice sometimes pauses walk-ins in Las Vegas, a real change.
      const { el, clock, reads } = await mount(banner('announce-threshold="30" location="phoenix"'));
      await clock.advance(30 * MIN);
      expect(reads()).to.be.greaterThan(20);
      expect(liveRegion(el)).to.equal('');
    });
  });

  describe('pause, dismiss and actions', () => {
    it('the pause control stops automatic updates (by keyboard), and resuming refreshes', async () => {
      const { el, clock, reads } = await mount(banner('location="phoenix"'));
      const pause = part(el, 'pause-button') as HTMLButtonElement;
      const live = liveLog(el);
      // One way to say the state: the label changes, so no aria-pressed on top of it.
      expect(pause.hasAttribute('aria-pressed')).to.equal(false);
      expect(pause.textContent.trim()).to.equal('Pause updates');
      pause.focus();
      await sendKeys({ type: ' ' });
      await el.updateComplete;
      expect(el.paused).to.equal(true);
      expect(pause.hasAttribute('aria-pressed')).to.equal(false);
      expect(pause.textContent.trim()).to.equal('Resume updates');
      expect(live.count('Updates paused.')).to.equal(1);
      expect(textOf(el)).to.contain('Updates paused.');
      // The clinic's local time, with its zone named (the browser here is in New York, Phoenix is not).
      expect(textOf(el)).to.match(/Updated at \d{1,2}:\d{2}\s[AP]M \(MST\)/);
      await expect(el).to.be.accessible();
      await clock.advance(10 * MIN);
      expect(reads()).to.equal(1);
      await sendKeys({ press: 'Enter' });
      await clock.advance(0);
      expect(el.paused).to.equal(false);
      expect(reads()).to.equal(2);
      await el.updateComplete;
      expect(live.count('Updates resumed.')).to.equal(1);
      expect(live.count('Updates paused.')).to.equal(1);
      live.stop();
    });

    it('is a region named by its title, found in the browser’s own accessibility tree', async () => {
      const { el } = await mount(banner('location="phoenix"'));
      const section = el.shadowRoot!.querySelector('section')!;
      expect(section.getAttribute('role')).to.equal('region');
      expect(el.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!)!.textContent.trim()).to.equal('Current wait');
      // The accessibility tree itself is read through CDP, which only Chromium offers.
      if (navigator.userAgent.includes('Firefox')) return;
      const snapshot = await a11ySnapshot({});
      const regions: string[] = [];
      const walk = (node: { role?: string; name?: string; children?: unknown[] }) => {
        if (node.role === 'region') regions.push(node.name ?? '');
        for (const child of node.children ?? []) walk(child as typeof node);
      };
      walk(snapshot as unknown as Parameters<typeof walk>[0]);
      expect(regions).to.include('Current wait');
      expect(el.viewState).to.equal('ready');
    });

    it('dismiss hides it for the session, storing only a flag', async () => {
      const { el } = await mount(banner('dismissible'));
      (part(el, 'dismiss-button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.viewState).to.equal('dismissed');
      expect(el.shadowRoot!.querySelector('section')).to.equal(null);
      expect(sessionStorage.getItem(DISMISS_KEY)).to.equal('1');
      const { el: again, reads } = await mount(banner('dismissible'));
      expect(again.viewState).to.equal('dismissed');
      expect(reads()).to.equal(0);
    });

    it('links for check-in and booking; never a javascript: URL', async () => {
      const { el } = await mount(banner('check-in-url="https://example.org/check-in" booking-url="javascript:alert(1)"'));
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~=action]')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/check-in']);
      expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
    });

    it('actions without a URL fire fd-wait-time-action for the page to handle', async () => {
      const { el } = await mount(banner('location="phoenix" actions="check-in book"'));
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~=action]')];
      expect(buttons.map((b) => b.textContent.trim())).to.deep.equal(['Check in online', 'Book a visit']);
      setTimeout(() => buttons[1].click());
      const event = await oneEvent(el, 'fd-wait-time-action');
      expect(event.detail).to.deep.equal({ action: 'book', locationId: 'phoenix' });
    });

    it('the emergency line can be reworded or removed', async () => {
      const { el } = await mount(banner('emergency-text="For emergencies, call 911 or go to the nearest ER."'));
      expect(part(el, 'emergency')!.textContent.trim()).to.equal('For emergencies, call 911 or go to the nearest ER.');
      const { el: none } = await mount(banner('hide-emergency'));
      expect(part(none, 'emergency')).to.equal(null);
    });

    it('explains what the number means on request', async () => {
      const { el } = await mount(banner('explain'));
      expect(el.shadowRoot!.querySelector('details summary')!.textContent).to.contain('What does this number mean?');
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('fd-wait-time-update per location with ids and numbers only', async () => {
      const clock = new FakeTimers(FIXED_NOW);
      const adapter = polling(memory({ now: clock.now }));
      const details: unknown[] = [];
      const el = await fixture<WaitTimeBanner>(
        html`<fd-wait-time-banner .adapter=${adapter} .timers=${clock} @fd-wait-time-update=${(e: CustomEvent) => details.push(e.detail)}></fd-wait-time-banner>`,
      );
      await clock.advance(0);
      await el.updateComplete;
      expect(details).to.have.length(3);
      for (const detail of details as Array<Record<string, unknown>>) {
        expect(Object.keys(detail).sort()).to.deep.equal(['locationId', 'minutes', 'stale', 'status']);
        expect(detail.stale).to.equal(false);
      }
      // A poll that changes nothing sends nothing.
      const count = details.length;
      await clock.advance(0);
      expect(details.length).to.equal(count);
    });
  });

  describe('Spanish', () => {
    it('renders every text in Spanish', async () => {
      const { el } = await mount(banner('locale="es" location="phoenix" actions="book"'));
      // The Spanish catalog loads on its own (a dynamic import): wait for it, not for time.
      await waitUntil(() => textOf(el).includes('Tiempo de espera actual'), 'the Spanish catalog never rendered', { timeout: 4000 });
      await el.updateComplete;
      const text = textOf(el);
      expect(text).to.contain('Tiempo de espera actual');
      expect(text).to.match(/\d+–\d+ min/);
      expect(text).to.contain('Actualizado hace 1 minuto');
      expect(text).to.contain('Si es una emergencia, llame al 911.');
      expect(text).to.contain('Pausar actualizaciones');
      expect(text).to.contain('Hacer una cita');
      await expect(el).to.be.accessible();
    });

    it('closed, in Spanish: "abre mañana a las 7:30"', async () => {
      const { el } = await mount(banner('locale="es" location="phoenix"'), { scenario: 'all-closed' });
      await waitUntil(() => textOf(el).includes('Cerrado'), 'the Spanish catalog never rendered', { timeout: 4000 });
      await el.updateComplete;
      expect(textOf(el)).to.contain('Cerrado');
      expect(textOf(el)).to.contain('abre mañana a las 7:30');
    });
  });
});
