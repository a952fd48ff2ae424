import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { restHandlers } from '../../src/mocks/rest-handlers.js';
import '../../src/widgets/appointment-picker/fd-appointment-picker.js';
import type { AppointmentPicker } from '../../src/widgets/appointment-picker/appointment-picker.js';
import '../../src/widgets/chat-launcher/fd-chat-launcher.js';
import '../../src/widgets/feedback-survey/fd-feedback-survey.js';
import type { FeedbackSurvey } from '../../src/widgets/feedback-survey/feedback-survey.js';
import { captureConsole } from '../support/console.js';
import { FIXED_NOW, memory, untilState } from '../support/fixtures.js';
import { useHandlers } from '../support/msw.js';
import { PickerPage, adapterPatient, bookThroughAdapter } from '../support/picker-page.js';
import { inPanel, mountLauncher, openPanel, panelOf, panelText, type } from '../widgets/chat-launcher/support.js';

/**
 * One idempotency key per patient intent (issue #14): the server stores the write, every
 * answer of the first attempts is lost on the way back (the guard's automatic retries
 * included), then the patient presses the button again. The server (msw over a memory
 * adapter, idempotent per key like frontdesk-server) must hold exactly one record and the
 * patient must see the confirmation, never "taken".
 */

const BASE = '/api/intent';

interface Answer {
  key: string | null;
  sent: string;
  status: number;
  body: Record<string, unknown> | undefined;
}

/**
 * A `fetch` that reaches the server, which does the write, but while `lossy.losing` throws
 * away the answer to every matched write (as a dropped connection would): the patient never
 * sees it. Records every answer the server gave to a matched write.
 */
function lossyFetch(method: string, path: RegExp) {
  const lossy = { losing: true, lost: 0, answers: [] as Answer[] };
  const impl: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const sent = await request.clone().text();
    const matched = request.method === method && path.test(new URL(request.url).pathname.slice(BASE.length));
    const response = await fetch(request);
    if (!matched) return response;
    const body = (await response.clone().json().catch(() => undefined)) as Answer['body'];
    lossy.answers.push({ key: request.headers.get('idempotency-key'), status: response.status, body, sent });
    if (!lossy.losing) return response;
    lossy.lost++;
    throw new TypeError('Failed to fetch');
  };
  return { lossy, fetch: impl };
}

async function serve(backend: MemoryAdapter, method: string, path: RegExp) {
  await useHandlers(...restHandlers(BASE, backend));
  const { lossy, fetch } = lossyFetch(method, path);
  return { lossy, adapter: createRestAdapter({ baseUrl: BASE, eventSource: false, chatPollMs: 100, fetch }) };
}

/** Waits until the first attempts (the automatic retries too) are all lost and the widget says so; then answers get through. */
async function loseFirstAttempts(lossy: ReturnType<typeof lossyFetch>['lossy'], failed: () => boolean): Promise<void> {
  await waitUntil(failed, 'the failure was never shown', { timeout: 6000 });
  expect(lossy.lost, 'answers lost before the patient pressed again').to.be.at.least(3);
  lossy.losing = false;
}

const ok = (answers: Answer[]) => answers.filter((a) => a.status >= 200 && a.status < 300);
const distinct = (values: unknown[]) => new Set(values.map((v) => JSON.stringify(v))).size;

const network = 'can’t reach the practice';


