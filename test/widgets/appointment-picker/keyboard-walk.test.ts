import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/appointment-picker/fd-appointment-picker.js';
import type { AppointmentPicker } from '../../../src/widgets/appointment-picker/appointment-picker.js';
import { FIXED_NOW, memory } from '../../support/fixtures.js';
import { deepActive, describeFocus, focusReaches, isButton, isField, press, tabTo, textOf, typeText } from '../../support/keys.js';
import { liveLog } from '../../support/live.js';

/**
 * Booking by keys alone, as a keyboard or screen-reader user does it: no `focus()`, no
 * `click()`. After every key focus is somewhere with a visible ring (test/support/keys.ts);
 * each step's own heading takes focus; what the live region says is counted.
 */

const isStepHeading = (text: RegExp) => (el: Element) => el.matches('[data-step-focus]') && text.test(textOf(el));

async function mount(): Promise<{ el: AppointmentPicker; before: HTMLButtonElement }> {
  const adapter = memory({ now: () => FIXED_NOW });
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="before">Before the picker</button>
    <fd-appointment-picker .adapter=${adapter} .now=${() => FIXED_NOW} locale="en"></fd-appointment-picker>
  </div>`);
  const el = wrapper.querySelector('fd-appointment-picker')!;
  await waitUntil(() => el.viewState === 'visit', 'the picker never loaded', { timeout: 4000 });
  return { el, before: wrapper.querySelector('button')! };
}

describe('fd-appointment-picker: keys only', () => {
  it('books from the page’s Tab order to the confirmation: each step’s heading takes focus, the day’s times and "Booking…" are said once', async () => {
    const { el, before } = await mount();
    const said = liveLog(el);
    before.focus(); // the page's own starting point; everything after is keys

    // Visit type: Tab into the radio group, Space chooses, Tab to Continue.
    await tabTo((e) => e.matches('input[type=radio]'), 'the visit-type choices');
    await press('Space');
    await tabTo(isButton('Continue'), 'Continue (visit)');
    await press('Enter');

    // Clinician and location: the step's heading has focus; Any location stays.
    await waitUntil(() => el.viewState === 'who', 'not at who');
    await focusReaches((e) => e.matches('[data-step-focus], #location, select'), 'the who step');
    await tabTo(isButton('Continue'), 'Continue (who)');
    await press('Enter');

    // Day and time: the step's own heading, not the widget's title.
    await waitUntil(() => el.viewState === 'when', 'not at when');
    const whenHeading = await focusReaches(isStepHeading(/day and time|date and time|time/i), 'the day-and-time heading');
    expect(textOf(whenHeading)).not.to.equal('Book an appointment');
    await tabTo(isButton(/First available time|Next available day/), 'First available time');
    await press('Enter');
    await waitUntil(() => said.count(/: \d+ times?\.$/) === 1, `the day's times not said once: ${JSON.stringify(said.said)}`);
    // In the calendar: the next day with times, chosen by arrows and Enter, is said once more.
    await focusReaches((e) => e.localName === 'td' || e.getAttribute('role') === 'gridcell', 'the calendar day');
    const firstDay = textOf(deepActive());
    let moved = 0;
    for (; moved < 7; moved++) {
      await press('ArrowRight');
      await press('Enter');
      if (said.count(/: \d+ times?\.$/) === 2) break;
    }
    expect(said.count(/: \d+ times?\.$/), `another day's times: ${JSON.stringify(said.said)} (from ${firstDay})`).to.equal(2);

    // A time: Tab into the radio group, Space, ArrowDown moves the choice, Tab to Continue.
    await tabTo((e) => e.matches('[part~=time] input, input[type=radio]'), 'the times');
    await press('Space');
    await press('ArrowDown');
    await tabTo(isButton('Continue'), 'Continue (when)');
    await press('Enter');

    // Details: focus on the first field; type, Tab through the form, Enter on its button.
    await waitUntil(() => el.viewState === 'details', 'not at details', { timeout: 4000 });
    await focusReaches(isField('given-name'), 'First name');
    await typeText('Rosa');
    await tabTo(isField('family-name'), 'Last name');
    await typeText('Delgado');
    await tabTo(isField('birth-month'), 'birth month');
    await typeText('April');
    await tabTo(isField('birth-day'), 'birth day');
    await typeText('2');
    await tabTo(isField('birth-year'), 'birth year');
    await typeText('1980');
    await tabTo(isField('phone'), 'phone');
    await typeText('6025550100');
    await tabTo(isField('email'), 'email');
    await typeText('rosa@example.org');
    await tabTo((e) => e.matches('[part~=submit-button]'), 'the details form’s button');
    await press('Enter');

    // Review: its heading; Tab to Book appointment; "Booking…" said once.
    await waitUntil(() => el.viewState === 'review', `not at review (at ${el.viewState}, focus on ${describeFocus()})`, { timeout: 4000 });
    await focusReaches(isStepHeading(/review|check/i), 'the review heading');
    expect(textOf(el.shadowRoot)).to.contain('Rosa Delgado');
    await tabTo(isButton('Book appointment'), 'Book appointment');
    await press('Enter');
    await waitUntil(() => el.viewState === 'done', 'not booked', { timeout: 4000 });
    expect(said.count('Booking…'), JSON.stringify(said.said)).to.equal(1);
    const done = await focusReaches(isStepHeading(/booked/i), 'the confirmation heading');
    expect(textOf(done)).to.contain('You’re booked');
    said.stop();
  });
});
