import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/widgets/appointment-picker/fd-appointment-picker.js';
import type { AppointmentPicker } from '../../src/widgets/appointment-picker/appointment-picker.js';
import { serveWithFault, type Behaviour, type MatrixChecks } from '../support/fault-matrix.js';
import { FIXED_NOW, memory } from '../support/fixtures.js';
import { PickerPage, patientDraft } from '../support/picker-page.js';

export const MANAGE = 'picker POST /appointments/{id}/cancel';
export const MANAGE_COLUMNS = [MANAGE];

/**
 * The refusal row: no fault is injected; the contract itself refuses the cancel because the
 * manage token from the booking has expired (the practice's clock moved 31 minutes on).
 */
const refused: Behaviour = { name: '401 manage token expired', handlers: () => [], outcome: 'error', on: 'write' };

/**
 * "Change or cancel" right after booking, over REST, with the booking's manage token expired:
 * nothing is cancelled, the picker goes back to the look-up with the code and birth date
 * the patient gave kept and says why; one press of Find proves it again and the cancel works.
 */
export function manageColumns({ cell }: MatrixChecks): void {
  describe(MANAGE, () => {
    it(refused.name, async () => {
      await cell(refused, MANAGE, async () => {
        let skew = 0;
        const backend = memory({ now: () => FIXED_NOW + skew });
        const { adapter } = await serveWithFault(refused, 'post', '/appointments/:appointmentId/cancel', backend);
        const el = await fixture<AppointmentPicker>(html`<fd-appointment-picker
          .adapter=${adapter}
          .now=${() => FIXED_NOW}
          visit-type="sick"
          location="phoenix"
          locale="en"
        ></fd-appointment-picker>`);
        const page = new PickerPage(el);
        await page.toConfirmed(patientDraft);
        const code = page.root.querySelector('[part~=confirmation-code]')!.textContent.trim();
        skew = 31 * 60_000;
        page.button('Change or cancel').click();
        await page.at('manage');
        page.button('Cancel appointment').click();
        await page.at('cancel');
        page.button('Yes, cancel it').click();
        await page.at('lookup');
        await waitUntil(() => page.text().includes('please find your appointment again'), 'no reason given');
        expect(page.root.querySelector<HTMLInputElement>('#code')!.value, 'the code is kept').to.equal(code);
        expect(page.root.querySelector<HTMLInputElement>('#birth-date')!.value, 'the birth date is kept').to.equal('1980-04-02');
        const found = await backend.scheduling.findAppointment({ confirmationCode: code, birthDate: '1980-04-02' });
        expect(found.status, 'nothing was cancelled').to.equal('booked');
        page.button('Find appointment').click();
        await page.at('manage');
        page.button('Cancel appointment').click();
        await page.at('cancel');
        page.button('Yes, cancel it').click();
        await page.at('cancelled');
      });
    });
  });
}