describe('one idempotency key per patient intent, across automatic and manual retries', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    log = captureConsole();
    sessionStorage.clear();
  });
  afterEach(() => {
    log.restore();
    sessionStorage.clear();
  });

  async function picker(adapter: ReturnType<typeof createRestAdapter>, mode: 'book' | 'manage') {
    const el = await fixture<AppointmentPicker>(
      html`<fd-appointment-picker .adapter=${adapter} .now=${() => FIXED_NOW} mode=${mode} visit-type="sick" location="phoenix"></fd-appointment-picker>`,
    );
    return new PickerPage(el);
  }

  it('book: Book pressed again after every answer was lost → one appointment, the confirmation', async () => {
    const backend = memory({ latencyMs: 0 });
    const { lossy, adapter } = await serve(backend, 'POST', /^\/appointments$/);
    const page = await picker(adapter, 'book');
    await page.toReview();
    page.button('Book appointment').click();
    await loseFirstAttempts(lossy, () => page.text().includes(network));
    page.button('Book appointment').click();
    await page.at('done', 6000);
    expect(page.text()).to.contain('You’re booked');
    expect(page.text()).not.to.contain('taken');
    expect(distinct(lossy.answers.map((a) => a.key)), 'keys sent').to.equal(1);
    expect(lossy.answers.every((a) => a.status === 200)).to.equal(true);
    expect(distinct(ok(lossy.answers).map((a) => a.body?.id)), 'appointments on the server').to.equal(1);
  });

  async function lookedUp(backend: MemoryAdapter, adapter: ReturnType<typeof createRestAdapter>) {
    const booked = await bookThroughAdapter(backend, FIXED_NOW);
    const page = await picker(adapter, 'manage');
    await page.lookUp(booked.confirmationCode, adapterPatient.birthDate);
    await page.at('manage');
    return { page, booked };
  }

  it('reschedule: Move pressed again after every answer was lost → moved once, the confirmation', async () => {
    const backend = memory({ latencyMs: 0 });
    const { lossy, adapter } = await serve(backend, 'POST', /^\/appointments\/[^/]+\/reschedule$/);
    const { page, booked } = await lookedUp(backend, adapter);
    page.button('Choose a new time').click();
    await page.at('when');
    page.button('First available time').click();
    await waitUntil(() => page.times().length > 1);
    page.times()[1].click();
    await page.el.updateComplete;
    page.button('Continue').click();
    await page.at('review');
    page.button('Move my appointment').click();
    await loseFirstAttempts(lossy, () => page.text().includes(network));
    page.button('Move my appointment').click();
    await page.at('done', 6000);
    expect(page.text()).to.contain('Your appointment has moved');
    expect(distinct(lossy.answers.map((a) => a.key)), 'keys sent').to.equal(1);
    expect(lossy.answers.every((a) => a.status === 200)).to.equal(true);
    const now = await backend.scheduling.findAppointment({ confirmationCode: booked.confirmationCode, birthDate: adapterPatient.birthDate });
    expect(now.start).not.to.equal(booked.start);
    expect(distinct(ok(lossy.answers).map((a) => a.body?.start)), 'one move').to.equal(1);
  });

  it('cancel: Yes, cancel it pressed again after every answer was lost → cancelled once, the confirmation', async () => {
    const backend = memory({ latencyMs: 0 });
    const { lossy, adapter } = await serve(backend, 'POST', /^\/appointments\/[^/]+\/cancel$/);
    const { page } = await lookedUp(backend, adapter);
    page.button('Cancel appointment').click();
    await page.at('cancel');
    page.button('Yes, cancel it').click();
    await loseFirstAttempts(lossy, () => page.text().includes(network));
    page.button('Yes, cancel it').click();
    await page.at('cancelled', 6000);
    expect(page.text()).not.to.contain('changed by someone else');
    expect(distinct(lossy.answers.map((a) => a.key)), 'keys sent').to.equal(1);
    expect(lossy.answers.map((a) => a.status)).to.deep.equal(lossy.answers.map(() => 200));
  });

  /** The post-booking survey (a Frontdesk survey: the FHIRPath chunk stays out of this page). */
  async function survey(adapter: ReturnType<typeof createRestAdapter>) {
    const el = await fixture<FeedbackSurvey>(html`<fd-feedback-survey .adapter=${adapter} survey-id="post-booking"></fd-feedback-survey>`);
    await untilState(el);
    const pick = async (value: string) => {
      el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="q-csat"][value="${value}"]`)!.click();
      await el.updateComplete;
    };
    const send = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
    return { el, pick, send };
  }

  it('survey: Send pressed again after every answer was lost → one response stored, the thanks', async () => {
    const backend = memory({ latencyMs: 0 });
    const { lossy, adapter } = await serve(backend, 'POST', /^\/survey-responses$/);
    const { el, pick, send } = await survey(adapter);
    await pick('4');
    send();
    await loseFirstAttempts(lossy, () => el.viewState === 'submit-failed');
    send();
    await untilState(el, 'submitted', 6000);
    expect(backend.control.feedbackResponses.length, 'responses on the server').to.equal(1);
    expect(distinct(lossy.answers.map((a) => a.key)), 'keys sent').to.equal(1);
  });

  it('survey: an answer changed after the failure is a new intent with a new key', async () => {
    const backend = memory({ latencyMs: 0 });
    const { lossy, adapter } = await serve(backend, 'POST', /^\/survey-responses$/);
    const { el, pick, send } = await survey(adapter);
    await pick('4');
    send();
    await loseFirstAttempts(lossy, () => el.viewState === 'submit-failed');
    await pick('5');
    send();
    await untilState(el, 'submitted', 6000);
    // Not the first key with another body (a server answers 422 "reused" to that).
    expect(distinct(lossy.answers.map((a) => a.key))).to.equal(2);
    expect(lossy.answers.every((a) => a.status === 200)).to.equal(true);
  });

  it('chat: the conversation start lost, Retry → one conversation with the message once', async () => {
    const backend = memory({ latencyMs: 0, scenario: 'online' });
    backend.control.chat.setAutoReply(false);
    const { lossy, adapter } = await serve(backend, 'POST', /^\/chat\/conversations$/);
    const el = await mountLauncher(adapter);
    await openPanel(el, 'online');
    await type(el, 'Is the clinic open on Saturday?');
    await loseFirstAttempts(lossy, () => inPanel(el, '[part~=retry-button]') !== null);
    inPanel<HTMLButtonElement>(el, '[part~=retry-button]')!.click();
    await waitUntil(() => panelText(el).includes('Sent'), 'the message was never sent', { timeout: 6000 });
    const conversations = ok(lossy.answers).map((a) => a.body?.conversationId);
    expect(distinct(conversations), 'conversations on the server').to.equal(1);
    const patient = backend.control.chat.transcript(String(conversations[0])).filter((m) => m.author === 'patient');
    expect(patient.map((m) => m.text)).to.deep.equal(['Is the clinic open on Saturday?']);
    expect(panelOf(el)?.shadowRoot?.querySelector('[part~=retry-button]')).to.equal(null);
  });

  it('chat: a message whose answers were lost, Retry → the practice has it once', async () => {
    const backend = memory({ latencyMs: 0, scenario: 'online' });
    backend.control.chat.setAutoReply(false);
    const { lossy, adapter } = await serve(backend, 'POST', /^\/chat\/conversations\/[^/]+\/messages$/);
    const el = await mountLauncher(adapter);
    await openPanel(el, 'online');
    await type(el, 'Can I bring my daughter?');
    await loseFirstAttempts(lossy, () => inPanel(el, '[part~=retry-button]') !== null);
    inPanel<HTMLButtonElement>(el, '[part~=retry-button]')!.click();
    await waitUntil(() => panelText(el).includes('Sent'), 'the message was never sent', { timeout: 6000 });
    const conversationId = panelOf(el)!.conversationId!;
    const patient = backend.control.chat.transcript(conversationId).filter((m) => m.author === 'patient');
    expect(patient.map((m) => m.text)).to.deep.equal(['Can I bring my daughter?']);
    expect(distinct(ok(lossy.answers).map((a) => a.body?.id)), 'messages on the server').to.equal(1);
  });

  it('chat: leave a message, Send pressed again after every answer was lost → one message, its reference', async () => {
    const backend = memory({ latencyMs: 0, scenario: 'offline' });
    const { lossy, adapter } = await serve(backend, 'POST', /^\/chat\/callback-requests$/);
    const el = await mountLauncher(adapter);
    await openPanel(el, 'offline');
    inPanel<HTMLInputElement>(el, '#lm-name')!.value = 'Ana';
    inPanel<HTMLInputElement>(el, '#lm-phone')!.value = '(555) 010-0000';
    inPanel<HTMLTextAreaElement>(el, '#lm-text')!.value = 'Please call me about my bill';
    inPanel<HTMLButtonElement>(el, '[part~=leave-button]')!.click();
    await loseFirstAttempts(lossy, () => panelText(el).includes('could not be sent'));
    inPanel<HTMLButtonElement>(el, '[part~=leave-button]')!.click();
    await waitUntil(() => panelOf(el)?.viewState === 'message-left', 'not left', { timeout: 6000 });
    const references = ok(lossy.answers).map((a) => a.body?.reference);
    expect(distinct(references), 'messages on the server').to.equal(1);
    expect(panelText(el)).to.contain(String(references[0]));
  });
});


