// The staff console against a live frontdesk-server, screen by screen, in Chromium and Firefox
// ESR: sign-in (a wrong password refused), appointments (arrived / no-show / cancel on the
// patient's behalf), the wait board (wait and queue in two clicks; a banner on the site shows it),
// the chat inbox (a patient's message, the staff reply read back on the patient's side), the
// follow-up queue (a low score that asked for contact, marked contacted), feedback figures (chart
// and table) and the individual responses, the price index status, Spanish; axe on each state, screenshots at 1280 and 390 px
// in test-artifacts/console/; anonymous and cross-site requests to staff endpoints refused.
import { expect, fixture, html } from '@open-wc/testing';
import type { ChatConversation } from '../../src/core/schemas/chat.js';
import '../../src/widgets/wait-time-banner/fd-wait-time-banner.js';
import type { WaitTimeBanner } from '../../src/widgets/wait-time-banner/wait-time-banner.js';
import { API, browser, button, check, consoleServer, deep, deepAll, go, openConsole, patientCall, signIn, text, until, type ConsoleServer } from './support.js';

const DAY = 86_400_000;
const who = { givenName: browser === 'firefox' ? 'Flora' : 'Clara', familyName: 'Consola' };
const locationId = browser === 'firefox' ? 'las-vegas' : 'phoenix';

