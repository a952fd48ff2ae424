import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { restHandlers } from '../../src/mocks/rest-handlers.js';
import '../../src/widgets/appointment-picker/fd-appointment-picker.js';
import type { AppointmentPicker } from '../../src/widgets/appointment-picker/appointment-picker.js';
import '../../src/widgets/chat-launcher/fd-chat-launcher.js';
import '../../src/widgets/cost-estimator/fd-cost-estimator.js';
import type { CostEstimator } from '../../src/widgets/cost-estimator/cost-estimator.js';
import '../../src/widgets/feedback-survey/fd-feedback-survey.js';
import type { FeedbackSurvey } from '../../src/widgets/feedback-survey/feedback-survey.js';
import '../../src/widgets/wait-time-banner/fd-wait-time-banner.js';
import type { WaitTimeBanner } from '../../src/widgets/wait-time-banner/wait-time-banner.js';
import { FIXED_NOW, memory, textOf, untilState } from '../support/fixtures.js';
import { useHandlers } from '../support/msw.js';
import { PickerPage, adapterPatient, bookThroughAdapter, patientDraft } from '../support/picker-page.js';
import { inPanel, openPanel, mountLauncher, panelOf, panelText, type } from '../widgets/chat-launcher/support.js';

/**
 * Request validation (issue #14): every request the widgets send in their main flows, through
 * the REST adapter, is recorded as it leaves the page and checked in Node against openapi.yaml
 * by Stoplight Prism's request validator (test/openapi/request-validator.mjs) — not by our zod
 * schemas. The server behind is msw over the memory adapter.
 */

const BASE = '/api/requests';

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}
interface Checked {
  operationId?: string;
  request: string;
  violations: string[];
}

const sent: Sent[] = [];
const recording: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  const body = request.method === 'GET' ? '' : await request.clone().text();
  sent.push({
    method: request.method,
    url: url.pathname.slice(BASE.length) + url.search,
    headers: Object.fromEntries(request.headers),
    ...(body ? { body } : {}),
  });
  return fetch(request);
};

async function serve(backend: MemoryAdapter) {
  await useHandlers(...restHandlers(BASE, backend));
  return createRestAdapter({ baseUrl: BASE, eventSource: false, chatPollMs: 100, fetch: recording });
}

const check = (requests: Sent[]) => executeServerCommand<Checked[], Sent[]>('fd-openapi-requests', requests);

/** Every operation a widget's main flow must have sent (the brief's list), by operationId. */
const flows: Record<string, string[]> = {
  'picker: book, with a hold released': ['listLocations', 'listVisitTypes', 'findSlots', 'holdSlot', 'releaseHold', 'book'],
  'picker: look-up, reschedule, cancel': ['findAppointment', 'holdSlot', 'reschedule', 'cancel'],
  'survey: a draft on each step, then send': ['getSurveyForTouchpoint', 'saveDraft', 'submitSurvey'],
  'chat: start, send, read, end': ['getChatAvailability', 'startConversation', 'sendMessage', 'getChatEvents', 'markRead', 'endConversation'],
  'chat: leave a message': ['getChatAvailability', 'leaveMessage'],
  'estimator: price search, charges': ['searchServices', 'listCategories', 'listPlans', 'getCharges'],
  'banner: wait times': ['getWaitTimes'],
};

const results: Record<string, Checked[]> = {};

async function run(flow: string, body: () => Promise<void>): Promise<void> {
  sent.length = 0;
  await body();
  const checked = await check([...sent]);
  results[flow] = checked;
  const seen = new Set(checked.map((c) => c.operationId));
  expect(flows[flow].filter((op) => !seen.has(op)), 'operations the flow never sent').to.deep.equal([]);
  expect(checked.filter((c) => c.violations.length).map((c) => `${c.request}: ${c.violations.join('; ')}`)).to.deep.equal([]);
}

