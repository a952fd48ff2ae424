// Each marked line must be an error: the consumer check asserts exactly these, each with its message.
import 'frontdesk-widgets/types/react';
import { FdAppointmentPicker } from 'frontdesk-widgets/react';

export function Portal() {
  return (
    <>
      <fd-wait-time-banner staleAfter="twenty" /> {/* expect: wrong prop type `number` */}
      <fd-wait-time-banner variant="cardd" /> {/* expect: wrong enum value `"cardd"` */}
      <fd-appointment-picker onfd-booking-confirm={(e) => console.log(e.detail.confirmationCode)} /> {/* expect: wrong detail field `confirmationCode` */}
      <FdAppointmentPicker mode="edit" /> {/* expect: wrong enum value in a wrapper `"edit"` */}
      <FdAppointmentPicker onFdBookingConfirm={(e) => e.detail.birthDate} /> {/* expect: wrong detail field in a wrapper `birthDate` */}
    </>
  );
}
