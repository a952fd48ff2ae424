import { expect, html, waitUntil } from '@open-wc/testing';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { FrontdeskAdapter } from '../../../src/core/adapter.js';
import type { QuestionnaireResponse } from '../../../src/core/schemas/feedback-fhir.js';
import '../../../src/widgets/feedback-survey/fd-feedback-survey.js';
import type { FeedbackSurvey } from '../../../src/widgets/feedback-survey/feedback-survey.js';
import { captureConsole } from '../../support/console.js';
import { memory, render, settle, textOf, untilState } from '../../support/fixtures.js';

/** Clinical Questionnaires: read-only and calculated items, value sets, pre-filling, wording, the safety notice. */

before(async () => {
  await import('../../../src/core/schemas/feedback.js');
  await import('../../../src/widgets/feedback-survey/fhir.js');
});

type Q = Record<string, unknown>;
// The FHIRPath chunk (221 KB gzip) loads on first use: a busy machine takes seconds, not one.
// The first FHIRPath evaluation in a page loads the engine's chunk: over 1 s on a busy machine, over 6 s
// under two busy loops at load 12 (a reliability run).
const engineLoad = { timeout: 15_000 };
// The memory adapter takes responses for the surveys it knows: these forms borrow the PHQ-9's id.
const questionnaire = (item: Q[], extra: Q = {}): Q => ({ resourceType: 'Questionnaire', id: 'phq9', title: 'Before your visit', status: 'active', item, ...extra });
const ext = (name: string, value: Q): Q => ({ url: `http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-${name}`, ...value });
const fhirpath = (expression: string, name?: string) => ({ valueExpression: { language: 'text/fhirpath', expression, ...(name ? { name } : {}) } });
const serving = (m: MemoryAdapter, q: Q, overrides: Partial<MemoryAdapter['feedback']> = {}): FrontdeskAdapter => ({
  feedback: { ...m.feedback, getSurvey: (() => Promise.resolve(structuredClone(q))) as unknown as MemoryAdapter['feedback']['getSurvey'], ...overrides },
});

async function mount(adapter: FrontdeskAdapter, props: Partial<Pick<FeedbackSurvey, 'kind' | 'launchContext' | 'valueSetTimeout'>> = {}): Promise<FeedbackSurvey> {
  const log = captureConsole();
  try {
    const el = await render<FeedbackSurvey>(html`<fd-feedback-survey
      survey-id="phq9"
      layout="all-on-one-page"
      .adapter=${adapter}
      .kind=${props.kind}
      .launchContext=${props.launchContext}
      .valueSetTimeout=${props.valueSetTimeout ?? 8000}
    ></fd-feedback-survey>`);
    await settle(el);
    await untilState(el);
    return el;
  } finally {
    log.restore();
  }
}

const root = (el: FeedbackSurvey) => el.shadowRoot!;
const submit = async (el: FeedbackSurvey) => {
  root(el).querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
  await settle(el);
};
const response = (m: MemoryAdapter): QuestionnaireResponse | undefined => m.control.feedbackResponses[0]?.submission.response;
const answerOf = (r: QuestionnaireResponse | undefined, linkId: string) => JSON.stringify(r).includes(`"linkId":"${linkId}"`) ? findItem(r?.item ?? [], linkId)?.answer : undefined;
type Item = NonNullable<QuestionnaireResponse['item']>[number];
const findItem = (items: readonly Item[], linkId: string): Item | undefined => {
  for (const i of items) {
    if (i.linkId === linkId) return i;
    const inner = findItem([...(i.item ?? []), ...(i.answer ?? []).flatMap((a) => a.item ?? [])], linkId);
    if (inner) return inner;
  }
  return undefined;
};
/** The radio or checkbox of a question whose label reads `label`. */
const option = (el: FeedbackSurvey, linkId: string, label: string): HTMLInputElement =>
  [...root(el).querySelectorAll<HTMLInputElement>(`input[name="q-${linkId}"]`)].find((i) => i.closest('label')?.textContent.trim() === label)!;
const coding = (code: string, display: string) => ({ valueCoding: { system: 'http://loinc.org', code, display } });

