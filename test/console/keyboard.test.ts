// The staff console by keyboard alone (keys through the browser's own input pipeline, never
// focus() or click()): sign in with Tab, typing and Enter; then every screen, reached from its
// link in the navigation with Enter, walked with Tab: every control it shows is reached, in
// order, each with a visible focus ring, focus never lost to the page. Against the live server
// (this browser's console group), with a booking, a survey response asking for contact and a
// chat conversation to show.
import { expect } from '@open-wc/testing';
import { deepActive, describeFocus, press, tabTo, typeText } from '../support/keys.js';
import { STAFF, browser, consoleServer, deep, deepAll, openConsole, patientCall, text, until } from './support.js';
import { screens } from '../../console/src/fd-console.js';

const DAY = 86_400_000;
const locationId = browser === 'firefox' ? 'las-vegas' : 'phoenix';
const tags = { appointments: 'fd-console-appointments', waits: 'fd-console-waits', inbox: 'fd-console-inbox', followUps: 'fd-console-follow-ups', feedback: 'fd-console-feedback', prices: 'fd-console-prices' } as const;

/** The controls a keyboard user must be able to reach in `root`, in document order (visible, enabled). */
const controls = (root: HTMLElement) =>
  deepAll(root, 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').filter(
    (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
  );

describe('staff console by keyboard only', () => {
  before(async function () {
    this.timeout(120_000);
    const { rest } = await consoleServer();
    const [slot] = await rest.scheduling.findSlots({ from: new Date(Date.now() + 3_600_000).toISOString(), to: new Date(Date.now() + 6 * DAY).toISOString(), visitTypeId: 'sick', locationId });
    const hold = await rest.scheduling.holdSlot({ slotId: slot.id, idempotencyKey: crypto.randomUUID() });
    await rest.scheduling.book({ holdId: hold.holdId, patient: { givenName: 'Kim', familyName: 'Teclado', birthDate: '1980-04-02', phone: '(602) 555-0100', email: 'kim@example.org' }, reminders: { sms: false, email: false }, idempotencyKey: crypto.randomUUID() });
    await patientCall('POST', '/survey-responses', { surveyId: 'post-visit', touchpoint: 'post-visit', answers: [{ questionId: 'nps', values: [3] }, { questionId: 'comment', values: ['keyboard walk'] }], contactRequested: true, context: { locationId } });
    const { conversationId } = (await patientCall('POST', '/chat/conversations', { prechat: { name: 'Kim chat' } })) as { conversationId: string };
    await patientCall('POST', `/chat/conversations/${conversationId}/messages`, { clientMessageId: crypto.randomUUID(), text: 'Hello by keyboard' });
  });

  it('signs in, then reaches and walks every screen with the keyboard', async function () {
    this.timeout(240_000);
    const el = await openConsole();
    await tabTo((at) => at.getAttribute('name') === 'email', 'the email field', 10);
    await typeText(STAFF.email);
    await press('Tab');
    expect(deepActive()?.getAttribute('name')).to.equal('password');
    await typeText(STAFF.password);
    await press('Enter');
    await until(() => !!deep(el, 'nav'), 'Enter did not sign in');

    for (const screen of screens) {
      // Back to the navigation (it comes before the screen), then Enter on the screen's link.
      await tabTo((at) => at.localName === 'a' && at.getAttribute('href') === `#${screen}`, `the ${screen} link`, 80, 'Shift+Tab');
      await press('Enter');
      await until(() => !!deep(el, tags[screen]), `Enter did not open ${screen}`);
      const shown = deep(el, tags[screen])!;
      await until(() => !/Loading…|Cargando…/.test(text(shown)), `${screen} kept loading`);
      if (screen === 'inbox') {
        // Open the conversation by keyboard too, so its reply form is part of the walk.
        await tabTo((at) => at.hasAttribute('data-conversation'), 'a conversation', 40);
        await press('Enter');
        await until(() => !!deep(shown, 'textarea[name=reply]'), 'Enter did not open the conversation');
        await tabTo((at) => at.localName === 'a' && at.getAttribute('href') === '#inbox', 'the inbox link', 80, 'Shift+Tab');
      }
      const expected = controls(shown);
      // A screen with nothing to operate (the price index status) is only read.
      if (!expected.length) continue;
      // Tab from the navigation through the screen to its last control; every control on the way.
      const reached = new Set<Element>();
      const last = expected[expected.length - 1];
      for (let i = 0; i < expected.length + 20 && deepActive() !== last; i++) {
        await press('Tab');
        const at = deepActive();
        if (at) reached.add(at);
      }
      expect(deepActive(), `${screen}: Tab never reached its last control (focus on ${describeFocus()})`).to.equal(last);
      const missed = expected.filter((c) => !reached.has(c));
      expect(missed.map((c) => `<${c.localName}> ${c.textContent.trim().slice(0, 30)}`), `${screen}: controls Tab skips`).to.deep.equal([]);
    }
  });
});