describe('every request the widgets send validates against openapi.yaml (Prism)', () => {
  beforeEach(() => sessionStorage.clear());
  after(async () => {
    const rows = Object.entries(results).map(([flow, c]) => `${flow.padEnd(40)} ${String(c.length).padStart(4)} requests, ${c.filter((x) => x.violations.length).length} violations`);
    await executeServerCommand('fd-print', `request validation (${navigator.userAgent.includes('Firefox') ? 'firefox' : 'chromium'}):\n${rows.join('\n')}`);
  });

  const picker = async (backend: MemoryAdapter, mode: 'book' | 'manage') =>
    new PickerPage(
      await fixture<AppointmentPicker>(
        html`<fd-appointment-picker .adapter=${await serve(backend)} .now=${() => FIXED_NOW} mode=${mode} visit-type="sick" location="phoenix"></fd-appointment-picker>`,
      ),
    );

  it('picker: book, with a hold released', async () => {
    await run('picker: book, with a hold released', async () => {
      const page = await picker(memory({ latencyMs: 0 }), 'book');
      await page.toDetails();
      page.button('Back').click();
      await page.toDetails(1);
      await page.submitDetails(patientDraft);
      await page.at('review');
      page.button('Book appointment').click();
      await page.at('done');
    });
  });

  it('picker: look-up, reschedule, cancel', async () => {
    await run('picker: look-up, reschedule, cancel', async () => {
      const backend = memory({ latencyMs: 0 });
      const booked = await bookThroughAdapter(backend, FIXED_NOW);
      const page = await picker(backend, 'manage');
      await page.lookUp(booked.confirmationCode, adapterPatient.birthDate);
      await page.at('manage');
      page.button('Choose a new time').click();
      await page.pickTime(1);
      await page.at('review');
      page.button('Move my appointment').click();
      await page.at('done');
      page.button(/Change or cancel/).click();
      await page.at('manage');
      page.button('Cancel appointment').click();
      await page.at('cancel');
      page.button('Yes, cancel it').click();
      await page.at('cancelled');
    });
  });

  it('survey: a draft on each step, then send', async () => {
    await run('survey: a draft on each step, then send', async () => {
      const adapter = await serve(memory({ latencyMs: 0 }));
      const el = await fixture<FeedbackSurvey>(
        html`<fd-feedback-survey .adapter=${adapter} touchpoint="post-visit" layout="one-per-screen" persist="server"></fd-feedback-survey>`,
      );
      await untilState(el);
      const next = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next-button"]')!;
      for (let step = 0; step < 20 && el.viewState !== 'submitted'; step++) {
        const choice = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]:not(:checked)');
        if (choice && !el.shadowRoot!.querySelector('input[type=radio]:checked')) choice.click();
        await el.updateComplete;
        next().click();
        await new Promise((r) => setTimeout(r, 50));
        await el.updateComplete;
      }
      await untilState(el, 'submitted');
    });
  });

  it('chat: start, send, read, end', async () => {
    await run('chat: start, send, read, end', async () => {
      const backend = memory({ latencyMs: 0, scenario: 'online' });
      backend.control.chat.setAgentDelay(50);
      const el = await mountLauncher(await serve(backend));
      await openPanel(el, 'online');
      await type(el, 'Is the clinic open on Saturday?');
      await waitUntil(() => sent.some((s) => s.url.endsWith('/read')), 'the reply was never marked read', { timeout: 6000 });
      inPanel<HTMLButtonElement>(el, '[part~=end-button]')!.click();
      await waitUntil(() => panelOf(el)?.shadowRoot?.querySelector('[part~=ended]'), 'the chat never ended', { timeout: 4000 });
    });
  });

  it('chat: leave a message', async () => {
    await run('chat: leave a message', async () => {
      const el = await mountLauncher(await serve(memory({ latencyMs: 0, scenario: 'offline' })));
      await openPanel(el, 'offline');
      inPanel<HTMLInputElement>(el, '#lm-name')!.value = 'Ana';
      inPanel<HTMLInputElement>(el, '#lm-phone')!.value = '(555) 010-0000';
      inPanel<HTMLTextAreaElement>(el, '#lm-text')!.value = 'Please call me about my bill';
      inPanel<HTMLButtonElement>(el, '[part~=leave-button]')!.click();
      await waitUntil(() => panelOf(el)?.viewState === 'message-left', `not left: ${panelText(el)}`, { timeout: 4000 });
    });
  });

  it('estimator: price search, charges', async () => {
    await run('estimator: price search, charges', async () => {
      const el = await fixture<CostEstimator>(html`<fd-cost-estimator .adapter=${await serve(memory({ latencyMs: 0 }))} .debounce=${0}></fd-cost-estimator>`);
      const root = el.shadowRoot!;
      root.querySelector<HTMLInputElement>('#search')!.focus();
      await sendKeys({ type: 'mri' });
      await waitUntil(() => root.querySelector('[role=option]'), 'no suggestions');
      root.querySelector<HTMLElement>('[role=option]')!.click();
      await waitUntil(() => root.querySelector<HTMLInputElement>('input[name=mode][value=insured]'), 'no choice of how to pay');
      root.querySelector<HTMLInputElement>('input[name=mode][value=insured]')!.click();
      await waitUntil(() => root.querySelector('#plan'), 'no plan picker');
      await waitUntil(() => /\$\d/.test(textOf(el)), `no price shown: ${textOf(el)}`);
    });
  });

  it('banner: wait times', async () => {
    await run('banner: wait times', async () => {
      const el = await fixture<WaitTimeBanner>(html`<fd-wait-time-banner .adapter=${await serve(memory({ latencyMs: 0 }))} locations="phoenix"></fd-wait-time-banner>`);
      await untilState(el);
    });
  });

  it('the check can fail: a request the document refuses is reported', async () => {
    const [good, noKey, badBody] = await check([
      { method: 'POST', url: '/holds', headers: { 'content-type': 'application/json', 'idempotency-key': 'k-1' }, body: '{"slotId":"s-1"}' },
      { method: 'POST', url: '/holds', headers: { 'content-type': 'application/json' }, body: '{"slotId":"s-1"}' },
      { method: 'POST', url: '/appointments/lookup', headers: { 'content-type': 'application/json' }, body: '{"confirmationCode":"K7QM-42"}' },
    ]);
    expect(good.violations).to.deep.equal([]);
    expect(noKey.violations.join()).to.contain('idempotency-key');
    expect(badBody.violations.join()).to.contain('birthDate');
  });
});
