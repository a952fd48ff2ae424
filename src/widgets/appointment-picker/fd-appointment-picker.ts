import { define } from '../../core/define.js';
import { AppointmentPicker } from './appointment-picker.js';
import './events.js';

// The calendar (fd-date-grid) and the details form (fd-patient-form) are defined by the
// picker itself when its flow needs them (see parts.ts).
define('fd-appointment-picker', AppointmentPicker);

declare global {
  interface HTMLElementTagNameMap {
    'fd-appointment-picker': AppointmentPicker;
  }
}
