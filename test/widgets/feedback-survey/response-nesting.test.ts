import { expect } from '@open-wc/testing';
import { Questionnaire, QuestionnaireResponse } from '../../../src/core/schemas/feedback-fhir.js';
import { fromQuestionnaire, toQuestionnaireResponse } from '../../../src/widgets/feedback-survey/fhir.js';

// A question with child questions (R4: the children's answers nest under the parent's answer,
// `item[].answer[].item[]`, never beside the answer at the item level).
const questionnaire = Questionnaire.parse({
  resourceType: 'Questionnaire',
  status: 'active',
  item: [
    {
      linkId: 'smoker',
      text: 'Do you smoke?',
      type: 'boolean',
      item: [{ linkId: 'packs', text: 'Packs a day?', type: 'integer' }],
    },
    { linkId: 'visit', text: 'Reason for the visit', type: 'string' },
  ],
});

describe('QuestionnaireResponse: children of a question', () => {
  it('nest under the question’s first answer (answer.item), not at the item level', () => {
    const model = fromQuestionnaire(questionnaire);
    const qr = toQuestionnaireResponse(
      model,
      { smoker: [{ type: 'boolean', value: true }], packs: [{ type: 'integer', value: 2 }], visit: [{ type: 'string', value: 'Cough' }] },
      '2026-03-10T17:00:00Z',
    );
    expect(QuestionnaireResponse.safeParse(qr).success).to.equal(true);
    expect(qr.item).to.deep.equal([
      { linkId: 'smoker', text: 'Do you smoke?', answer: [{ valueBoolean: true, item: [{ linkId: 'packs', text: 'Packs a day?', answer: [{ valueInteger: 2 }] }] }] },
      { linkId: 'visit', text: 'Reason for the visit', answer: [{ valueString: 'Cough' }] },
    ]);
  });
});
