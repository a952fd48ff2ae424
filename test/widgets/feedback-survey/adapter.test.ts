import { expect } from '@open-wc/testing';
import { memory } from '../../support/fixtures.js';
import { runAdapterContractTests } from '../../../src/testing/contract.js';

// The contract for the feedback port alone (the other ports have their own suites).
runAdapterContractTests('memory feedback port', () => ({ feedback: memory().feedback }), { ports: ['feedback'] });

describe('memory feedback port', () => {
  it('finds surveys by touchpoint and in Spanish, falls back to English', async () => {
    const { feedback } = memory();
    const en = (await feedback.getSurvey({ touchpoint: 'post-visit' })) as { title: string };
    const es = (await feedback.getSurvey({ touchpoint: 'post-visit', locale: 'es-MX' })) as { title: string };
    const fhir = (await feedback.getSurvey({ surveyId: 'phq9', locale: 'es' })) as { resourceType: string };
    expect(en.title).to.equal('How was your visit?');
    expect(es.title).to.equal('¿Cómo fue su visita?');
    expect(fhir.resourceType).to.equal('Questionnaire');
  });

  it('a repeated submit key answers the first receipt and stores one response', async () => {
    const m = memory();
    const input = { surveyId: 'post-visit', answers: [{ questionId: 'nps', values: [9] }], idempotencyKey: 'k1' };
    const first = await m.feedback.submit(input);
    const again = await m.feedback.submit(input);
    expect(again).to.deep.equal(first);
    expect(m.control.feedbackResponses).to.have.length(1);
  });
});