describe('fd-feedback-survey: clinical Questionnaires', function () {
  this.timeout(30_000);
  describe('readOnly', () => {
    const control = (code: string) => ({ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl', valueCodeableConcept: { coding: [{ code }] } });
    const options = [coding('a', 'Apple'), coding('b', 'Banana')];
    const items: Q[] = [
      { linkId: 'boolean', type: 'boolean', text: 'Boolean', initial: [{ valueBoolean: true }] },
      { linkId: 'decimal', type: 'decimal', text: 'Decimal', initial: [{ valueDecimal: 1.5 }] },
      { linkId: 'integer', type: 'integer', text: 'Integer', initial: [{ valueInteger: 2 }] },
      { linkId: 'slider', type: 'integer', text: 'Slider', extension: [control('slider')], initial: [{ valueInteger: 3 }] },
      { linkId: 'date', type: 'date', text: 'Date', initial: [{ valueDate: '2026-01-02' }] },
      { linkId: 'dateTime', type: 'dateTime', text: 'Date and time', initial: [{ valueDateTime: '2026-01-02T10:00:00Z' }] },
      { linkId: 'time', type: 'time', text: 'Time', initial: [{ valueTime: '10:00:00' }] },
      { linkId: 'string', type: 'string', text: 'String', initial: [{ valueString: 'kept' }] },
      { linkId: 'text', type: 'text', text: 'Text', initial: [{ valueString: 'kept too' }] },
      { linkId: 'url', type: 'url', text: 'URL', initial: [{ valueUri: 'https://example.org' }] },
      { linkId: 'quantity', type: 'quantity', text: 'Quantity', initial: [{ valueQuantity: { value: 70, unit: 'kg', code: 'kg' } }] },
      { linkId: 'radio', type: 'choice', text: 'Radio', answerOption: options, initial: [options[0]] },
      { linkId: 'checkbox', type: 'choice', text: 'Checkbox', repeats: true, answerOption: options, initial: [options[0]] },
      { linkId: 'dropdown', type: 'choice', text: 'Drop-down', extension: [control('drop-down')], answerOption: options, initial: [options[0]] },
      { linkId: 'autocomplete', type: 'choice', text: 'Autocomplete', extension: [control('autocomplete')], answerOption: options, initial: [options[0]] },
      { linkId: 'open', type: 'open-choice', text: 'Open choice', answerOption: options, initial: [options[0]] },
    ].map((i) => ({ ...i, readOnly: true }));

    it('every control type is read-only and takes no input: the initial answers are what is sent', async () => {
      const m = memory();
      const el = await mount(serving(m, questionnaire(items)));
      const r = root(el);
      for (const input of r.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox], input[type=range], select')) {
        expect(input.disabled, `${input.type} ${input.name || input.id} disabled`).to.equal(true);
      }
      const typed = [...r.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type=radio]):not([type=checkbox]):not([type=range]), textarea')];
      expect(typed.length, 'decimal, integer, date, dateTime, time, string, text, url, quantity, autocomplete, open-choice “other”').to.equal(11);
      for (const field of typed) expect(field.readOnly, `${field.id || field.type} read-only`).to.equal(true);
      // Whatever events arrive (a script, an extension), a read-only item keeps its value.
      for (const field of typed) {
        field.value = field.type === 'number' ? '99' : field.type === 'date' ? '2030-01-01' : field.type === 'time' ? '11:11' : 'typed';
        field.dispatchEvent(new Event('input'));
        field.dispatchEvent(new Event('change'));
      }
      for (const input of r.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox], input[type=range]')) {
        input.checked = !input.checked;
        input.value = '9';
        input.dispatchEvent(new Event('change'));
        input.dispatchEvent(new Event('input'));
      }
      for (const select of r.querySelectorAll<HTMLSelectElement>('select')) {
        select.value = '1';
        select.dispatchEvent(new Event('change'));
      }
      await el.updateComplete;
      await submit(el);
      await untilState(el, 'submitted');
      const sent = response(m);
      expect(answerOf(sent, 'decimal')).to.deep.equal([{ valueDecimal: 1.5 }]);
      expect(answerOf(sent, 'integer')).to.deep.equal([{ valueInteger: 2 }]);
      expect(answerOf(sent, 'slider')).to.deep.equal([{ valueInteger: 3 }]);
      expect(answerOf(sent, 'string')).to.deep.equal([{ valueString: 'kept' }]);
      expect(answerOf(sent, 'text')).to.deep.equal([{ valueString: 'kept too' }]);
      expect(answerOf(sent, 'date')).to.deep.equal([{ valueDate: '2026-01-02' }]);
      expect(answerOf(sent, 'time')).to.deep.equal([{ valueTime: '10:00:00' }]);
      expect(answerOf(sent, 'url')).to.deep.equal([{ valueUri: 'https://example.org' }]);
      expect(answerOf(sent, 'quantity')).to.deep.equal([{ valueQuantity: { value: 70, unit: 'kg', code: 'kg' } }]);
      expect(answerOf(sent, 'boolean')).to.deep.equal([{ valueBoolean: true }]);
      for (const id of ['radio', 'checkbox', 'dropdown', 'autocomplete', 'open']) expect(answerOf(sent, id), id).to.deep.equal([options[0]]);
    });

    it('a calculated item is text, never a field, and a typed value can never reach the response', async () => {
      const m = memory();
      const items2: Q[] = [
        { linkId: 'a', type: 'integer', text: 'A' },
        { linkId: 'total', type: 'integer', text: 'Total', extension: [ext('calculatedExpression', fhirpath("%resource.item.where(linkId='a').answer.value * 2"))] },
      ];
      const el = await mount(serving(m, questionnaire(items2)));
      expect(root(el).querySelector('#q-total')?.tagName).to.equal('OUTPUT');
      // The first FHIRPath evaluation loads the engine's chunk: over 1 s on a busy machine.
      await waitUntil(() => root(el).querySelector<HTMLElement>('#q-total')?.dataset.status !== 'pending', 'the total is computed', engineLoad);
      const a = root(el).querySelector<HTMLInputElement>('#q-a')!;
      a.value = '21';
      a.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(root(el).querySelector('#q-total')!.textContent.trim(), 'recomputed on the answer').to.equal('42');
      a.value = '5';
      a.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(root(el).querySelector('#q-total')!.textContent.trim()).to.equal('10');
      await submit(el);
      await untilState(el, 'submitted');
      expect(answerOf(response(m), 'total')).to.deep.equal([{ valueInteger: 10 }]);
    });

    it('an expression that cannot be evaluated says "calculated by the practice" in plain words, with no field and nothing sent', async () => {
      const m = memory();
      const items2: Q[] = [
        { linkId: 'a', type: 'string', text: 'A' },
        { linkId: 'risk', type: 'decimal', text: 'Risk', extension: [ext('calculatedExpression', fhirpath('%notDefined.where('))] },
      ];
      const el = await mount(serving(m, questionnaire(items2)));
      await waitUntil(() => root(el).querySelector<HTMLElement>('#q-risk')?.dataset.status === 'failed', 'reported as failed', engineLoad);
      expect(textOf(el)).to.contain('This is calculated by the practice.');
      expect(root(el).querySelector('input#q-risk')).to.equal(null);
      await submit(el);
      await untilState(el, 'submitted');
      expect(response(m)?.item, 'no empty arrays: nothing answered, no item').to.equal(undefined);
    });
  });

  describe('repeating groups', () => {
    const maxOccurs = { url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs', valueInteger: 3 };
    const form = questionnaire([
      {
        linkId: 'relative',
        type: 'group',
        text: 'Relative',
        repeats: true,
        extension: [maxOccurs],
        item: [
          { linkId: 'who', type: 'string', text: 'Who' },
          { linkId: 'disease', type: 'string', text: 'Disease', repeats: true },
        ],
      },
    ]);
    const fields = (el: FeedbackSurvey) => [...root(el).querySelectorAll<HTMLInputElement>('fieldset.group input[aria-label="Who"], fieldset.group input[id^="q-who"]')];
    const typeInto = async (el: FeedbackSurvey, input: HTMLInputElement, text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    };
    const buttons = (el: FeedbackSurvey, part: string) => [...root(el).querySelectorAll<HTMLButtonElement>(`[part~="${part}"]`)];

    it('add and remove instances with buttons named after the group, focus on the new one, maxOccurs respected, each instance in the response', async () => {
      const m = memory();
      const el = await mount(serving(m, form));
      expect(buttons(el, 'remove-button'), 'one instance: nothing to remove').to.have.length(0);
      await typeInto(el, fields(el)[0], 'Mother');
      buttons(el, 'add-button')[0].click();
      await el.updateComplete;
      await el.updateComplete;
      expect(fields(el)).to.have.length(2);
      expect(buttons(el, 'add-button')[0].textContent.trim()).to.equal('Add another: Relative');
      expect(root(el).activeElement, 'focus in the new instance').to.equal(fields(el)[1]);
      await typeInto(el, fields(el)[1], 'Father');
      buttons(el, 'add-button')[0].click();
      await el.updateComplete;
      await typeInto(el, fields(el)[2], 'Sister');
      expect(buttons(el, 'add-button'), 'maxOccurs 3: no more').to.have.length(0);
      expect(buttons(el, 'remove-button').map((b) => b.textContent.trim())).to.deep.equal(['Remove Relative (1)', 'Remove Relative (2)', 'Remove Relative (3)']);
      buttons(el, 'remove-button')[1].click();
      await el.updateComplete;
      expect(fields(el).map((f) => f.value)).to.deep.equal(['Mother', 'Sister']);
      expect(buttons(el, 'add-button')).to.have.length(1);
      await expect(el).to.be.accessible();
      await submit(el);
      await untilState(el, 'submitted');
      const items = response(m)?.item ?? [];
      expect(items.map((i) => i.linkId)).to.deep.equal(['relative', 'relative']);
      expect(items.map((i) => i.item?.[0])).to.deep.equal([
        { linkId: 'who', text: 'Who', answer: [{ valueString: 'Mother' }] },
        { linkId: 'who', text: 'Who', answer: [{ valueString: 'Sister' }] },
      ]);
    });
  });

  describe('attachments', () => {
    const form = questionnaire([
      {
        linkId: 'card',
        type: 'attachment',
        text: 'Your insurance card',
        extension: [
          { url: 'http://hl7.org/fhir/StructureDefinition/maxSize', valueDecimal: 1000 },
          { url: 'http://hl7.org/fhir/StructureDefinition/mimeType', valueCode: 'application/pdf' },
        ],
      },
    ]);
    const attach = async (el: FeedbackSurvey, file: File) => {
      const input = root(el).querySelector<HTMLInputElement>('input[type=file]')!;
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => textOf(el).includes(file.name), 'the file is read');
    };

    it('a file input with the item’s type and size limits, said beside it', async () => {
      const el = await mount(serving(memory(), form));
      const input = root(el).querySelector<HTMLInputElement>('input[type=file]')!;
      expect(input.accept).to.equal('application/pdf');
      expect(textOf(el)).to.contain('application/pdf, up to 1 KB.');
      await expect(el).to.be.accessible();
    });

    it('too large or of another type: refused with a plain message, nothing sent', async () => {
      const m = memory();
      const el = await mount(serving(m, form));
      await attach(el, new File([new Uint8Array(2000)], 'big.pdf', { type: 'application/pdf' }));
      await submit(el);
      expect(textOf(el)).to.contain('This file is too large.');
      await attach(el, new File(['hello'], 'note.txt', { type: 'text/plain' }));
      await submit(el);
      expect(textOf(el)).to.contain('This kind of file can’t be sent here.');
      expect(m.control.feedbackResponses).to.have.length(0);
    });

    it('within the limits: sent as valueAttachment through the port', async () => {
      const m = memory();
      const el = await mount(serving(m, form));
      await attach(el, new File(['%PDF-1.4 card'], 'card.pdf', { type: 'application/pdf' }));
      await submit(el);
      await untilState(el, 'submitted');
      expect(answerOf(response(m), 'card')).to.deep.equal([{ valueAttachment: { contentType: 'application/pdf', title: 'card.pdf', size: 13, data: btoa('%PDF-1.4 card') } }]);
    });
  });

  describe('external value sets', () => {
    const phq = (extra: Q = {}): Q[] => [
      { linkId: 'mood', type: 'choice', text: 'Feeling down?', answerValueSet: 'http://loinc.org/vs/LL358-3', ...extra },
      { linkId: 'name', type: 'string', text: 'Anything else?' },
      { linkId: 'score', type: 'decimal', text: 'Score', extension: [ext('calculatedExpression', fhirpath('%resource.item.answer.value.weight().sum()'))] },
    ];

    it('expanded through the port: the options show, and their ordinalValue scores survive the expansion', async () => {
      const m = memory();
      const el = await mount(serving(m, questionnaire(phq())));
      const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[name="q-mood"]')];
      expect(radios.map((r) => r.parentElement!.textContent.trim())).to.deep.equal(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
      await waitUntil(() => root(el).querySelector<HTMLElement>('#q-score')?.dataset.status !== 'pending', 'the score is computed', engineLoad);
      radios[2].click();
      await el.updateComplete;
      expect(root(el).querySelector('#q-score')!.textContent.trim(), 'ordinalValue of "More than half the days"').to.equal('2');
    });

    it('a value set that fails to expand: that question says it can’t be shown, the rest is answered and sent', async () => {
      const m = memory();
      const el = await mount(serving(m, questionnaire(phq({ answerValueSet: 'https://terminology.invalid/ValueSet/none' }))));
      expect(el.viewState).to.equal('ready');
      expect(textOf(el)).to.contain('Feeling down?').and.to.contain('This question can’t be shown here.');
      const other = root(el).querySelector<HTMLInputElement>('#q-name')!;
      other.value = 'No';
      other.dispatchEvent(new Event('input'));
      await submit(el);
      await untilState(el, 'submitted');
      expect(response(m)?.item?.map((i) => i.linkId)).to.include('name').and.not.to.include('mood');
      await expect(el).to.be.accessible();
    });

    it('a value set that takes too long: the same, within the timeout', async () => {
      const m = memory();
      const never = () => new Promise<never>(() => undefined);
      const started = Date.now();
      const el = await mount(serving(m, questionnaire(phq()), { expandValueSet: never }), { valueSetTimeout: 100 });
      await untilState(el, 'ready');
      expect(Date.now() - started).to.be.below(3000);
      expect(textOf(el)).to.contain('This question can’t be shown here.');
    });

    it('a required question whose value set fails refuses the form, naming it in the patient’s words', async () => {
      const m = memory();
      const el = await mount(serving(m, questionnaire(phq({ required: true, answerValueSet: 'https://terminology.invalid/ValueSet/none' }))));
      expect(el.viewState).to.equal('error');
      expect(textOf(el)).to.contain('Feeling down?').and.not.to.contain('mood');
    });
  });

  describe('answerExpression', () => {
    // The options come from the form's own contained expansion, chosen by an earlier answer.
    const drinks = {
      resourceType: 'ValueSet',
      id: 'drinks',
      status: 'active',
      expansion: {
        contains: [
          { system: 'http://example.org/drinks', code: 'coffee-espresso', display: 'Espresso' },
          { system: 'http://example.org/drinks', code: 'coffee-latte', display: 'Latte' },
          { system: 'http://example.org/drinks', code: 'tea-green', display: 'Green tea' },
        ],
      },
    };
    const all = "%questionnaire.contained.where(id='drinks').expansion.contains";
    const items: Q[] = [
      { linkId: 'coffee', type: 'boolean', text: 'Do you drink coffee?' },
      {
        linkId: 'drink',
        type: 'choice',
        text: 'Which one?',
        extension: [ext('answerExpression', fhirpath(`iif(%resource.item.where(linkId='coffee').answer.value = true, ${all}.where(code.startsWith('coffee')), ${all}.where(code.startsWith('tea')))`))],
      },
    ];

    it('the options are what the expression gives for the answers so far, recomputed on every answer, and the chosen one is sent as a Coding', async () => {
      const m = memory();
      const el = await mount(serving(m, questionnaire(items, { contained: [drinks] })));
      const labels = () => [...root(el).querySelectorAll('[part~="option"]')].map((o) => o.textContent.trim()).filter((l) => l !== 'Yes' && l !== 'No');
      await waitUntil(() => labels().join() === 'Green tea', 'no coffee yet: tea only', engineLoad);
      option(el, 'coffee', 'Yes').click();
      await waitUntil(() => labels().join() === 'Espresso,Latte', 'coffee: the coffee options');
      option(el, 'drink', 'Latte').click();
      await el.updateComplete;
      await submit(el);
      await untilState(el, 'submitted');
      expect(answerOf(response(m), 'drink')).to.deep.equal([{ valueCoding: { system: 'http://example.org/drinks', code: 'coffee-latte', display: 'Latte' } }]);
      await expect(el).to.be.accessible();
    });
    it('an answerExpression that cannot be evaluated: the question says it can’t be shown, the rest is answered and sent', async () => {
      const broken: Q[] = [items[0], { ...items[1], extension: [ext('answerExpression', fhirpath('%resource.item.where(linkId = ).answer'))] }];
      const m = memory();
      const el = await mount(serving(m, questionnaire(broken)));
      await waitUntil(() => root(el).querySelector('#q-drink')?.textContent.includes('can’t be shown'), 'said inside the form', engineLoad);
      expect(root(el).querySelector('input[name="q-drink"]')).to.equal(null);
      option(el, 'coffee', 'No').click();
      await el.updateComplete;
      await submit(el);
      await untilState(el, 'submitted');
      expect(answerOf(response(m), 'coffee')).to.deep.equal([{ valueBoolean: false }]);
      expect(answerOf(response(m), 'drink')).to.equal(undefined);
    });
  });

  describe('pre-filling from the launch context', () => {
    const items: Q[] = [{ linkId: 'given', type: 'string', text: 'First name', extension: [ext('initialExpression', fhirpath('%patient.name.first().given.first()'))] }];
    const launch = { extension: [{ url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-launchContext', extension: [{ url: 'name', valueCoding: { code: 'patient' } }, { url: 'type', valueCode: 'Patient' }] }] };

    it('only when the page gives a context', async () => {
      const without = await mount(serving(memory(), questionnaire(items, launch)));
      await settle(without, 200);
      expect(root(without).querySelector<HTMLInputElement>('#q-given')!.value).to.equal('');
      const el = await mount(serving(memory(), questionnaire(items, launch)), { launchContext: { patient: { resourceType: 'Patient', name: [{ given: ['Ana'] }] } } });
      await waitUntil(() => root(el).querySelector<HTMLInputElement>('#q-given')!.value === 'Ana', 'pre-filled from %patient', engineLoad);
    });
  });

  describe('kind and the safety notice', () => {
    const notice = {
      url: 'https://frontdesk.dev/fhir/StructureDefinition/safety-notice',
      extension: [
        { url: 'text', valueString: 'If you are thinking about hurting yourself, call or text 988 now. In an emergency, call 911.' },
        { url: 'condition', extension: [{ url: 'question', valueString: 'q9' }, { url: 'operator', valueCode: '!=' }, { url: 'answer', valueCoding: { code: 'LA6568-5' } }] },
      ],
    };
    const items: Q[] = [{ linkId: 'q9', type: 'choice', text: 'Thoughts that you would be better off dead?', answerOption: [coding('LA6568-5', 'Not at all'), coding('LA6569-3', 'Several days')] }];
    const form = questionnaire(items, { extension: [notice, { url: 'https://frontdesk.dev/fhir/StructureDefinition/survey-kind', valueCode: 'screening' }] });

    it('shown while its condition holds (an answer above "Not at all"), as an alert', async () => {
      const el = await mount(serving(memory(), form));
      const alert = () => root(el).querySelector('[part~="safety-notice"]')!;
      expect(alert().getAttribute('role')).to.equal('alert');
      expect(alert().textContent.trim()).to.equal('');
      const radios = root(el).querySelectorAll<HTMLInputElement>('input[name="q-q9"]');
      radios[1].click();
      await el.updateComplete;
      expect(alert().textContent).to.contain('988').and.to.contain('911');
      radios[0].click();
      await el.updateComplete;
      expect(alert().textContent.trim()).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('counts only answers the patient can see: an answer whose question is no longer enabled raises no notice', async () => {
      const gated: Q[] = [
        { linkId: 'screen', type: 'boolean', text: 'Would you answer a question about your mood?' },
        { ...items[0], enableWhen: [{ question: 'screen', operator: '=', answerBoolean: true }] },
      ];
      const m = memory();
      const el = await mount(serving(m, questionnaire(gated, { extension: [notice] })));
      const alert = () => root(el).querySelector('[part~="safety-notice"]')!;
      option(el, 'screen', 'Yes').click();
      await el.updateComplete;
      root(el).querySelectorAll<HTMLInputElement>('input[name="q-q9"]')[1].click();
      await el.updateComplete;
      expect(alert().textContent).to.contain('988');
      // The gate closes: q9 is hidden (its answer kept, in case it opens again, but not sent) and so is the notice.
      option(el, 'screen', 'No').click();
      await el.updateComplete;
      expect(root(el).querySelector('input[name="q-q9"]')).to.equal(null);
      expect(alert().textContent.trim()).to.equal('');
      await submit(el);
      await untilState(el, 'submitted');
      expect(answerOf(response(m), 'q9')).to.equal(undefined);
    });

    it('a clinical kind reads as a clinical form: "Submit", then "Your answers were sent to the practice."', async () => {
      const el = await mount(serving(memory(), form));
      expect(root(el).querySelector('[part~="next-button"]')!.textContent.trim()).to.equal('Submit');
      await submit(el);
      await untilState(el, 'submitted');
      expect(textOf(el)).to.contain('Your answers were sent to the practice.').and.not.to.contain('feedback');
      const feedback = await mount(serving(memory(), form), { kind: 'feedback' });
      expect(root(feedback).querySelector('[part~="next-button"]')!.textContent.trim()).to.equal('Send feedback');
    });
  });
});
