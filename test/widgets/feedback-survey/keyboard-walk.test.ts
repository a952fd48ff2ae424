import { expect, html, waitUntil } from '@open-wc/testing';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/widgets/feedback-survey/fd-feedback-survey.js';
import type { FeedbackSurvey } from '../../../src/widgets/feedback-survey/feedback-survey.js';
import { memory, render, settle, untilState } from '../../support/fixtures.js';
import { deepActive, describeFocus, focusReaches, isButton, press, tabTo, textOf, typeText } from '../../support/keys.js';
import { liveLog } from '../../support/live.js';

/**
 * The survey by keys alone (no `focus()`, no `click()`): from the page's Tab order into the
 * 0–10 scale, arrows to a score, Tab to the comment, type, Tab to Send, Enter. After every
 * key focus is somewhere with a visible ring; the thank-you takes focus and is said once.
 */

const stored = (m: MemoryAdapter) => m.control.feedbackResponses;

async function mount(layout: 'all-on-one-page' | 'one-per-screen'): Promise<{ el: FeedbackSurvey; m: MemoryAdapter; before: HTMLButtonElement }> {
  const m = memory();
  const wrapper = await render<HTMLDivElement>(html`<div>
    <button>Before the survey</button>
    <fd-feedback-survey .adapter=${m} touchpoint="post-visit" layout=${layout} locale="en"></fd-feedback-survey>
  </div>`);
  const el = wrapper.querySelector('fd-feedback-survey')!;
  await untilState(el);
  return { el, m, before: wrapper.querySelector('button')! };
}

const scoreChecked = (el: FeedbackSurvey) => el.shadowRoot!.querySelector<HTMLInputElement>('input[name="q-nps"]:checked')?.value;

describe('fd-feedback-survey: keys only', () => {
  it('all on one page: Tab into the scale, arrows to 9, Tab and type, Enter on Send; the thanks take focus and are said once', async () => {
    const { el, m, before } = await mount('all-on-one-page');
    const said = liveLog(el);
    before.focus(); // the page's own starting point; everything after is keys
    await tabTo((e) => e.matches('input[name="q-nps"]'), 'the 0–10 scale');
    // Nothing is chosen by arriving; arrows choose (the APG radio group).
    expect(scoreChecked(el)).to.equal(undefined);
    for (let i = 0; i < 9; i++) await press('ArrowRight');
    await waitUntil(() => scoreChecked(el) === '9', `score is ${scoreChecked(el)}`);
    await tabTo((e) => e.localName === 'textarea', 'the reason for the score');
    await typeText('Quick and kind');
    await tabTo((e) => e.matches('[part~=next-button]') || isButton(/Send/)(e), 'Send');
    await press('Enter');
    await waitUntil(() => el.viewState === 'submitted', `not sent (at ${el.viewState}, focus on ${describeFocus()})`, { timeout: 4000 });
    await focusReaches((e) => /Thank you/.test(textOf(e)), 'the thank-you');
    expect(said.count(/Thank you/), JSON.stringify(said.said)).to.be.at.most(1);
    expect(document.activeElement).to.not.equal(document.body);
    const [submission] = stored(m);
    expect(submission?.submission.answers).to.deep.equal([
      { questionId: 'nps', values: [9] },
      { questionId: 'nps-why', values: ['Quick and kind'] },
    ]);
    said.stop();
  });

  it('one per screen: Next by Enter moves focus to the next question, the step is said once, Back by keys keeps the answer', async () => {
    const { el, m, before } = await mount('one-per-screen');
    const said = liveLog(el);
    before.focus();
    await tabTo((e) => e.matches('input[name="q-nps"]'), 'the 0–10 scale');
    for (let i = 0; i < 6; i++) await press('ArrowRight');
    await waitUntil(() => scoreChecked(el) === '6');
    await tabTo((e) => e.matches('[part~=next-button]'), 'Next');
    await press('Enter');
    // The next screen: focus on its question (never the page), the step said once.
    await focusReaches((e) => e.localName === 'textarea' || e.matches('[tabindex="-1"]'), 'the second question');
    const step2 = said.said.filter((s) => /Step 2 of \d/.test(s));
    expect(step2.length, JSON.stringify(said.said)).to.be.at.most(1);
    await tabTo((e) => e.matches('[part~=back-button]') || isButton('Back')(e), 'Back', 10);
    await press('Enter');
    await focusReaches((e) => e.matches('input[name="q-nps"]') || e.matches('[tabindex="-1"]'), 'the first question again');
    await waitUntil(() => scoreChecked(el) === '6', 'the score was lost going back');
    // Forward to the end by keys: Next through every screen, then Send.
    for (let screen = 0; screen < 6 && el.viewState !== 'submitted'; screen++) {
      await tabTo((e) => e.matches('[part~=next-button]'), `Next (screen ${screen + 1})`);
      await press('Enter');
      await settle(el);
    }
    await waitUntil(() => el.viewState === 'submitted', `not sent (at ${el.viewState})`, { timeout: 4000 });
    expect(deepActive()).to.not.equal(null);
    expect(stored(m)).to.have.length(1);
    said.stop();
  });
});
