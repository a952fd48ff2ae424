import { expect, waitUntil } from '@open-wc/testing';
import type { FrontdeskAdapter } from '../../src/core/adapter.js';
import type { PatientPrefill } from '../../src/widgets/appointment-picker/details.js';
import type { AppointmentPicker } from '../../src/widgets/appointment-picker/appointment-picker.js';
import { PickerDriver, patientDraft } from '../../stories/support/picker-driver.js';
import { FIXED_NOW, memory } from '../support/fixtures.js';

/**
 * The consumer apps of test/consumers, as `npm run test:consumers` built them with Vite from the
 * packed tarball (into .tmp/consumer-apps/<framework>/app.js): each framework binds the picker's
 * `adapter`, `prefill` and `now` itself and renders the id its `fd-booking-confirm` handler got.
 */
interface ConsumerApp {
  mount(container: HTMLElement, props: { adapter: FrontdeskAdapter; prefill: PatientPrefill; now: () => number }): void;
}

// Everything the details step needs, the birth date as ISO (the prefill's own form).
const { givenName, familyName, phone, email, reason, remindBySms, remindByEmail } = patientDraft;
const prefill: PatientPrefill = { givenName, familyName, phone, email, reason, remindBySms, remindByEmail, birthDate: '1980-04-02' };

for (const framework of ['react', 'vue', 'svelte']) {
  describe(`the ${framework} consumer app (built from the packed tarball)`, () => {
    let container: HTMLElement;
    beforeEach(() => {
      container = document.createElement('div');
      document.body.append(container);
    });
    afterEach(() => container.remove());

    it('sets adapter and prefill through the framework, books, and its handler receives fd-booking-confirm', async () => {
      const url = `/.tmp/consumer-apps/${framework}/app.js`;
      const app = (await import(url).catch((error: unknown) => {
        throw new Error(`${url} is missing: npm run test:consumers builds it (${String(error)})`);
      })) as ConsumerApp;
      const base = memory();
      let bookedId = '';
      const book: typeof base.scheduling.book = async (input) => {
        const appointment = await base.scheduling.book(input);
        bookedId = appointment.id;
        return appointment;
      };
      const adapter: FrontdeskAdapter = { ...base, scheduling: { ...base.scheduling, book } };
      app.mount(container, { adapter, prefill, now: () => FIXED_NOW });
      await waitUntil(() => container.querySelector('fd-appointment-picker'), 'the app never rendered the picker');
      const el = container.querySelector<AppointmentPicker>('fd-appointment-picker')!;
      expect(el.adapter).to.equal(adapter);
      expect(el.prefill).to.deep.equal(prefill);
      const page = new PickerDriver(el);
      await page.toDetails();
      // The prefill filled the form: Continue goes straight on, nothing typed.
      await customElements.whenDefined('fd-patient-form');
      await waitUntil(() => page.form.shadowRoot?.querySelector('[part~=submit-button]'), 'the details form never rendered');
      expect(page.form.value).to.include({ givenName: 'Rosa', birthYear: '1980', birthMonth: '4', birthDay: '2' });
      page.form.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit-button]')!.click();
      await page.at('review');
      page.button('Book appointment').click();
      await page.at('done');
      expect(base.control.calls.filter((c) => c.method === 'scheduling.book')).to.have.length(1);
      // The framework's handler put the event's appointmentId on the page.
      const output = container.querySelector('output')!;
      await waitUntil(() => output.textContent.trim() !== '', `the ${framework} handler never received fd-booking-confirm`);
      expect(output.textContent.trim()).to.equal(bookedId);
    });
  });
}
