// The booking page uses the library as a patient portal's own build would: ESM imports.
import 'frontdesk-widgets/define';
import { configure } from 'frontdesk-widgets';
import { demoPractice } from './practice.js';

// The page default: every widget on this page without its own adapter or provider uses it.
// Demo data only; a real portal passes its own adapter (REST, FHIR…) here. Under `npm start`
// the booking, the post-booking survey and the chat go to frontdesk-server (demo/practice.ts).
configure({ adapter: demoPractice() });

// A page-owned button shows the picker as a modal dialog; focus comes back to it on close.
const picker = document.querySelector('fd-appointment-picker'); // the first: Find a time
document.querySelector('#open-booking-dialog')?.addEventListener('click', () => picker?.open());

// The page hears about bookings through events. Their details carry ids and times only, never
// the patient's name or contact details, nor the confirmation code (with a birth date it finds
// the appointment): the patient sees the code in the widget.
const status = document.querySelector('#booking-status');
document.body.addEventListener('fd-booking-confirm', (event) => {
  if (status) status.textContent = `Booked for ${new Date(event.detail.start).toLocaleString()}`;
});