describe('staff console (live server)', () => {
  let server: ConsoleServer;
  let appointmentId = '';
  let conversationId = '';

  before(async function () {
    this.timeout(90_000);
    server = await consoleServer();
    const { scheduling } = server.rest;
    const slots = await scheduling.findSlots({ from: new Date(Date.now() + 3_600_000).toISOString(), to: new Date(Date.now() + 6 * DAY).toISOString(), visitTypeId: 'sick', locationId });
    const booked = [];
    for (const slot of slots.slice(0, 2)) {
      const hold = await scheduling.holdSlot({ slotId: slot.id, idempotencyKey: crypto.randomUUID() });
      booked.push(await scheduling.book({ holdId: hold.holdId, patient: { ...who, familyName: `${who.familyName}${booked.length || ''}`, birthDate: '1980-04-02', phone: '(602) 555-0100', email: 'clara@example.org' }, reminders: { sms: false, email: false }, idempotencyKey: crypto.randomUUID() }));
    }
    appointmentId = booked[0].id;
    await patientCall('POST', '/survey-responses', { surveyId: 'post-visit', touchpoint: 'post-visit', answers: [{ questionId: 'nps', values: [2] }, { questionId: 'comment', values: [`${browser}: waited an hour`] }], contactRequested: true, context: { locationId } });
    const conversation = (await patientCall('POST', '/chat/conversations', { prechat: { name: `${who.givenName} chat`, topic: 'Billing' } })) as unknown as ChatConversation;
    conversationId = conversation.conversationId;
    await patientCall('POST', `/chat/conversations/${conversationId}/messages`, { clientMessageId: crypto.randomUUID(), text: `Hello from ${browser}` });
  });

  it('sign-in: a wrong password is refused; the right one opens the appointments', async function () {
    this.timeout(60_000);
    const el = await openConsole();
    await check(el, 'sign-in');
    await signIn(el, 'not the password');
    await until(() => text(el).includes('Wrong email or password.'), 'no refusal shown');
    await check(el, 'sign-in-refused');
    await signIn(el);
    await until(() => !!deep(el, 'fd-console-appointments'), 'not signed in');
  });

  it('appointments: marked arrived, then cancelled on the patient’s behalf (two clicks), as the server records', async function () {
    this.timeout(60_000);
    const el = await openConsole();
    await signIn(el);
    const screen = await go(el, 'appointments', 'fd-console-appointments');
    const span = deep<HTMLSelectElement>(screen, 'select')!;
    span.value = 'upcoming';
    span.dispatchEvent(new Event('change'));
    await until(() => !!deep(screen, `tr[data-appointment="${appointmentId}"]`), () => `the booked visit is not listed: ${text(screen)}`);
    await check(el, 'appointments');
    button(screen, `Mark ${who.givenName} ${who.familyName} arrived`).click();
    await until(() => deep(screen, `tr[data-appointment="${appointmentId}"] button[aria-pressed="true"]`)?.textContent?.trim() === 'Arrived', 'not marked arrived');
    button(screen, `Cancel visit: ${who.givenName} ${who.familyName}`).click();
    await until(() => !!deep(screen, 'button[data-action="confirm-cancel"]'), 'no confirmation asked');
    await check(el, 'appointments-confirm-cancel');
    deep<HTMLButtonElement>(screen, 'button[data-action="confirm-cancel"]')!.click();
    await until(() => text(deep(screen, `tr[data-appointment="${appointmentId}"]`)!).includes('Cancelled'), 'not cancelled');
    // The server says the same (a fresh read).
    await (screen as unknown as { reload(): Promise<void> }).reload();
    expect(text(deep(screen, `tr[data-appointment="${appointmentId}"]`)!)).to.include('Cancelled');
  });

  it('wait board: a wait and a queue in two clicks; the site’s banner shows it within seconds', async function () {
    this.timeout(60_000);
    const el = await openConsole();
    await signIn(el);
    const screen = await go(el, 'waits', 'fd-console-waits');
    const banner = await fixture<WaitTimeBanner>(html`<fd-wait-time-banner .adapter=${server.rest} location=${locationId} poll-interval="600000" locale="en"></fd-wait-time-banner>`);
    const card = deep(screen, `section[data-location="${locationId}"]`)!;
    deep<HTMLButtonElement>(card, 'button[data-minutes="45"]')!.click();
    await until(() => deep(card, 'button[data-minutes="45"]')?.getAttribute('aria-pressed') === 'true', 'the wait was not saved');
    const clicked = performance.now();
    deep<HTMLButtonElement>(card, 'button[data-queue="3"]')!.click();
    await until(() => deep(card, 'button[data-queue="3"]')?.getAttribute('aria-pressed') === 'true', 'the queue was not saved');
    await until(() => text(banner).includes('45 min') && /\b3\b/.test(text(banner)), () => `the banner never showed it: ${text(banner)}`);
    const seconds = (performance.now() - clicked) / 1000;
    expect(seconds, 'banner update').to.be.below(5);
    const [wait] = (await (await fetch(`${API}/wait-times?locationIds=${locationId}`)).json()) as Array<{ minutes: number; peopleWaiting: number }>;
    expect([wait.minutes, wait.peopleWaiting]).to.deep.equal([45, 3]);
    banner.remove();
    await check(el, 'waits');
  });

  it('chat inbox: the patient’s message is there; the staff reply reaches the patient’s side', async function () {
    this.timeout(60_000);
    const el = await openConsole();
    await signIn(el);
    const screen = await go(el, 'inbox', 'fd-console-inbox');
    await until(() => !!deep(screen, `button[data-conversation="${conversationId}"]`), 'the conversation is not in the inbox');
    await check(el, 'inbox');
    deep<HTMLButtonElement>(screen, `button[data-conversation="${conversationId}"]`)!.click();
    await until(() => text(screen).includes(`Hello from ${browser}`), 'the patient’s message is not shown');
    const box = deep<HTMLTextAreaElement>(screen, 'textarea[name=reply]')!;
    box.value = 'We can help with that.';
    box.dispatchEvent(new Event('input'));
    deep<HTMLFormElement>(screen, 'form')!.requestSubmit();
    await until(() => deepAll(screen, '.msg[data-author="agent"]').length === 1, 'the reply is not shown');
    await check(el, 'inbox-conversation');
    const history = await patientCall('GET', `/chat/conversations/${conversationId}/events`);
    const replies = (history.events as Array<{ type: string; message?: { author: string; text: string } }>).filter((e) => e.type === 'message' && e.message?.author === 'agent');
    expect(replies.map((e) => e.message?.text)).to.deep.equal(['We can help with that.']);
  });

  it('follow-ups: the low score with a contact request is in the queue; marked contacted', async function () {
    this.timeout(60_000);
    const el = await openConsole();
    await signIn(el);
    const screen = await go(el, 'followUps', 'fd-console-follow-ups');
    const card = () => deepAll(screen, 'article[data-task]').find((a) => text(a).includes(`${browser}: waited an hour`));
    await until(() => !!card(), () => `the follow-up is not in the queue: ${text(screen)}`);
    expect(text(card()!)).to.include('Score 2 of 10');
    await check(el, 'follow-ups');
    const id = card()!.dataset.task!;
    deep<HTMLButtonElement>(card()!, 'button[data-action="contacted"]')!.click();
    await until(() => !deepAll(screen, 'article[data-task]').some((a) => a.dataset.task === id), 'still listed as open');
    const select = deep<HTMLSelectElement>(screen, 'select')!;
    select.value = 'contacted';
    select.dispatchEvent(new Event('change'));
    await until(() => deepAll(screen, 'article[data-task]').some((a) => a.dataset.task === id && text(a).includes('Front desk')), 'not contacted, or no owner');
  });

  it('feedback figures: NPS chart and the same figures as a table', async function () {
    this.timeout(60_000);
    const el = await openConsole();
    await signIn(el);
    const screen = await go(el, 'feedback', 'fd-console-feedback');
    await until(() => !!deep(screen, 'figure[data-metric="nps"]'), () => `no NPS chart: ${text(screen)}`);
    const row = deepAll(screen, 'tbody tr').find((r) => text(r).includes(browser === 'firefox' ? 'Las Vegas' : 'Phoenix'));
    expect(row, 'a table row for the location').to.exist;
    // The individual response, as the patient gave it: score, the contact request, what they wrote.
    const response = deepAll(screen, 'tr[data-response]').find((r) => text(r).includes(`${browser}: waited an hour`));
    expect(response, `the response is not listed: ${text(screen)}`).to.exist;
    const [, where, score, contact] = [...response!.querySelectorAll('td')].map((c) => c.textContent.trim());
    expect(where).to.include(browser === 'firefox' ? 'Las Vegas' : 'Phoenix');
    expect([score, contact]).to.deep.equal(['2', 'Yes']);
    await check(el, 'feedback');
  });

  it('prices: the live index, when and from which files, and the problems found', async function () {
    this.timeout(60_000);
    const el = await openConsole();
    await signIn(el);
    const screen = await go(el, 'prices', 'fd-console-prices');
    await until(() => text(screen).includes('prices.json'), () => `no live index: ${text(screen)}`);
    expect(text(screen)).to.match(/Services \d/);
    await check(el, 'prices');
  });

  it('Spanish: the console in Spanish, screen by screen', async function () {
    this.timeout(60_000);
    const el = await openConsole();
    const language = deep<HTMLSelectElement>(el, 'header select')!;
    language.value = 'es';
    language.dispatchEvent(new Event('change'));
    await until(() => text(el).includes('Acceso del personal'), 'not in Spanish');
    await signIn(el);
    await go(el, 'followUps', 'fd-console-follow-ups');
    expect(text(el)).to.include('Seguimientos');
    await check(el, 'es-follow-ups');
    await go(el, 'waits', 'fd-console-waits');
    await check(el, 'es-waits');
    document.documentElement.lang = 'en';
  });

  it('security: staff endpoints refuse anonymous requests and requests from another site', async () => {
    const anonymous = await fetch(`${API}/staff/tasks`, { credentials: 'omit' });
    expect(anonymous.status).to.equal(401);
    // The live server's own address is another site for this page: refused even though CORS lets the page read the answer.
    const crossSite = await fetch(`${server.directBaseUrl}/staff/tasks`, { credentials: 'omit' });
    expect(crossSite.status).to.equal(403);
    // A sign-in another site's form could post (no preflight).
    const crossSiteSignIn = await fetch(`${server.directBaseUrl}/staff/session`, { method: 'POST', credentials: 'omit', headers: { 'content-type': 'text/plain' }, body: '{"email":"desk@example-clinic.org","password":"x"}' });
    expect(crossSiteSignIn.status).to.equal(403);
  });
});
