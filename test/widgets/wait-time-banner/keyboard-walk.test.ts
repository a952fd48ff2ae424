import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/wait-time-banner/fd-wait-time-banner.js';
import type { WaitTimeBanner } from '../../../src/widgets/wait-time-banner/wait-time-banner.js';
import { FakeTimers } from '../../support/fake-timers.js';
import { FIXED_NOW, memory } from '../../support/fixtures.js';
import { deepActive, describeFocus, isButton, press, tabTo, textOf } from '../../support/keys.js';
import { liveLog } from '../../support/live.js';

/**
 * The wait banner by keys alone (no `focus()`, no `click()`): Tab from the page to Pause,
 * Enter pauses (said once; the label changes and nothing else), on to the clinic's actions,
 * back with Shift+Tab and Space resumes (said once). Focus never falls to the page.
 */
describe('fd-wait-time-banner: keys only', () => {
  it('pause and resume by keys, each said once; the check-in action reached and fired by Enter', async () => {
    const clock = new FakeTimers(FIXED_NOW);
    const adapter = memory({ now: clock.now });
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button>Before the banner</button>
      <fd-wait-time-banner .adapter=${adapter} .timers=${clock} location="phoenix" actions="check-in book" locale="en"></fd-wait-time-banner>
    </div>`);
    const el = wrapper.querySelector<WaitTimeBanner>('fd-wait-time-banner')!;
    for (let i = 0; i < 50 && el.viewState !== 'ready'; i++) await clock.advance(0);
    expect(el.viewState).to.equal('ready');
    const said = liveLog(el);
    const actions: string[] = [];
    el.addEventListener('fd-wait-time-action', (e) => actions.push((e as CustomEvent<{ action: string }>).detail.action));
    wrapper.querySelector('button')!.focus(); // the page's own starting point; everything after is keys

    const pause = await tabTo(isButton('Pause updates'), 'Pause updates');
    await press('Enter');
    await waitUntil(() => el.paused, 'not paused');
    await el.updateComplete;
    expect(deepActive(), `focus stayed on the pause control, not ${describeFocus()}`).to.equal(pause);
    expect(textOf(pause)).to.equal('Resume updates');
    expect(pause.hasAttribute('aria-pressed'), 'a changing label and aria-pressed say the state twice').to.equal(false);
    await waitUntil(() => said.count('Updates paused.') === 1, `paused not said once: ${JSON.stringify(said.said)}`);

    // On to the clinic's own actions, and Enter on the first one fires it.
    const action = await tabTo((e) => e.matches('[part~=action]'), 'the clinic’s actions', 12);
    await press('Enter');
    await waitUntil(() => actions.length === 1, `the action "${textOf(action)}" did nothing`);

    // Back to Resume with Shift+Tab; Space resumes, said once.
    await tabTo(isButton('Resume updates'), 'Resume updates', 12, 'Shift+Tab');
    await press('Space');
    await waitUntil(() => !el.paused, 'not resumed');
    await waitUntil(() => said.count('Updates resumed.') === 1, `resumed not said once: ${JSON.stringify(said.said)}`);
    expect(said.count('Updates paused.')).to.equal(1);
    said.stop();
  });
});
