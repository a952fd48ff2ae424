import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http, type HttpHandler } from 'msw';
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { joinUrl, restPaths } from '../../src/adapters/rest/paths.js';
import type { FeedbackSubmission } from '../../src/core/schemas/feedback.js';
import '../../src/widgets/feedback-survey/fd-feedback-survey.js';
import type { FeedbackSurvey } from '../../src/widgets/feedback-survey/feedback-survey.js';
import { BASE, behavioursFor, busyOf, rawServerText, serveWithFault, type MatrixChecks } from '../support/fault-matrix.js';

export const SURVEY_GET = 'survey GET /surveys';
export const SURVEY_POST = 'survey POST /survey-responses';
export const SURVEY_COLUMNS = [SURVEY_GET, SURVEY_POST];

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** The survey's lost response: the server stored it under the request's key, then the connection dropped. */
function lostFirstSubmit(_method: 'get' | 'post', path: string, backend: MemoryAdapter): HttpHandler[] {
  let delivered = false;
  return [
    http.post(joinUrl(BASE, path), async ({ request }) => {
      if (delivered) return undefined;
      delivered = true;
      const body = (await request.clone().json()) as FeedbackSubmission;
      await backend.feedback.submit({ ...body, idempotencyKey: request.headers.get('idempotency-key') ?? '' });
      return HttpResponse.error();
    }),
  ];
}

/**
 * The feedback survey's columns: loading the touchpoint's survey, and sending a response —
 * whatever the server does, the answers stay on screen and a response is stored at most once.
 */
export function surveyColumns({ cell, expectLocalizedError, expectHonestLoading }: MatrixChecks): void {
  before(async () => {
    await import('../../src/core/schemas/feedback.js');
  });

  describe(SURVEY_GET, () => {
    for (const behaviour of behavioursFor('read')) {
      it(behaviour.name, async () => {
        await cell(behaviour, SURVEY_GET, async () => {
          const { adapter } = await serveWithFault(behaviour, 'get', restPaths.surveys);
          const el = await fixture<FeedbackSurvey>(html`<fd-feedback-survey .adapter=${adapter} touchpoint="post-visit" locale="en"></fd-feedback-survey>`);
          const timeout = behaviour.timeoutMs ?? 5000;
          if (behaviour.outcome === 'pending') return expectHonestLoading(el);
          if (behaviour.outcome === 'ready') {
            await waitUntil(() => el.viewState === 'ready', `stuck at ${el.viewState}`, { timeout });
            expect(text(el)).to.contain('How was your visit?');
            return;
          }
          await waitUntil(() => el.viewState === 'error', `stuck at ${el.viewState}`, { timeout });
          await expectLocalizedError(el, 1000);
          expect(text(el)).not.to.match(rawServerText);
          expect(busyOf(el)).to.equal('false');
        });
      });
    }
  });

  describe(SURVEY_POST, () => {
    for (const original of behavioursFor('write')) {
      const behaviour = original.outcome === 'once' ? { ...original, handlers: lostFirstSubmit } : original;
      it(behaviour.name, async () => {
        await cell(behaviour, SURVEY_POST, async () => {
          const { adapter, backend } = await serveWithFault(behaviour, 'post', restPaths.surveyResponses);
          const el = await fixture<FeedbackSurvey>(html`<fd-feedback-survey .adapter=${adapter} touchpoint="post-booking" locale="en"></fd-feedback-survey>`);
          await waitUntil(() => el.viewState === 'ready', `survey never loaded: ${el.viewState}`, { timeout: 3000 });
          const five = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="q-csat"][value="5"]')!;
          five.click();
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=next-button]')!.click();
          await el.updateComplete;
          const timeout = behaviour.timeoutMs ?? 5000;
          const kept = () => expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name="q-csat"][value="5"]')?.checked, 'the answer is kept').to.equal(true);
          if (behaviour.outcome === 'pending') {
            const until = performance.now() + 1000;
            while (performance.now() < until) {
              expect(el.viewState).to.equal('submitting');
              expect(text(el)).to.contain('Sending…');
              kept();
              await new Promise((r) => setTimeout(r, 100));
            }
            return;
          }
          if (behaviour.outcome === 'ready' || behaviour.outcome === 'once') {
            await waitUntil(() => el.viewState === 'submitted', `stuck at ${el.viewState}`, { timeout });
            expect(backend.control.feedbackResponses).to.have.length(1);
            return;
          }
          await waitUntil(() => el.viewState === 'submit-failed', `stuck at ${el.viewState}`, { timeout });
          await expectLocalizedError(el, 1000);
          expect(text(el)).not.to.match(rawServerText);
          expect(text(el)).to.contain('Your answers were not sent yet');
          kept();
          expect(busyOf(el)).to.equal('false');
        });
      });
    }
  });
}
