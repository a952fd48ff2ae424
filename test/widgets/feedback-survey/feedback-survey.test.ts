import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { FrontdeskAdapter } from '../../../src/core/adapter.js';
import { QuestionnaireResponse } from '../../../src/core/schemas/feedback-fhir.js';
import '../../../src/widgets/feedback-survey/fd-feedback-survey.js';
import type { FeedbackSurvey } from '../../../src/widgets/feedback-survey/feedback-survey.js';
import { captureConsole } from '../../support/console.js';
import { memory, render, settle, textOf, untilState } from '../../support/fixtures.js';

before(async () => {
  await import('../../../src/core/schemas/feedback.js');
  await import('../../../src/widgets/feedback-survey/fhir.js');
});

type Attrs = Partial<Pick<FeedbackSurvey, 'surveyId' | 'touchpoint' | 'layout' | 'locale' | 'persist' | 'lowScore' | 'reviewUrl' | 'anonymous' | 'trigger'>>;

async function mount(attrs: Attrs, adapter: FrontdeskAdapter = memory()): Promise<FeedbackSurvey> {
  const el = await render<FeedbackSurvey>(html`<fd-feedback-survey
    .adapter=${adapter}
    .surveyId=${attrs.surveyId}
    .touchpoint=${attrs.touchpoint}
    .layout=${attrs.layout ?? 'all-on-one-page'}
    .locale=${attrs.locale}
    .persist=${attrs.persist}
    .lowScore=${attrs.lowScore}
    .reviewUrl=${attrs.reviewUrl}
    .anonymous=${attrs.anonymous ?? false}
    .trigger=${attrs.trigger ?? 'inline'}
  ></fd-feedback-survey>`);
  await settle(el);
  return el;
}

const root = (el: FeedbackSurvey) => el.shadowRoot!;
const q = (el: FeedbackSurvey, id: string) => root(el).querySelector<HTMLElement>(`#q-${id}`) ?? root(el).querySelector<HTMLElement>(`[name="q-${id}"]`);
const options = (el: FeedbackSurvey, id: string) => [...root(el).querySelectorAll<HTMLInputElement>(`input[name="q-${id}"]`)];
const pick = async (el: FeedbackSurvey, id: string, key: string) => {
  const input = options(el, id).find((i) => i.value === key);
  expect(input, `option ${key} of ${id}`).to.exist;
  input!.click();
  await el.updateComplete;
};
const type = async (el: FeedbackSurvey, id: string, text: string) => {
  const input = root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`#q-${id}`)!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
};
const choose = async (el: FeedbackSurvey, id: string, key: string) => {
  const select = root(el).querySelector<HTMLSelectElement>(`select#q-${id}`)!;
  select.value = key;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
};
const button = (el: FeedbackSurvey, part: string) => root(el).querySelector<HTMLButtonElement>(`[part~="${part}"]`);
const submit = async (el: FeedbackSurvey) => {
  button(el, 'next-button')!.click();
  await settle(el);
};
const stored = (m: MemoryAdapter) => m.control.feedbackResponses;
const eventOf = <K extends keyof HTMLElementEventMap>(el: Element, name: K) => oneEvent<HTMLElementEventMap[K]>(el, name);

