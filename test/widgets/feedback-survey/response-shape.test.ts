import { expect } from '@open-wc/testing';
import { Questionnaire, QuestionnaireResponse } from '../../../src/core/schemas/feedback-fhir.js';
import { fromQuestionnaire, toQuestionnaireResponse } from '../../../src/widgets/feedback-survey/fhir.js';

// The QuestionnaireResponse's shape where response-nesting.test.ts does not look: repeated
// answers with children, an unanswered parent, empty groups, the canonical reference.
const questionnaire = Questionnaire.parse({
  resourceType: 'Questionnaire',
  url: 'https://example.org/Questionnaire/intake',
  version: '2',
  status: 'active',
  item: [
    { linkId: 'drugs', text: 'Medicines', type: 'string', repeats: true, item: [{ linkId: 'dose', text: 'Dose', type: 'string' }] },
    { linkId: 'allergy', text: 'Allergies?', type: 'boolean', item: [{ linkId: 'which', text: 'Which?', type: 'string' }] },
    { linkId: 'extra', text: 'More', type: 'group', item: [{ linkId: 'note', text: 'Note', type: 'string' }] },
  ],
});
const when = '2026-03-10T17:00:00Z';
const s = (value: string) => ({ type: 'string' as const, value });

describe('QuestionnaireResponse: shape', () => {
  it('children go under the first of several answers only; an unanswered parent keeps its answered children; an empty group is left out', () => {
    const qr = toQuestionnaireResponse(fromQuestionnaire(questionnaire), { drugs: [s('aspirin'), s('ibuprofen')], dose: [s('1 a day')], which: [s('penicillin')] }, when);
    expect(QuestionnaireResponse.safeParse(qr).success).to.equal(true);
    expect(qr.item).to.deep.equal([
      { linkId: 'drugs', text: 'Medicines', answer: [{ valueString: 'aspirin', item: [{ linkId: 'dose', text: 'Dose', answer: [{ valueString: '1 a day' }] }] }, { valueString: 'ibuprofen' }] },
      { linkId: 'allergy', text: 'Allergies?', item: [{ linkId: 'which', text: 'Which?', answer: [{ valueString: 'penicillin' }] }] },
    ]);
  });

  it('names the Questionnaire by its canonical URL and version', () => {
    const qr = toQuestionnaireResponse(fromQuestionnaire(questionnaire), { note: [s('x')] }, when);
    expect(qr.questionnaire).to.equal('https://example.org/Questionnaire/intake|2');
    expect(qr.item).to.deep.equal([{ linkId: 'extra', text: 'More', item: [{ linkId: 'note', text: 'Note', answer: [{ valueString: 'x' }] }] }]);
  });
});
