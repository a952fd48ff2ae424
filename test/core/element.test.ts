import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { configure } from '../../src/core/config.js';
import { define } from '../../src/core/define.js';
import '../../src/widgets/provider/fd-provider.js';
import type { FrontdeskProvider } from '../../src/widgets/provider/provider.js';
import { captureConsole } from '../support/console.js';
import { memory, render, settle, textOf, untilState } from '../support/fixtures.js';
import '../../stories/support/example-widget.js';
import type { ExampleWidget } from '../../stories/support/example-widget.js';

const matchesState = (el: Element, state: string) => el.matches(`:state(${state})`);

describe('FrontdeskElement', () => {
  afterEach(() => configure({ adapter: undefined, locale: undefined, timeZone: undefined }));

  describe('without an adapter', () => {
    it('shows the not-configured state and logs exactly one console error naming the fix', async () => {
      const log = captureConsole();
      try {
        const el = await render<ExampleWidget>(html`<fd-example-widget></fd-example-widget>`);
        el.requestUpdate();
        await settle(el, 20);
        expect(el.viewState).to.equal('not-configured');
        expect(matchesState(el, 'not-configured')).to.equal(true);
        expect(textOf(el)).to.contain('not available');
        expect(log.errors).to.have.length(1);
        expect(log.errors[0]).to.contain('<fd-example-widget> has no adapter');
        expect(log.errors[0]).to.contain('Frontdesk.configure');
        await expect(el).to.be.accessible();
      } finally {
        log.restore();
      }
    });

    it('never falls back to demo data', async () => {
      const log = captureConsole();
      const el = await render<ExampleWidget>(html`<fd-example-widget></fd-example-widget>`);
      await settle(el, 20);
      log.restore();
      expect(textOf(el)).not.to.contain('Desert Sage');
    });

    it('recovers when the page configures an adapter later, without logging', async () => {
      const log = captureConsole();
      try {
        const el = await fixture<ExampleWidget>(html`<fd-example-widget></fd-example-widget>`);
        configure({ adapter: memory() });
        await untilState(el, 'ready');
        await settle(el, 20);
        expect(log.errors).to.have.length(0);
      } finally {
        log.restore();
      }
    });
  });

  describe('adapter resolution order', () => {
    it('own property → nearest provider → page default', async () => {
      const page = memory();
      const outer = memory();
      const own = memory();
      configure({ adapter: page });
      const tree = await fixture<FrontdeskProvider>(html`<fd-provider .adapter=${outer}><fd-example-widget></fd-example-widget></fd-provider>`);
      const el = tree.querySelector('fd-example-widget')!;
      await settle(el);
      expect(el.resolvedAdapter).to.equal(outer);
      el.adapter = own;
      await settle(el);
      expect(el.resolvedAdapter).to.equal(own);
      expect(own.control.calls.map((c) => c.method)).to.include('scheduling.listLocations');
      const loose = await render<ExampleWidget>(html`<fd-example-widget></fd-example-widget>`);
      expect(loose.resolvedAdapter).to.equal(page);
    });

    it('a provider that upgrades after its widgets still supplies them', async () => {
      const adapter = memory();
      const host = await fixture<HTMLElement>(html`<div><fd-late-provider><fd-example-widget></fd-example-widget></fd-late-provider></div>`);
      const el = host.querySelector('fd-example-widget')!;
      const { FrontdeskProvider: Provider } = await import('../../src/widgets/provider/provider.js');
      const provider = host.querySelector('fd-late-provider') as FrontdeskProvider;
      provider.adapter = adapter;
      define('fd-late-provider', class extends Provider {});
      await untilState(el, 'ready');
      expect(el.resolvedAdapter).to.equal(adapter);
    });
  });

  describe('states', () => {
    it('loading sets aria-busy and :state(loading), then ready', async () => {
      const adapter = memory({ latencyMs: 50 });
      const el = await fixture<ExampleWidget>(html`<fd-example-widget .adapter=${adapter}></fd-example-widget>`);
      expect(el.viewState).to.equal('loading');
      expect(matchesState(el, 'loading')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      await untilState(el, 'ready');
      expect(matchesState(el, 'loading')).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('false');
      expect(textOf(el)).to.contain('Desert Sage Urgent Care – Phoenix');
    });

    it('error: a localized message, a retry that works, and fd-error without data', async () => {
      const adapter = memory();
      adapter.control.fail({ method: 'scheduling.listLocations', kind: 'not-found', times: 1 });
      const el = await fixture<ExampleWidget>(html`<fd-example-widget .adapter=${adapter}></fd-example-widget>`);
      const event = await oneEvent(el, 'fd-error');
      expect(event.detail).to.deep.equal({ kind: 'not-found', retryable: false, retryAfterMs: undefined, widget: 'fd-example-widget' });
      expect(event.bubbles && event.composed).to.equal(true);
      await settle(el);
      expect(el.viewState).to.equal('error');
      expect(textOf(el)).to.contain('couldn’t find');
      expect(el.shadowRoot!.querySelector('[part~=error]')!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
    });

    it('a retryable error offers Try again, which re-runs the call', async () => {
      const adapter = memory();
      adapter.control.fail({ method: 'scheduling.listLocations', kind: 'rate-limited', retryAfterMs: 60_000, times: 1 });
      const el = await render<ExampleWidget>(html`<fd-example-widget .adapter=${adapter}></fd-example-widget>`);
      expect(el.viewState).to.equal('error');
      expect(textOf(el)).to.contain('try again in 60 seconds');
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!;
      button.click();
      await untilState(el, 'ready');
    });

    it('schema-invalid adapter data never reaches the widget: it shows invalid-response', async () => {
      const log = captureConsole();
      const adapter = memory({ scenario: 'invalid' });
      const el = await render<ExampleWidget>(html`<fd-example-widget .adapter=${adapter}></fd-example-widget>`);
      log.restore();
      expect(el.viewState).to.equal('error');
      expect(textOf(el)).to.contain('couldn’t read');
      expect(log.errors.join()).to.contain('scheduling.listLocations');
    });

    it('demo data carries a visible "Demo data" marker', async () => {
      const el = await render<ExampleWidget>(html`<fd-example-widget .adapter=${memory({ demo: true })}></fd-example-widget>`);
      expect(el.shadowRoot!.querySelector('[part~=demo-marker]')!.textContent).to.equal('Demo data');
      await expect(el).to.be.accessible();
      const real = await render<ExampleWidget>(html`<fd-example-widget .adapter=${memory()}></fd-example-widget>`);
      expect(real.shadowRoot!.querySelector('[part~=demo-marker]')).to.equal(null);
    });

    it('an adapter without the port shows a config error', async () => {
      const el = await render<ExampleWidget>(html`<fd-example-widget .adapter=${{}}></fd-example-widget>`);
      expect(el.viewState).to.equal('error');
      expect(textOf(el)).to.contain('isn’t set up correctly');
    });
  });

  describe('locale', () => {
    it('switches to Spanish at runtime from the locale attribute', async () => {
      const adapter = memory();
      adapter.control.fail({ method: 'scheduling.listLocations', kind: 'not-found' });
      const el = await render<ExampleWidget>(html`<fd-example-widget .adapter=${adapter}></fd-example-widget>`);
      expect(textOf(el)).to.contain('couldn’t find');
      el.locale = 'es-MX';
      await waitUntil(() => textOf(el).includes('No encontramos lo que busca'), 'Spanish text never appeared');
      expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('es');
      expect(adapter.control.calls).to.have.length(1);
      el.locale = 'en';
      await settle(el);
      expect(textOf(el)).to.contain('couldn’t find');
    });

    it('follows provider, then page default, then the page lang, then English', async () => {
      const log = captureConsole();
      try {
        const tree = await fixture<HTMLElement>(html`<div lang="es"><fd-example-widget></fd-example-widget><fd-provider locale="en"><fd-example-widget></fd-example-widget></fd-provider></div>`);
        const [byLang, byProvider] = tree.querySelectorAll('fd-example-widget');
        await settle(byLang, 20);
        expect(byLang.resolvedLocale).to.equal('es');
        expect(byProvider.resolvedLocale).to.equal('en');
        configure({ locale: 'en' });
        expect(byLang.resolvedLocale).to.equal('en');
        const provider = tree.querySelector('fd-provider')!;
        provider.locale = 'es';
        await waitUntil(() => textOf(byProvider).includes('no está disponible'), 'Spanish text never appeared');
        expect(byProvider.resolvedLocale).to.equal('es');
        await settle(byProvider, 20);
      } finally {
        log.restore();
      }
    });

    it('time zone: own attribute → provider → page default → browser', async () => {
      const el = await render<ExampleWidget>(html`<fd-example-widget .adapter=${memory()}></fd-example-widget>`);
      expect(el.resolvedTimeZone).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
      configure({ timeZone: 'America/Denver' });
      expect(el.resolvedTimeZone).to.equal('America/Denver');
      el.timeZone = 'Pacific/Honolulu';
      expect(el.resolvedTimeZone).to.equal('Pacific/Honolulu');
    });
  });

  describe('define', () => {
    it('defining a tag twice never throws, and warns once when the class differs', async () => {
      const { ExampleWidget: Widget } = await import('../../stories/support/example-widget.js');
      const log = captureConsole();
      try {
        define('fd-example-widget', Widget);
        define('fd-example-widget', class extends Widget {});
        define('fd-example-widget', class extends Widget {});
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.contain('<fd-example-widget> is already defined');
      } finally {
        log.restore();
      }
    });
  });
});
