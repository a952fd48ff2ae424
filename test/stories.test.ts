import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { FrontdeskElement } from '../src/core/element.js';
import { errorKinds } from '../src/core/errors.js';
import { frame } from '../stories/support/story.js';
import { captureConsole } from './support/console.js';
import { useHandlers } from './support/msw.js';
import { settle } from './support/fixtures.js';
import { storyArgs, storyCases, storyHandlers, storyTemplate, type StoryCase } from './support/stories.js';

/**
 * Stories are test cases: every story in every file of `test/support/stories.ts` is rendered
 * in the frame Storybook's decorator uses (page + `<fd-provider locale theme>`), and must
 * reach the state it declares, report the error kind it declares, log nothing unexpected
 * and pass axe.
 */

const locale = (c: StoryCase) => (c.story.globals?.locale === 'es' ? 'es' : 'en');
const theme = (c: StoryCase) => (c.story.globals?.theme === 'dark' ? 'dark' : 'light');

const NO_ADAPTER = 'has no adapter';

describe('stories', () => {
  const cases = storyCases();

  it('finds stories, each with a unique id', () => {
    expect(cases.length).to.be.greaterThan(0);
    const ids = cases.map((c) => `${c.meta.title}/${c.name}`);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('Foundation/Shared states has a story for each base view state and each error kind a read can end in', () => {
    const shared = cases.filter((c) => c.meta.title === 'Foundation/Shared states').map((c) => c.story.parameters?.frontdesk);
    const views = new Set(shared.map((s) => s?.view));
    const kinds = new Set(shared.map((s) => s?.error));
    expect([...views].sort()).to.include.members(['empty', 'error', 'loading', 'not-configured', 'ready']);
    // `invalid-input` answers a write (a form the patient filled in); widgets with forms show it in their own stories.
    expect(errorKinds.filter((k) => k !== 'invalid-input' && !kinds.has(k)), 'error kinds without a story').to.deep.equal([]);
  });

  for (const c of cases) {
    const settings = c.story.parameters?.frontdesk;
    describe(`${c.meta.title} › ${c.name}`, () => {
      it(settings ? `settles in "${settings.view}"${settings.error ? ` (${settings.error})` : ''} and passes axe` : 'renders and passes axe', async () => {
        const log = captureConsole();
        try {
          const reported: string[] = [];
          // "Network" stories bring msw handlers, as Storybook's msw addon would install them.
          const handlers = storyHandlers(c.story.parameters?.msw);
          if (handlers.length) await useHandlers(...handlers);
          const host = await fixture<HTMLElement>(
            html`<div @fd-error=${(e: HTMLElementEventMap['fd-error']) => reported.push(e.detail.kind)}>
              ${frame(storyTemplate(c), { locale: locale(c), theme: theme(c) })}
            </div>`,
          );
          // A story that reaches its state by interaction (CSF3 `play`) is played as Storybook would.
          await c.story.play?.({ canvasElement: host, args: storyArgs(c) });

          if (settings) {
            // The widget: the meta's `component`, else the first fd-* element the story renders.
            const widgets = [...host.querySelectorAll<FrontdeskElement>(c.meta.component ?? 'fd-provider *')];
            const el = widgets.find((w) => w.localName.startsWith('fd-') && 'viewState' in w);
            if (!el) throw new Error(`${c.name} rendered no Frontdesk widget.`);

            if (settings.view === 'loading') {
              await settle(el, 50);
            } else {
              await waitUntil(() => el.viewState !== undefined && el.viewState !== 'loading', `${c.name} never left "loading"`, {
                timeout: 5000,
              });
            }
            await settle(el, 20); // the not-configured console error waits a task
            expect(el.viewState, 'view state').to.equal(settings.view);
            expect(el.matches(`:state(${settings.view})`), `:state(${settings.view})`).to.equal(true);
            expect(el.getAttribute('aria-busy') ?? el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy')).to.equal(
              settings.view === 'loading' ? 'true' : 'false',
            );
            expect(reported, 'fd-error kinds').to.deep.equal(settings.error ? [settings.error] : []);
            expect(el.resolvedLocale, 'locale').to.equal(settings.locale ?? 'en');
            expect(el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang')).to.equal(settings.locale ?? 'en');
            expect(host.querySelector('fd-provider')?.theme, 'provider theme').to.equal(settings.theme ?? 'light');
            expect(getComputedStyle(el).colorScheme, 'color-scheme').to.equal(settings.theme ?? 'light');

            const unexpected = log.errors.filter((m) => !settings.logs.some((allowed) => m.includes(allowed)) && !m.includes(NO_ADAPTER));
            expect(unexpected, 'unexpected console errors').to.deep.equal([]);
            const noAdapter = log.errors.filter((m) => m.includes(NO_ADAPTER));
            expect(noAdapter, 'not-configured console errors').to.have.length(settings.view === 'not-configured' ? 1 : 0);
          } else {
            await settle(host, 20);
            expect(log.errors, 'console errors').to.deep.equal([]);
          }

          await expect(host).to.be.accessible();
        } finally {
          log.restore();
        }
      });
    });
  }
});
