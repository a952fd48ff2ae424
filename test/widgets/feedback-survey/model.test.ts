import { expect } from '@open-wc/testing';
import { fc } from '../../support/property.js';
import { phq9Questionnaire } from '../../../src/adapters/memory/data/surveys/phq9.js';
import { vitalSignQuestionnaire } from '../../../src/adapters/memory/data/surveys/vital-sign-questionnaire.js';
import { weightHeightQuestionnaire } from '../../../src/adapters/memory/data/surveys/weight-height-questionnaire.js';
import { Questionnaire, QuestionnaireResponse, type FhirResponseItem } from '../../../src/core/schemas/feedback-fhir.js';
import { FrontdeskSurvey, SurveyDefinition } from '../../../src/core/schemas/feedback.js';
import { enabledIds } from '../../../src/widgets/feedback-survey/conditions.js';
import { hasLowScore, parseThresholds, problemWith, scoreSummary, screensOf, toFrontdeskAnswers } from '../../../src/widgets/feedback-survey/answers.js';
import { fromQuestionnaire, toQuestionnaireResponse } from '../../../src/widgets/feedback-survey/fhir.js';
import { UnrenderableItemError, allQuestions, fromFrontdesk, initialAnswers, type Value } from '../../../src/widgets/feedback-survey/model.js';
import { surveyCatalog } from '../../../src/adapters/memory/feedback-data.js';

const parseQ = (raw: unknown) => Questionnaire.parse(raw);

/** The structure the FHIR R4 spec requires of a QuestionnaireResponse built from a Questionnaire. */
function checkResponse(qr: unknown, questionnaire: ReturnType<typeof parseQ>) {
  const parsed = QuestionnaireResponse.safeParse(qr);
  expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).to.equal(true);
  const byLink = new Map<string, { type: string }>();
  const index = (items: typeof questionnaire.item) => {
    for (const i of items ?? []) {
      byLink.set(i.linkId, i);
      index(i.item);
    }
  };
  index(questionnaire.item);
  const valueKey: Record<string, string[]> = {
    boolean: ['valueBoolean'],
    decimal: ['valueDecimal'],
    integer: ['valueInteger'],
    date: ['valueDate'],
    dateTime: ['valueDateTime'],
    time: ['valueTime'],
    string: ['valueString'],
    text: ['valueString'],
    url: ['valueUri'],
    choice: ['valueCoding', 'valueString', 'valueInteger', 'valueDate', 'valueTime'],
    'open-choice': ['valueCoding', 'valueString', 'valueInteger', 'valueDate', 'valueTime'],
    quantity: ['valueQuantity'],
  };
  const walk = (items: FhirResponseItem[] | undefined) => {
    for (const item of items ?? []) {
      const def = byLink.get(item.linkId);
      expect(def, `linkId ${item.linkId} is in the Questionnaire`).to.exist;
      if (def?.type === 'group') expect(item.answer, 'a group has no answer').to.equal(undefined);
      for (const answer of item.answer ?? []) {
        const keys = Object.keys(answer).filter((k) => k.startsWith('value'));
        expect(keys).to.have.length(1);
        expect(valueKey[def?.type ?? '']).to.include(keys[0]);
        walk(answer.item);
      }
      walk(item.item);
    }
  };
  walk((qr as { item?: FhirResponseItem[] }).item);
}

