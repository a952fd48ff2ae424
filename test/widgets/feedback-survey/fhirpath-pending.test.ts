import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { FrontdeskAdapter } from '../../../src/core/adapter.js';
import '../../../src/widgets/feedback-survey/fd-feedback-survey.js';
import type { FeedbackSurvey } from '../../../src/widgets/feedback-survey/feedback-survey.js';
import { captureConsole } from '../../support/console.js';
import { memory, render, settle, untilState } from '../../support/fixtures.js';

/**
 * A Questionnaire's calculated score is part of what is sent: a PHQ-9 answered and submitted
 * while the FHIRPath chunk is still loading waits for it and sends the total. The test server
 * holds the chunk (web-test-runner.config.mjs, `fd-hold-fhirpath`) until the test lets it go, so
 * that it is still loading when the patient submits (checked: that is what makes the test able to
 * fail). Nothing here imports the chunk.
 */

const release = (): Promise<number> => executeServerCommand<number, string>('fd-release-fhirpath', navigator.userAgent).then((n) => n ?? 0);

before(() => {
  document.cookie = 'fd-hold-fhirpath=1; path=/';
});
after(async () => {
  document.cookie = 'fd-hold-fhirpath=; path=/; max-age=0';
  await release();
});

describe('fd-feedback-survey: calculated values and the FHIRPath chunk', () => {
  it('a PHQ-9 submitted before the chunk has loaded waits for it, then sends its total score', async function () {
    this.timeout(45_000);
    const raw = (await (await fetch('/test/fixtures/fhir-questionnaires/phq9.json')).json()) as Record<string, unknown>;
    const m = memory();
    // The memory adapter takes responses for the surveys it knows: the real form borrows its PHQ-9's id.
    const adapter: FrontdeskAdapter = { feedback: { ...m.feedback, getSurvey: (() => Promise.resolve({ ...raw, id: 'phq9' })) as unknown as typeof m.feedback.getSurvey } };
    const log = captureConsole();
    let el: FeedbackSurvey;
    try {
      el = await render<FeedbackSurvey>(html`<fd-feedback-survey survey-id="phq9" layout="all-on-one-page" .adapter=${adapter}></fd-feedback-survey>`);
      await settle(el);
    } finally {
      log.restore();
    }
    const root = el.shadowRoot!;
    // Every question (drop-downs) "Several days" (ordinalValue 1): the total is 9 once the chunk is in.
    const questions = [...root.querySelectorAll<HTMLSelectElement>('select[id]')].filter((s) => [...s.options].some((o) => o.textContent.includes('Several days')));
    expect(questions.length).to.equal(9);
    for (const select of questions) {
      select.selectedIndex = [...select.options].findIndex((o) => o.textContent.includes('Several days'));
      select.dispatchEvent(new Event('change'));
    }
    await el.updateComplete;
    const total = () => root.querySelector<HTMLElement>('[data-control="calculated"] output')!;
    // The precondition that makes this test able to fail: the score cannot be worked out yet when the patient submits.
    expect(total().dataset.status, 'the chunk is still loading when the patient submits').to.equal('pending');
    root.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
    await el.updateComplete;
    if (total().dataset.status === 'pending') {
      expect(m.control.feedbackResponses.length, 'nothing is sent without the score').to.equal(0);
      expect(root.querySelector('[part~="next-button"]')!.getAttribute('aria-disabled'), 'the button waits').to.equal('true');
    }

    // Let the chunk go (the request may still be on its way to the server: on a loaded machine,
    // seconds; a run under two busy loops took over 5).
    for (const until = Date.now() + 15_000; total().dataset.status === 'pending' && Date.now() < until && !(await release()); ) await new Promise((r) => setTimeout(r, 100));
    await untilState(el, 'submitted', 15_000);
    expect(m.control.feedbackResponses.length).to.equal(1);
    const sent = JSON.stringify(m.control.feedbackResponses[0]?.submission.response);
    expect(sent, 'the total score (LOINC 44261-6) is in the response').to.match(/"linkId":"\/44261-6"[^}]*"answer":\[\{"value(Decimal|Quantity)":(9|\{"value":9)/);
  });
});
