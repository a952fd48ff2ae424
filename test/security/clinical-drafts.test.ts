import { expect, html } from '@open-wc/testing';
import type { FrontdeskAdapter } from '../../src/core/adapter.js';
import '../../src/widgets/feedback-survey/fd-feedback-survey.js';
import type { FeedbackSurvey } from '../../src/widgets/feedback-survey/feedback-survey.js';
import type { SurveyKind } from '../../src/widgets/feedback-survey/model.js';
import { memory, render, settle } from '../support/fixtures.js';

/**
 * Issue 21: `persist="session"` kept a PHQ-9 draft, self-harm item included, in sessionStorage.
 * A clinical form (intake, screening, or a Questionnaire not marked feedback) is never stored:
 * answers typed or picked (canary values) appear in no sessionStorage, localStorage or IndexedDB
 * entry, and are gone after a reload; a feedback survey still gets its draft back.
 */

before(async () => {
  await import('../../src/core/schemas/feedback.js');
  await import('../../src/widgets/feedback-survey/fhir.js');
});

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

const CANARY_CODE = 'canary-opt-5c1e';
const CANARY_TEXT = 'CANARY-typed-9f2d my knee';

/** A Questionnaire with no `survey-kind`: a picked coding and a typed answer, both canaries. */
const intake = {
  resourceType: 'Questionnaire',
  id: 'canary-form',
  status: 'active',
  title: 'History',
  item: [
    {
      linkId: 'mood',
      type: 'choice',
      text: 'Mood',
      answerOption: [{ valueCoding: { code: 'fine', display: 'Fine' } }, { valueCoding: { code: CANARY_CODE, display: 'Low' } }],
    },
    { linkId: 'notes', type: 'string', text: 'Notes' },
  ],
};

function serving(definition: unknown): FrontdeskAdapter {
  const m = memory();
  return { ...m, feedback: { ...m.feedback, getSurvey: (() => Promise.resolve(structuredClone(definition))) as unknown as typeof m.feedback.getSurvey } };
}

async function mount(surveyId: string, adapter: FrontdeskAdapter, kind?: SurveyKind): Promise<FeedbackSurvey> {
  const el = await render<FeedbackSurvey>(html`<fd-feedback-survey survey-id=${surveyId} layout="all-on-one-page" persist="session" .kind=${kind} .adapter=${adapter}></fd-feedback-survey>`);
  await settle(el);
  return el;
}

/** Every key and value in sessionStorage, localStorage and IndexedDB (names and every record). */
async function everythingStored(): Promise<string> {
  const out: string[] = [];
  for (const store of [sessionStorage, localStorage]) for (const k of Object.keys(store)) out.push(k, store.getItem(k) ?? '');
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    out.push(name);
    const db = await new Promise<IDBDatabase>((ok, fail) => Object.assign(indexedDB.open(name), { onsuccess(this: IDBRequest<IDBDatabase>) { ok(this.result); }, onerror: fail }));
    for (const s of db.objectStoreNames) {
      const all = db.transaction(s).objectStore(s).getAll();
      out.push(JSON.stringify(await new Promise((ok) => (all.onsuccess = () => ok(all.result)))));
    }
    db.close();
  }
  return out.join('\n');
}

const radios = (el: FeedbackSurvey) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const selects = (el: FeedbackSurvey) => [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('select[id]')];
/** What is answered: each checked radio's and each chosen drop-down's question and option. */
const checked = (el: FeedbackSurvey) => [...radios(el).filter((i) => i.checked).map((i) => `${i.name}=${i.value}`), ...selects(el).filter((s) => s.value).map((s) => `${s.id}=${s.value}`)];

/** Picks the last option of every question (the PHQ-9's "Nearly every day", its self-harm item included). */
async function answerAllLast(el: FeedbackSurvey): Promise<string[]> {
  for (const set of el.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('fieldset.question')) {
    const inputs = [...set.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    inputs.at(-1)?.click();
    await el.updateComplete;
  }
  for (const select of selects(el)) {
    select.selectedIndex = select.options.length - 1;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }
  return checked(el);
}

async function type(el: FeedbackSurvey, id: string, text: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#q-${id}`)!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('security: clinical drafts are never stored', () => {
  it('a PHQ-9 (screening) answered in full: nothing stored anywhere, nothing back after a reload', async () => {
    const adapter = memory();
    const first = await mount('phq9', adapter);
    const picked = await answerAllLast(first);
    expect(picked.length, 'all nine items and the difficulty item answered').to.be.greaterThanOrEqual(10);
    await new Promise((r) => setTimeout(r, 50));
    const stored = await everythingStored();
    expect(stored).not.to.contain('phq9');
    expect(stored).not.to.contain('44260-8'); // the self-harm item's linkId
    expect(stored).not.to.contain('LA'); // any LOINC answer code
    first.remove();
    const again = await mount('phq9', adapter);
    expect(selects(again).length).to.be.greaterThanOrEqual(10);
    expect(checked(again), 'no answer restored').to.deep.equal([]);
  });

  it('a Questionnaire with no survey-kind counts as clinical: canary pick and canary text stored nowhere', async () => {
    const adapter = serving(intake);
    const first = await mount('canary-form', adapter);
    radios(first).find((i) => i.value.includes(CANARY_CODE) || i.closest('label')?.textContent?.includes('Low'))!.click();
    await first.updateComplete;
    await type(first, 'notes', CANARY_TEXT);
    await new Promise((r) => setTimeout(r, 50));
    const stored = await everythingStored();
    expect(stored).not.to.contain(CANARY_CODE);
    expect(stored).not.to.contain('CANARY-typed');
    expect(stored).not.to.contain('canary-form');
    first.remove();
    expect(checked(await mount('canary-form', adapter))).to.deep.equal([]);
  });

  it('kind="intake" on a Frontdesk survey: picked answers are not stored either', async () => {
    const adapter = memory();
    const first = await mount('all-types', adapter, 'intake');
    await answerAllLast(first);
    await new Promise((r) => setTimeout(r, 50));
    expect(await everythingStored()).to.equal('');
  });

  it('a draft an older version left for a clinical form is removed, not shown', async () => {
    sessionStorage.setItem('fd-feedback-survey:draft:canary-form', JSON.stringify({ mood: [{ type: 'coding', value: { code: CANARY_CODE } }] }));
    const el = await mount('canary-form', serving(intake));
    expect(checked(el)).to.deep.equal([]);
    expect(sessionStorage.length).to.equal(0);
  });

  it('a feedback survey still gets its picked answers back after a reload (the same Questionnaire marked feedback, and a Frontdesk survey)', async () => {
    const adapter = serving(intake);
    const first = await mount('canary-form', adapter, 'feedback');
    radios(first).at(-1)!.click();
    await first.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(await everythingStored()).to.contain(CANARY_CODE);
    const want = checked(first);
    first.remove();
    expect(checked(await mount('canary-form', adapter, 'feedback'))).to.deep.equal(want);

    const m = memory();
    const survey = await mount('all-types', m);
    const picked = await answerAllLast(survey);
    survey.remove();
    expect(checked(await mount('all-types', m))).to.deep.equal(picked);
  });
});