describe('fd-feedback-survey', () => {
  afterEach(() => sessionStorage.clear());

  describe('post-visit NPS survey', () => {
    it('an NPS scale 0–10 with labelled ends, as a fieldset with a legend and one radio group, targets ≥ 44 px', async () => {
      const el = await mount({ touchpoint: 'post-visit' });
      expect(el.viewState).to.equal('ready');
      expect(textOf(el)).to.contain('How was your visit?');
      const scale = root(el).querySelector('fieldset[data-control="nps"]')!;
      expect(scale.querySelector('legend')!.textContent).to.contain('How likely are you to recommend');
      expect(options(el, 'nps').map((i) => i.value)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
      expect(options(el, 'nps').every((i) => i.type === 'radio')).to.equal(true);
      expect(textOf(el)).to.contain('Not at all likely').and.to.contain('Extremely likely');
      expect(scale.getAttribute('aria-describedby')).to.contain('q-nps-ends');
      for (const option of scale.querySelectorAll('.option')) {
        const box = option.getBoundingClientRect();
        expect(box.width).to.be.at.least(44);
        expect(box.height).to.be.at.least(44);
      }
      expect(textOf(el)).to.contain('Please don’t include medical details');
      await expect(el).to.be.accessible();
    });

    it('submits: answers, score summary event, receipt; thank-you screen offers the review link', async () => {
      const m = memory();
      const el = await mount({ touchpoint: 'post-visit' }, m);
      const started = eventOf(el, 'fd-survey-start');
      const answered = eventOf(el, 'fd-survey-answer');
      await pick(el, 'nps', '9');
      expect((await started).detail).to.deep.equal({ surveyId: 'post-visit', touchpoint: 'post-visit' });
      expect((await answered).detail).to.deep.equal({ surveyId: 'post-visit', questionId: 'nps' });
      await type(el, 'nps-why', 'Friendly staff');
      const submitted = eventOf(el, 'fd-survey-submit');
      await submit(el);
      const detail = (await submitted).detail;
      expect(detail).to.deep.equal({ surveyId: 'post-visit', responseId: detail.responseId, touchpoint: 'post-visit', scores: { nps: 9 }, lowScore: false });
      expect(JSON.stringify(detail)).not.to.contain('Friendly');
      await untilState(el, 'submitted');
      expect(stored(m)[0]?.submission.answers).to.deep.equal([
        { questionId: 'nps', values: [9] },
        { questionId: 'nps-why', values: ['Friendly staff'] },
      ]);
      expect(textOf(el)).to.contain('Thank you!');
      await el.updateComplete;
      expect(root(el).activeElement?.id, 'focus on the thanks').to.equal('thanks');
      expect(root(el).querySelector<HTMLAnchorElement>('[part~="review-link"]')!.href).to.equal('https://reviews.example/desert-sage-health');
      expect(textOf(el)).not.to.contain('contact you');
      await expect(el).to.be.accessible();
    });

    it('events: start once, an answer event per choice and per typed field becoming answered (not per keystroke); nothing stored without persist', async () => {
      const el = await mount({ touchpoint: 'post-visit' });
      const seen: string[] = [];
      el.addEventListener('fd-survey-start', () => seen.push('start'));
      el.addEventListener('fd-survey-answer', (e) => seen.push(e.detail.questionId));
      await pick(el, 'nps', '9');
      await pick(el, 'nps', '10');
      await type(el, 'nps-why', 'G');
      await type(el, 'nps-why', 'Go');
      await type(el, 'nps-why', 'Good');
      expect(seen).to.deep.equal(['start', 'nps', 'nps', 'nps-why']);
      expect(sessionStorage.length).to.equal(0);
    });

    it('conditional question appears and disappears without losing other answers; hidden answers are not submitted', async () => {
      const m = memory();
      const el = await mount({ touchpoint: 'post-visit', lowScore: 'nps:0' }, m);
      expect(options(el, 'improve')).to.have.length(0);
      await pick(el, 'nps', '7');
      expect(options(el, 'improve')).to.have.length(4);
      await pick(el, 'improve', 'wait');
      await type(el, 'nps-why', 'Waited long');
      await pick(el, 'nps', '10');
      expect(options(el, 'improve')).to.have.length(0);
      expect((q(el, 'nps-why') as HTMLTextAreaElement).value).to.equal('Waited long');
      await pick(el, 'nps', '8');
      expect(options(el, 'improve').find((i) => i.value === 'wait')!.checked, 'kept while hidden').to.equal(true);
      await pick(el, 'nps', '10');
      await submit(el);
      await untilState(el, 'submitted');
      expect(stored(m)[0]?.submission.answers.map((a) => a.questionId)).to.deep.equal(['nps', 'nps-why']);
    });
  });

  describe('every question type', () => {
    it('renders and submits each Frontdesk type', async () => {
      const m = memory();
      const el = await mount({ surveyId: 'all-types', lowScore: 'nps:-1 csat:-1 ces:-1 stars:-1' }, m);
      for (const [id, control] of [
        ['nps', 'nps'],
        ['csat', 'csat'],
        ['ces', 'ces'],
        ['stars', 'stars'],
        ['radio', 'radio'],
        ['checkbox', 'checkbox'],
        ['yes-no', 'yes-no'],
      ]) {
        expect(root(el).querySelector(`fieldset[data-control="${control}"] input[name="q-${id}"]`), id).to.exist;
      }
      expect(options(el, 'csat')).to.have.length(5);
      expect(options(el, 'ces')).to.have.length(7);
      expect(options(el, 'stars')).to.have.length(5);
      expect(textOf(el)).to.contain('3 stars');
      expect(root(el).querySelector('select#q-dropdown')).to.exist;
      expect(root(el).querySelector('input#q-text[type="text"]')).to.exist;
      expect(root(el).querySelector('textarea#q-textarea')).to.exist;
      expect(root(el).querySelector('input#q-number[type="number"]')).to.exist;
      expect(root(el).querySelector('input#q-date[type="date"]')).to.exist;
      await expect(el).to.be.accessible();
      await pick(el, 'nps', '10');
      await pick(el, 'csat', '4');
      await pick(el, 'ces', '6');
      await pick(el, 'stars', '3');
      expect(root(el).querySelectorAll('[data-control="stars"] .option.lit')).to.have.length(3);
      await pick(el, 'radio', 'o2');
      await pick(el, 'checkbox', 'o1');
      await pick(el, 'checkbox', 'o3');
      await choose(el, 'dropdown', 'o2');
      await pick(el, 'yes-no', 'no');
      await type(el, 'text', 'Quick');
      await type(el, 'textarea', 'All good');
      await type(el, 'number', '15');
      await type(el, 'date', '2026-03-09');
      await submit(el);
      await untilState(el, 'submitted');
      expect(stored(m)[0]?.submission.answers).to.deep.equal([
        { questionId: 'nps', values: [10] },
        { questionId: 'csat', values: [4] },
        { questionId: 'ces', values: [6] },
        { questionId: 'stars', values: [3] },
        { questionId: 'radio', values: ['o2'] },
        { questionId: 'checkbox', values: ['o1', 'o3'] },
        { questionId: 'dropdown', values: ['o2'] },
        { questionId: 'yes-no', values: [false] },
        { questionId: 'text', values: ['Quick'] },
        { questionId: 'textarea', values: ['All good'] },
        { questionId: 'number', values: [15] },
        { questionId: 'date', values: ['2026-03-09'] },
      ]);
    });

    it('required and validation messages: tied to the field, focus moves to the first problem', async () => {
      const m = memory();
      const el = await mount({ surveyId: 'all-types' }, m);
      await type(el, 'number', '999');
      await submit(el);
      expect(el.viewState).to.equal('ready');
      expect(stored(m)).to.have.length(0);
      expect(textOf(el)).to.contain('Please answer this question.').and.to.contain('This number is too large.').and.to.contain('2 answers need another look.');
      const first = options(el, 'nps')[0];
      expect(first.getAttribute('aria-invalid')).to.equal('true');
      expect(root(el).querySelector('fieldset[data-control="nps"]')!.getAttribute('aria-describedby')).to.contain('q-nps-error');
      expect(root(el).activeElement).to.equal(first);
      await expect(el).to.be.accessible();
      await pick(el, 'nps', '5');
      expect(textOf(el)).not.to.contain('Please answer this question.');
    });
  });

  describe('layout and navigation', () => {
    it('reflows at 320 px: the NPS scale wraps, nothing scrolls sideways', async () => {
      const wrapper = document.createElement('div');
      wrapper.style.width = '320px';
      document.body.append(wrapper);
      const el = await mount({ surveyId: 'all-types' });
      wrapper.append(el);
      await settle(el);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(root(el).querySelector('[part~="base"]')!.scrollWidth).to.be.at.most(320);
      wrapper.remove();
    });

    it('one question per screen: progress, Next validates, Back keeps answers', async () => {
      const el = await mount({ touchpoint: 'post-visit', layout: 'one-per-screen' });
      expect(textOf(el)).to.contain('Step 1 of 2');
      await submit(el);
      expect(textOf(el)).to.contain('Please answer this question.');
      await pick(el, 'nps', '9');
      await submit(el);
      expect(textOf(el)).to.contain('Step 2 of 2');
      expect(root(el).activeElement?.id).to.equal('progress');
      await type(el, 'nps-why', 'Kind nurse');
      button(el, 'back-button')!.click();
      await el.updateComplete;
      expect(options(el, 'nps').find((i) => i.checked)?.value).to.equal('9');
      await submit(el);
      expect((q(el, 'nps-why') as HTMLTextAreaElement).value).to.equal('Kind nurse');
    });

    it('auto layout follows the viewport: one per screen when narrow, the survey’s pages when wide, answers kept', async () => {
      await setViewport({ width: 800, height: 600 });
      try {
        const el = await mount({ surveyId: 'all-types', layout: 'auto' });
        expect(textOf(el)).to.contain('Step 1 of 3');
        const first = options(el, 'nps')[0];
        expect(first, 'the NPS question is on the first page').to.exist;
        await pick(el, 'nps', '8');
        await setViewport({ width: 360, height: 640 });
        await waitUntil(() => !textOf(el).includes('Step 1 of 3'), 'the layout did not follow the viewport');
        expect(textOf(el)).to.match(/Step 1 of \d\d/);
        expect(options(el, 'nps').find((i) => i.checked)?.value).to.equal('8');
        await setViewport({ width: 800, height: 600 });
        await waitUntil(() => textOf(el).includes('Step 1 of 3'), 'the layout did not come back');
        expect(options(el, 'nps').find((i) => i.checked)?.value).to.equal('8');
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('pages: the survey’s own pages with titles', async () => {
      const el = await mount({ surveyId: 'all-types', layout: 'pages' });
      expect(textOf(el)).to.contain('Step 1 of 3').and.to.contain('Ratings');
      expect(q(el, 'radio')).to.equal(null);
    });

    it('keyboard only: arrows choose on the scale, Enter sends', async () => {
      const m = memory();
      const el = await mount({ touchpoint: 'post-booking' }, m);
      options(el, 'csat')[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(options(el, 'csat').find((i) => i.checked)?.value).to.equal('4');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Easy' });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(button(el, 'next-button'));
      await sendKeys({ press: 'Enter' });
      await untilState(el, 'submitted');
      expect(stored(m)[0]?.submission.answers).to.deep.equal([
        { questionId: 'csat', values: [4] },
        { questionId: 'comment', values: ['Easy'] },
      ]);
    });
  });

  describe('never lose an answer', () => {
    it('a failed submit keeps every answer; the retry reuses the key and submits once', async () => {
      const m = memory();
      m.control.fail({ method: 'feedback.submit', kind: 'unavailable', times: 4 });
      const el = await mount({ touchpoint: 'post-visit' }, m);
      await pick(el, 'nps', '9');
      await type(el, 'nps-why', 'Great');
      const failed = eventOf(el, 'fd-error');
      await submit(el);
      expect((await failed).detail.kind).to.equal('unavailable');
      await untilState(el, 'submit-failed');
      expect(textOf(el)).to.contain('Your answers were not sent yet');
      expect(options(el, 'nps').find((i) => i.checked)?.value).to.equal('9');
      expect((q(el, 'nps-why') as HTMLTextAreaElement).value).to.equal('Great');
      await expect(el).to.be.accessible();
      m.control.clearFaults();
      await submit(el);
      await untilState(el, 'submitted');
      const keys = new Set(m.control.calls.filter((c) => c.method === 'feedback.submit').map((c) => c.idempotencyKey));
      expect(keys.size).to.equal(1);
      expect(stored(m)).to.have.length(1);
    });

    it('a lost answer (the server stored it, the reply never came) is not submitted twice', async () => {
      const m = memory();
      let calls = 0;
      const flaky: FrontdeskAdapter = {
        feedback: {
          ...m.feedback,
          submit: async (input) => {
            const receipt = await m.feedback.submit(input);
            if (++calls === 1) throw new TypeError('Failed to fetch');
            return receipt;
          },
        },
      };
      const el = await mount({ touchpoint: 'post-booking' }, flaky);
      await pick(el, 'csat', '5');
      await submit(el);
      await untilState(el, 'submitted');
      expect(calls).to.be.at.least(2);
      expect(stored(m)).to.have.length(1);
    });

    it('a locale switch keeps every answer', async () => {
      const el = await mount({ touchpoint: 'post-visit' });
      await pick(el, 'nps', '6');
      await type(el, 'nps-why', 'Slow');
      el.locale = 'es';
      await settle(el, 20);
      await settle(el, 20);
      expect(textOf(el)).to.contain('¿Cómo fue su visita?');
      expect(options(el, 'nps').find((i) => i.checked)?.value).to.equal('6');
      expect((q(el, 'nps-why') as HTMLTextAreaElement).value).to.equal('Slow');
      expect(options(el, 'improve')).to.have.length(4);
    });

    it('answers survive a re-render and being moved in the page', async () => {
      const el = await mount({ touchpoint: 'post-visit' });
      await pick(el, 'nps', '8');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      el.requestUpdate();
      await settle(el);
      expect(options(el, 'nps').find((i) => i.checked)?.value).to.equal('8');
    });

    it('persist="session": picked answers survive a reload, typed text is never stored, the draft is cleared on submit', async () => {
      const m = memory();
      const first = await mount({ touchpoint: 'post-visit', persist: 'session' }, m);
      await pick(first, 'nps', '7');
      await pick(first, 'improve', 'billing');
      await type(first, 'nps-why', 'My name is Jane and my knee hurts');
      const raw = Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k)).join('\n');
      expect(raw).to.contain('billing');
      expect(raw).not.to.contain('Jane');
      first.remove();
      const again = await mount({ touchpoint: 'post-visit', persist: 'session' }, m);
      expect(options(again, 'nps').find((i) => i.checked)?.value).to.equal('7');
      expect(options(again, 'improve').find((i) => i.checked)?.value).to.equal('billing');
      await submit(again);
      await untilState(again, 'submitted');
      expect(sessionStorage.length).to.equal(0);
    });
  });

  describe('closing the loop', () => {
    it('a low score offers a follow-up with the practice’s contact options; the review link is offered all the same', async () => {
      const m = memory();
      const el = await mount({ touchpoint: 'post-visit' }, m);
      await pick(el, 'nps', '3');
      const followUp = root(el).querySelector('[part~="follow-up"]')!;
      expect(followUp.textContent).to.contain('Would you like someone from our team to contact you?');
      expect([...followUp.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:6025550142', 'mailto:feedback@desertsage.example']);
      await expect(el).to.be.accessible();
      followUp.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      const submitted = eventOf(el, 'fd-survey-submit');
      await submit(el);
      expect((await submitted).detail.lowScore).to.equal(true);
      await untilState(el, 'submitted');
      expect(stored(m)[0]?.submission.contactRequested).to.equal(true);
      expect(textOf(el)).to.contain('Someone from our team will contact you.');
      expect(root(el).querySelector('[part~="review-link"]'), 'no review gating').to.exist;
    });

    it('thresholds are configurable', async () => {
      const el = await mount({ touchpoint: 'post-visit', lowScore: 'nps:2' });
      await pick(el, 'nps', '3');
      expect(root(el).querySelector('[part~="follow-up"]')).to.equal(null);
    });

    it('CSAT ≤ 2 without a request: the thank-you screen says sorry with the contact options; the review link is still offered', async () => {
      const el = await mount({ touchpoint: 'post-booking', reviewUrl: 'https://reviews.example/x' });
      await pick(el, 'csat', '2');
      await submit(el);
      await untilState(el, 'submitted');
      expect(textOf(el)).to.contain('We’re sorry we fell short');
      expect(root(el).querySelector<HTMLAnchorElement>('[part~="review-link"]')!.href).to.equal('https://reviews.example/x');
    });

    it('anonymous: no patient context is sent and no "contact me" is offered', async () => {
      const m = memory();
      const el = await mount({ touchpoint: 'post-visit', anonymous: true }, m);
      el.context = { locationId: 'phoenix', appointmentId: 'appt-1' };
      await pick(el, 'nps', '2');
      expect(root(el).querySelector('[part~="follow-up"] input')).to.equal(null);
      expect(textOf(el)).to.contain('This survey is anonymous');
      await submit(el);
      await untilState(el, 'submitted');
      expect(stored(m)[0]?.submission.context).to.equal(undefined);
      expect(stored(m)[0]?.submission.contactRequested).to.equal(undefined);
    });
  });

  describe('FHIR Questionnaires', () => {
    it('PHQ-9 renders every item, computes its total live (read-only, never typed), and sends a valid QuestionnaireResponse', async () => {
      const log = captureConsole();
      const m = memory();
      let el: FeedbackSurvey;
      try {
        el = await mount({ surveyId: 'phq9' }, m);
      } finally {
        log.restore();
      }
      expect(log.warnings.join('\n')).not.to.contain('calculatedExpression');
      expect(root(el).querySelectorAll('select')).to.have.length(10);
      // The total is calculated (FHIRPath): text, no field the patient could type in.
      expect(root(el).querySelector('input:not([type=hidden])'), 'no typed field at all').to.equal(null);
      const total = () => root(el).querySelector<HTMLOutputElement>('[data-control="calculated"] output')!;
      await waitUntil(() => total().dataset.status !== 'pending', 'the FHIRPath engine loads');
      expect(textOf(el)).to.contain('Little interest or pleasure in doing things?');
      expect(textOf(el)).not.to.contain('Please don’t include medical details');
      await expect(el).to.be.accessible();
      for (const select of root(el).querySelectorAll<HTMLSelectElement>('select')) {
        select.value = '1';
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
      }
      // Nine answers "Several days" (ordinalValue 1): the total is 9, in its unit without braces.
      expect(total().textContent.trim()).to.equal('9 score');
      await submit(el);
      await untilState(el, 'submitted');
      const response = stored(m)[0]?.submission.response;
      expect(QuestionnaireResponse.safeParse(response).success).to.equal(true);
      expect(response?.questionnaire, 'no canonical url, no questionnaire reference').to.equal(undefined);
      expect(response?.item).to.have.length(11);
      expect(response?.item?.find((i) => i.linkId === '/44261-6')?.answer).to.deep.equal([{ valueDecimal: 9 }]);
      expect(response?.item?.[0]?.answer?.[0]).to.deep.equal({ valueCoding: { code: 'LA6569-3', display: 'Several days' } });
      expect(stored(m)[0]?.submission.answers[0]).to.deep.equal({ questionId: '/44250-9', values: ['LA6569-3'] });
    });

    it('PHQ-9 requires its required items', async () => {
      const el = await mount({ surveyId: 'phq9' });
      await submit(el);
      expect(textOf(el)).to.contain('8 answers need another look.');
    });

    it('vital signs: decimals with units, quantities with a unit choice, a valid QuestionnaireResponse', async () => {
      const m = memory();
      const el = await mount({ surveyId: 'vital-signs' }, m);
      await expect(el).to.be.accessible();
      await type(el, '_473141-9', '150');
      await type(el, '_478310-5', '37.2');
      await submit(el);
      await untilState(el, 'submitted');
      const response = stored(m)[0]?.submission.response;
      expect(QuestionnaireResponse.safeParse(response).success).to.equal(true);
      expect(response?.item?.map((i) => i.linkId)).to.deep.equal(['/3141-9', '/8310-5']);
      expect(response?.item?.[0]?.answer?.[0]).to.deep.equal({ valueQuantity: { value: 150, unit: 'lbs', system: 'http://unitsofmeasure.org', code: '[lb_av]' } });
      expect(response?.item?.[1]?.answer?.[0]).to.deep.equal({ valueDecimal: 37.2 });
    });

    it('groups, enableWhen, contained ValueSet, slider, autocomplete, open-choice, hidden and read-only items', async () => {
      const m = memory();
      const el = await mount({ surveyId: 'fhir-sampler' }, m);
      expect(root(el).querySelector('fieldset.group legend')!.textContent).to.contain('Habits');
      expect(q(el, 'packs')).to.equal(null);
      await pick(el, 'smoker', 'yes');
      expect(q(el, 'packs')).to.exist;
      await type(el, 'packs', '2');
      expect(options(el, 'color').map((i) => i.parentElement!.textContent.trim())).to.deep.equal(['Red', 'Green', 'Blue']);
      expect(root(el).querySelector('input#q-pain[type="range"]')).to.exist;
      expect(root(el).querySelector('input#q-where[list]')).to.exist;
      expect(textOf(el)).not.to.contain('Channel');
      expect((q(el, 'source') as HTMLInputElement).readOnly).to.equal(true);
      expect(textOf(el)).to.contain('A few words are enough.');
      await type(el, 'where', 'Albuquerque');
      await type(el, 'allergies', 'Penicillin');
      expect(root(el).querySelector('#q-allergies-1'), 'a field for the next answer').to.exist;
      const second = root(el).querySelector<HTMLInputElement>('#q-allergies-1')!;
      second.value = 'Latex';
      second.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(root(el).querySelector('#q-allergies-2')).to.exist;
      await type(el, 'when', '2026-03-09T08:30');
      await type(el, 'wake', '06:45');
      await type(el, 'site', 'not a url');
      await submit(el);
      expect(textOf(el)).to.contain('Enter a web address starting with https://');
      await type(el, 'site', 'https://example.org/info');
      await pick(el, 'color', '2');
      await expect(el).to.be.accessible();
      await submit(el);
      await untilState(el, 'submitted');
      const response = stored(m)[0]?.submission.response;
      expect(QuestionnaireResponse.safeParse(response).success).to.equal(true);
      const flat = JSON.stringify(response);
      expect(flat).to.contain('"linkId":"packs"').and.to.contain('"valueInteger":2');
      expect(flat).to.contain('"valueString":"Albuquerque"');
      expect(flat).to.contain(`"valueDateTime":"${new Date('2026-03-09T08:30').toISOString()}"`);
      expect(flat).to.contain('"linkId":"allergies","text":"Allergies","answer":[{"valueString":"Penicillin"},{"valueString":"Latex"}]');
      expect(flat).to.contain('"valueTime":"06:45:00"').and.to.contain('"valueUri":"https://example.org/info"');
      expect(flat).to.contain('"linkId":"secret"');
      expect(response?.item?.find((i) => i.linkId === 'habits')?.item?.map((i) => i.linkId)).to.deep.equal(['smoker', 'packs']);
    });

    it('required items it cannot show: a clear error naming each in the patient’s words, never a silently dropped question', async () => {
      const m = memory();
      const questionnaire = {
        resourceType: 'Questionnaire',
        id: 'scan',
        status: 'active',
        item: [
          { linkId: 'q1', type: 'string', text: 'Name' },
          { linkId: 'upload-1', type: 'choice', text: 'Your insurance plan', required: true, answerValueSet: 'https://terminology.invalid/ValueSet/plans' },
          { linkId: 'upload-2', type: 'choice', text: 'Your pharmacy', required: true, answerValueSet: 'https://terminology.invalid/ValueSet/pharmacies' },
        ],
      };
      const adapter: FrontdeskAdapter = { feedback: { ...m.feedback, getSurvey: (() => Promise.resolve(questionnaire)) as unknown as typeof m.feedback.getSurvey } };
      const log = captureConsole();
      let el: FeedbackSurvey;
      try {
        el = await mount({ surveyId: 'scan' }, adapter);
      } finally {
        log.restore();
      }
      expect(el.viewState).to.equal('error');
      expect(textOf(el)).to.contain('2 required questions').and.to.contain('Your insurance plan').and.to.contain('Your pharmacy');
      expect(textOf(el)).not.to.contain('upload-');
      expect(log.errors.join('\n')).to.contain('upload-1');
      await expect(el).to.be.accessible();
    });
  });

  describe('errors', () => {
    it('a schema-invalid survey shows the error state and fires fd-error', async () => {
      const log = captureConsole();
      try {
        const errored = new Promise<HTMLElementEventMap['fd-error']>((resolve) => document.body.addEventListener('fd-error', (e) => resolve(e), { once: true }));
        const el = await mount({ touchpoint: 'post-visit' }, memory({ scenario: 'invalid' }));
        expect(el.viewState).to.equal('error');
        expect((await errored).detail.kind).to.equal('invalid-response');
        expect(textOf(el)).to.contain('We received information we couldn’t read');
        await expect(el).to.be.accessible();
      } finally {
        log.restore();
      }
    });

    it('neither survey-id nor touchpoint: a configuration error naming the fix', async () => {
      const log = captureConsole();
      try {
        const el = await mount({ touchpoint: undefined });
        expect(el.viewState).to.equal('error');
        expect(textOf(el)).to.contain('isn’t set up correctly');
        expect(log.errors.join('\n')).to.contain('needs a survey-id or a touchpoint');
      } finally {
        log.restore();
      }
    });

    it('an unknown survey says so', async () => {
      const el = await mount({ surveyId: 'nope' });
      expect(el.viewState).to.equal('error');
      expect(textOf(el)).to.contain('We couldn’t find');
    });
  });

  describe('Spanish', () => {
    it('the survey, scale words, hint, validation and thank-you in Spanish', async () => {
      const el = await mount({ touchpoint: 'post-visit', locale: 'es' });
      await settle(el, 20);
      expect(textOf(el)).to.contain('¿Cómo fue su visita?').and.to.contain('Nada probable').and.to.contain('No incluya detalles médicos');
      await submit(el);
      expect(textOf(el)).to.contain('Responda esta pregunta.');
      await expect(el).to.be.accessible();
      await pick(el, 'nps', '2');
      expect(textOf(el)).to.contain('¿Le gustaría que alguien de nuestro equipo');
      await submit(el);
      await untilState(el, 'submitted');
      expect(textOf(el)).to.contain('¡Gracias!').and.to.contain('Escribir una reseña');
    });
  });

  describe('trigger="prompt"', () => {
    it('waits for a page event, opens a prompt, then loads the survey with the event’s ids as context', async () => {
      const m = memory();
      const el = await mount({ touchpoint: 'post-booking', trigger: 'prompt' }, m);
      expect(el.viewState).to.equal('idle');
      expect(m.control.calls.filter((c) => c.method === 'feedback.getSurvey')).to.have.length(0);
      document.body.dispatchEvent(
        new CustomEvent('fd-booking-confirm', { bubbles: true, composed: true, detail: { appointmentId: 'a-1', confirmationCode: 'ABC', locationId: 'phoenix', visitTypeId: 'sick' } }),
      );
      await untilState(el, 'prompt');
      expect(textOf(el)).to.contain('How did it go?');
      await expect(el).to.be.accessible();
      button(el, 'start-button')!.click();
      await untilState(el, 'ready');
      await pick(el, 'csat', '5');
      await submit(el);
      await untilState(el, 'submitted');
      expect(stored(m)[0]?.submission.context).to.deep.equal({ appointmentId: 'a-1', locationId: 'phoenix', visitTypeId: 'sick' });
    });

    it('"Not now" closes the prompt', async () => {
      const el = await mount({ touchpoint: 'post-chat', trigger: 'prompt' });
      el.open();
      await untilState(el, 'prompt');
      button(el, 'dismiss-button')!.click();
      await el.updateComplete;
      expect(el.viewState).to.equal('dismissed');
    });
  });
});
