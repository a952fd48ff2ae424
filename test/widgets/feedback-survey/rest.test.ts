import { expect, html } from '@open-wc/testing';
import { http } from 'msw';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import { QuestionnaireResponse } from '../../../src/core/schemas/feedback-fhir.js';
import { restHandlers } from '../../../src/mocks/rest-handlers.js';
import { runAdapterContractTests } from '../../../src/testing/contract.js';
import '../../../src/widgets/feedback-survey/fd-feedback-survey.js';
import type { FeedbackSurvey } from '../../../src/widgets/feedback-survey/feedback-survey.js';
import { memory, render, settle, untilState } from '../../support/fixtures.js';
import { useHandlers } from '../../support/msw.js';

const BASE = '/api/frontdesk';

runAdapterContractTests(
  'rest feedback port (msw over memory)',
  async () => {
    await useHandlers(...restHandlers(BASE, memory()));
    return { feedback: createRestAdapter({ baseUrl: BASE, eventSource: false }).feedback };
  },
  { ports: ['feedback'] },
);

interface Captured {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

describe('fd-feedback-survey over REST', () => {
  it('GET /surveys?touchpoint, POST /survey-responses with an Idempotency-Key; no answer and no patient context in any URL', async () => {
    const seen: Captured[] = [];
    const m = memory();
    await useHandlers(
      http.all(`${BASE}/*`, async ({ request }) => {
        const text = await request.clone().text();
        seen.push({ method: request.method, url: new URL(request.url), headers: request.headers, body: text ? (JSON.parse(text) as unknown) : undefined });
        return undefined;
      }),
      ...restHandlers(BASE, m),
    );
    const adapter = createRestAdapter({ baseUrl: BASE, eventSource: false });
    const el = await render<FeedbackSurvey>(html`<fd-feedback-survey .adapter=${adapter} survey-id="phq9" layout="all-on-one-page" .context=${{ locationId: 'phoenix' }}></fd-feedback-survey>`);
    await settle(el);
    for (const select of el.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')) {
      select.value = '2';
      select.dispatchEvent(new Event('change'));
    }
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
    await untilState(el, 'submitted');
    expect(seen.map((r) => `${r.method} ${r.url.pathname}`)).to.deep.equal(['GET /api/frontdesk/surveys/phq9', 'POST /api/frontdesk/survey-responses']);
    const post = seen[1];
    expect(post.headers.get('idempotency-key')).to.match(/\S{8,}/);
    expect(post.url.search).to.equal('');
    expect(QuestionnaireResponse.safeParse((post.body as { response: unknown }).response).success).to.equal(true);
    expect(m.control.feedbackResponses[0]?.submission.context).to.deep.equal({ locationId: 'phoenix' });
  });
});
