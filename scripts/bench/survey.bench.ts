// Render time of a 30-question survey and of PHQ-9: fd-feedback-survey against SurveyJS
// (survey-core + survey-js-ui, the same version pair) rendering the same questions, side by
// side in one page (alternating runs, medians). Each run counts from creating the survey to
// the first frame after every question is in the DOM and laid out. Ours includes fetching
// the definition from the memory adapter, the schema check and building the model.
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { surveyCatalog } from '../../src/adapters/memory/feedback-data.js';
import type { FrontdeskSurvey, Questionnaire } from '../../src/core/schemas/feedback.js';
import '../../src/widgets/feedback-survey/fd-feedback-survey.js';
import type { FeedbackSurvey } from '../../src/widgets/feedback-survey/feedback-survey.js';

const RUNS = 15;
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

type Json = Record<string, unknown>;

/** A Frontdesk question as the SurveyJS question that shows the same thing. */
function surveyJsQuestion(q: FrontdeskSurvey['pages'][number]['questions'][number]): Json {
  const base = { name: q.id, title: q.label, isRequired: q.required ?? false };
  const choices = (q.options ?? []).map((o) => ({ value: o.value, text: o.label }));
  switch (q.type) {
    case 'nps':
      return { ...base, type: 'rating', rateMin: 0, rateMax: 10, minRateDescription: q.minLabel, maxRateDescription: q.maxLabel };
    case 'csat':
      return { ...base, type: 'rating', rateMin: 1, rateMax: 5 };
    case 'ces':
      return { ...base, type: 'rating', rateMin: 1, rateMax: 7 };
    case 'stars':
      return { ...base, type: 'rating', rateType: 'stars', rateMax: 5 };
    case 'radio':
      return { ...base, type: 'radiogroup', choices };
    case 'checkbox':
      return { ...base, type: 'checkbox', choices };
    case 'dropdown':
      return { ...base, type: 'dropdown', choices };
    case 'yes-no':
      return { ...base, type: 'boolean', renderAs: 'radio' };
    case 'textarea':
      return { ...base, type: 'comment' };
    case 'number':
      return { ...base, type: 'text', inputType: 'number' };
    case 'date':
      return { ...base, type: 'text', inputType: 'date' };
    default:
      return { ...base, type: 'text' };
  }
}

/** PHQ-9 for SurveyJS: its drop-downs with the same codes, and the total as a number field. */
function phq9ForSurveyJs(q: Questionnaire): Json {
  const elements = (q.item ?? []).map((i) =>
    i.type === 'choice'
      ? {
          name: i.linkId,
          title: i.text,
          type: 'dropdown',
          isRequired: i.required ?? false,
          choices: (i.answerOption ?? []).map((o) => ({ value: o.valueCoding?.code, text: o.valueCoding?.display })),
        }
      : { name: i.linkId, title: i.text, type: 'text', inputType: 'number' },
  );
  return { title: q.title, pages: [{ elements }] };
}

interface Case {
  name: string;
  surveyId: string;
  surveyJs: Json;
  questions: number;
}

async function ours(c: Case): Promise<number> {
  const adapter = createMemoryAdapter();
  const el: FeedbackSurvey = document.createElement('fd-feedback-survey');
  el.adapter = adapter;
  el.surveyId = c.surveyId;
  el.layout = 'all-on-one-page';
  const start = performance.now();
  document.body.append(el);
  while (el.viewState !== 'ready') await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  const shown = el.shadowRoot!.querySelectorAll('[part~="question"]').length;
  if (shown !== c.questions) throw new Error(`${c.name}: fd-feedback-survey rendered ${shown} of ${c.questions} questions`);
  el.getBoundingClientRect();
  await frame();
  const ms = performance.now() - start;
  el.remove();
  return ms;
}

async function surveyJs(c: Case): Promise<number> {
  const host = document.createElement('div');
  const start = performance.now();
  document.body.append(host);
  const model = new Model(c.surveyJs);
  model.questionsOnPageMode = 'singlePage';
  renderSurvey(model, host);
  while (host.querySelectorAll('.sd-question').length < c.questions) await new Promise((r) => setTimeout(r, 0));
  host.getBoundingClientRect();
  await frame();
  const ms = performance.now() - start;
  host.remove();
  return ms;
}

export async function run() {
  // SurveyJS with its own stylesheet, as a page using it would load it.
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = '/node_modules/survey-core/survey-core.min.css';
  document.head.append(css);
  await new Promise((r) => css.addEventListener('load', r, { once: true }));
  await import('../../src/core/schemas/feedback.js');
  await import('../../src/widgets/feedback-survey/fhir.js');

  const bench30 = surveyCatalog.en['bench-30'] as FrontdeskSurvey;
  const phq9 = surveyCatalog.en.phq9 as Questionnaire;
  const cases: Case[] = [
    { name: '30-question survey', surveyId: 'bench-30', surveyJs: { pages: [{ elements: bench30.pages.flatMap((p) => p.questions).map(surveyJsQuestion) }] }, questions: 30 },
    { name: 'PHQ-9 (FHIR Questionnaire)', surveyId: 'phq9', surveyJs: phq9ForSurveyJs(phq9), questions: 11 },
  ];
  const rows = [];
  for (const c of cases) {
    // Warm both up (code loaded and compiled), then alternate.
    for (let i = 0; i < 3; i++) {
      await ours(c);
      await surveyJs(c);
    }
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      a.push(await ours(c));
      b.push(await surveyJs(c));
    }
    rows.push({ name: `${c.name}: fd-feedback-survey vs SurveyJS`, aMs: median(a), bMs: median(b) });
  }
  return rows;
}