describe('feedback survey: render model', () => {
  it('every Frontdesk survey of the memory adapter parses and becomes a model', () => {
    for (const survey of Object.values(surveyCatalog.en)) {
      const parsed = SurveyDefinition.safeParse(survey);
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).to.equal(true);
    }
  });

  it('Frontdesk question types map to controls, scales and value types', () => {
    const survey = FrontdeskSurvey.parse(surveyCatalog.en['all-types']);
    const model = fromFrontdesk(survey);
    const byId = Object.fromEntries(allQuestions(model).map((q) => [q.id, q]));
    expect(byId.nps?.options.map((o) => o.label)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(byId.csat?.options).to.have.length(5);
    expect(byId.ces?.options).to.have.length(7);
    expect(byId.stars?.options).to.have.length(5);
    expect(byId.checkbox?.repeats).to.equal(true);
    expect(byId['yes-no']?.valueType).to.equal('boolean');
    expect(byId.number?.valueType).to.equal('decimal');
    expect(byId.date?.valueType).to.equal('date');
  });

  it('PHQ-9: nine required drop-downs, a calculated total with its FHIRPath, and a valid QuestionnaireResponse', () => {
    const q = parseQ(phq9Questionnaire);
    const model = fromQuestionnaire(q);
    const items = allQuestions(model);
    expect(items).to.have.length(11);
    expect(items.filter((i) => i.required)).to.have.length(8);
    expect(items[0]?.control).to.equal('dropdown');
    expect(items[0]?.options.map((o) => o.prefix)).to.deep.equal(['0', '1', '2', '3']);
    expect(model.warnings.join('\n')).not.to.contain('calculatedExpression');
    expect(items.find((i) => i.id === '/44261-6')?.control).to.equal('calculated');
    expect(items.find((i) => i.id === '/44261-6')?.expressions?.variables).to.have.length(11);
    expect(items[0]?.options.map((o) => o.weight)).to.deep.equal([0, 1, 2, 3]);
    const answers: Record<string, Value[]> = {};
    for (const i of items) if (i.options[2]) answers[i.id] = [i.options[2].value];
    const qr = toQuestionnaireResponse(model, answers, '2026-03-10T17:00:00Z');
    checkResponse(qr, q);
    expect(qr.questionnaire).to.equal(undefined);
    expect(qr.item?.[0]).to.deep.equal({
      linkId: '/44250-9',
      text: 'Little interest or pleasure in doing things?',
      answer: [{ valueCoding: { code: 'LA6570-1', display: 'More than half the days' } }],
    });
  });

  it('vital signs: quantities with unit options, decimals with units, and a valid QuestionnaireResponse', () => {
    const q = parseQ(vitalSignQuestionnaire);
    const model = fromQuestionnaire(q);
    const weight = allQuestions(model).find((i) => i.id === '/3141-9');
    expect(weight?.control).to.equal('quantity');
    expect(weight?.units?.map((u) => u.code)).to.deep.equal(['[lb_av]', 'kg']);
    const temp = allQuestions(model).find((i) => i.id === '/8310-5');
    expect(temp?.unit).to.exist;
    const qr = toQuestionnaireResponse(
      model,
      { '/3141-9': [{ type: 'quantity', value: { value: 150, unit: 'lbs', code: '[lb_av]', system: 'http://unitsofmeasure.org' } }], '/8310-5': [{ type: 'decimal', value: 37.1 }] },
      '2026-03-10T17:00:00Z',
    );
    checkResponse(qr, q);
    expect(qr.item).to.have.length(2);
    expect(qr.item?.[0]?.answer?.[0]).to.deep.equal({ valueQuantity: { value: 150, unit: 'lbs', code: '[lb_av]', system: 'http://unitsofmeasure.org' } });
  });

  it('weight and height parses and renders', () => {
    const model = fromQuestionnaire(parseQ(weightHeightQuestionnaire));
    expect(allQuestions(model).length).to.be.greaterThan(3);
  });

  it('groups nest, enableWhen hides answers, contained ValueSets, initial values, SDC extensions', () => {
    const q = parseQ(surveyCatalog.en['fhir-sampler']);
    const model = fromQuestionnaire(q);
    const byId = Object.fromEntries(allQuestions(model).map((i) => [i.id, i]));
    expect(byId.smoker?.control).to.equal('yes-no');
    expect(byId.packs?.enableWhen).to.have.length(1);
    expect(byId.color?.options.map((o) => o.label)).to.deep.equal(['Red', 'Green', 'Blue']);
    expect(byId.color?.control).to.equal('radio');
    expect(byId.color?.orientation).to.equal('horizontal');
    expect(byId.pain?.control).to.equal('slider');
    expect(byId.secret?.hidden).to.equal(true);
    expect(byId.where?.control).to.equal('autocomplete');
    expect(byId.visit?.help).to.be.a('string');
    expect(byId.other?.openChoice).to.equal(true);
    const answers = { ...initialAnswers(model), smoker: [{ type: 'boolean', value: false } as Value], packs: [{ type: 'integer', value: 3 } as Value] };
    const qr = toQuestionnaireResponse(model, answers, '2026-03-10T17:00:00Z');
    checkResponse(qr, q);
    const flat = JSON.stringify(qr);
    expect(flat).not.to.contain('"packs"');
    expect(flat).to.contain('"secret"');
    const group = qr.item?.find((i) => i.linkId === 'habits');
    expect(group?.item?.map((i) => i.linkId)).to.deep.equal(['smoker']);
  });

  it('property: whatever is answered, the QuestionnaireResponse is valid and holds only enabled, answered items', () => {
    const q = parseQ(surveyCatalog.en['fhir-sampler']);
    const model = fromQuestionnaire(q);
    const questions = allQuestions(model).filter((i) => i.control !== 'group' && i.control !== 'display');
    const valueFor = (i: (typeof questions)[number], n: number): Value =>
      i.options.length
        ? i.options[n % i.options.length].value
        : i.valueType === 'boolean'
          ? { type: 'boolean', value: n % 2 === 0 }
          : i.valueType === 'integer' || i.valueType === 'decimal'
            ? { type: i.valueType, value: n }
            : i.valueType === 'quantity'
              ? { type: 'quantity', value: { value: n, code: 'kg' } }
              : { type: i.valueType, value: `v${n}` } as Value;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(questions.length - 1), fc.nat(20)), { maxLength: 20 }), (picks) => {
        const answers: Record<string, Value[]> = {};
        for (const [index, n] of picks) {
          const item = questions[index];
          answers[item.id] = [valueFor(item, n)];
        }
        const qr = toQuestionnaireResponse(model, answers, '2026-03-10T17:00:00Z');
        checkResponse(qr, q);
        const enabled = enabledIds(model.pages[0].items, answers);
        const ids: string[] = [];
        const collect = (items: FhirResponseItem[] | undefined) => {
          for (const i of items ?? []) {
            ids.push(i.linkId);
            collect(i.item);
            for (const a of i.answer ?? []) collect(a.item);
          }
        };
        collect(qr.item);
        for (const id of ids) expect(enabled.has(id), id).to.equal(true);
      }),
    );
  });

  it('an item it cannot show says so in the form; a required one refuses the form, naming every such item', () => {
    const optional = parseQ({ resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'ok', type: 'string', text: 'Fine' }, { linkId: 'vs', type: 'choice', text: 'How often?', answerValueSet: 'http://loinc.org/vs/LL358-3' }] });
    const model = fromQuestionnaire(optional);
    expect(allQuestions(model).map((i) => i.control)).to.deep.equal(['text', 'unavailable']);
    expect(toQuestionnaireResponse(model, { ok: [{ type: 'string', value: 'x' }] }, '2026-03-10T17:00:00Z').item?.map((i) => i.linkId)).to.deep.equal(['ok']);
    const required = parseQ({
      resourceType: 'Questionnaire',
      status: 'active',
      item: [
        { linkId: 'a', type: 'choice', text: 'How often?', required: true, answerValueSet: 'http://loinc.org/vs/LL358-3' },
        { linkId: 'b', type: 'choice', text: 'Which plan?', required: true, answerValueSet: 'https://terminology.invalid/plans' },
      ],
    });
    expect(() => fromQuestionnaire(required)).to.throw(UnrenderableItemError);
    try {
      fromQuestionnaire(required);
    } catch (error) {
      expect((error as UnrenderableItemError).labels).to.deep.equal(['How often?', 'Which plan?']);
    }
  });

  it('Frontdesk answers, scores, low scores and thresholds', () => {
    const model = fromFrontdesk(FrontdeskSurvey.parse(surveyCatalog.en['post-visit']));
    const answers = { nps: [{ type: 'integer', value: 4 } as Value], 'nps-why': [{ type: 'string', value: 'Long wait' } as Value] };
    expect(toFrontdeskAnswers(model, answers).map((a) => a.questionId)).to.include('nps');
    expect(scoreSummary(model, answers)).to.deep.equal({ nps: 4 });
    expect(hasLowScore(model, answers, parseThresholds(undefined))).to.equal(true);
    expect(hasLowScore(model, answers, parseThresholds('nps:3'))).to.equal(false);
    expect(hasLowScore(model, { nps: [{ type: 'integer', value: 9 }] }, parseThresholds(''))).to.equal(false);
  });

  it('validation problems', () => {
    const model = fromFrontdesk(FrontdeskSurvey.parse(surveyCatalog.en['all-types']));
    const byId = Object.fromEntries(allQuestions(model).map((i) => [i.id, i]));
    expect(problemWith(byId.nps, [])).to.equal('required');
    expect(problemWith(byId.number, [{ type: 'decimal', value: 500 }])).to.equal('max');
    expect(problemWith(byId.text, [{ type: 'string', value: 'x'.repeat(200) }])).to.equal('tooLong');
    expect(problemWith(byId.text, [])).to.equal(undefined);
  });

  it('layouts: pages, one per screen, all on one page', () => {
    const model = fromFrontdesk(FrontdeskSurvey.parse(surveyCatalog.en['all-types']));
    const count = model.pages.flatMap((p) => p.items).length;
    expect(screensOf(model, 'one-per-screen')).to.have.length(count);
    expect(screensOf(model, 'all-on-one-page')).to.have.length(1);
    expect(screensOf(model, 'pages')).to.have.length(model.pages.length);
  });
});
