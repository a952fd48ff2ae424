import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/feedback-survey/fd-feedback-survey.js';
import type { FeedbackSurvey } from '../../../src/widgets/feedback-survey/feedback-survey.js';
import { memory, render, settle } from '../../support/fixtures.js';

/**
 * Issue #19: on a phone the 0–10 scale stays on one row, and "Not at all likely" /
 * "Extremely likely" sit under its two ends (it wrapped 0–5 / 6–10, the labels adrift).
 */
describe('fd-feedback-survey: the 0–10 scale on a phone', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 390, 1280]) {
    it(`${width} px: 0–10 on one row inside the widget, end labels at its ends, targets ≥ 24 px apart`, async () => {
      await setViewport({ width, height: 800 });
      const el = await render<FeedbackSurvey>(html`<fd-feedback-survey .adapter=${memory()} survey-id="post-visit" layout="all-on-one-page" trigger="inline"></fd-feedback-survey>`);
      await settle(el);
      const fieldset = el.shadowRoot!.querySelector<HTMLElement>('[data-control="nps"]')!;
      const cells = [...fieldset.querySelectorAll<HTMLElement>('[part~="option"]')].map((o) => o.getBoundingClientRect());
      expect(cells).to.have.length(11);
      expect(new Set(cells.map((c) => Math.round(c.top))).size, 'rows').to.equal(1);
      const box = el.getBoundingClientRect();
      expect(cells[10].right, 'inside the widget').to.be.at.most(box.right + 0.5);
      expect(document.documentElement.scrollWidth, 'no page overflow').to.be.at.most(width);
      for (let i = 1; i < cells.length; i++) expect(cells[i].left - cells[i - 1].left, 'target spacing (WCAG 2.5.8)').to.be.at.least(24);
      const [low, high] = [...fieldset.querySelectorAll<HTMLElement>('[part~="scale-ends"] > span')].map((s) => s.getBoundingClientRect());
      expect(Math.abs(low.left - cells[0].left), '"Not at all likely" starts under 0').to.be.below(2);
      expect(Math.abs(high.right - cells[10].right), '"Extremely likely" ends under 10').to.be.below(2);
    });
  }
});
