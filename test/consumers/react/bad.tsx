// Each marked line must be an error: the consumer check asserts exactly these three.
import 'frontdesk-widgets/types/react';

export function Portal() {
  return (
    <>
      <fd-wait-time-banner staleAfter="twenty" /> {/* expect: wrong prop type `number` */}
      <fd-wait-time-banner variant="cardd" /> {/* expect: wrong enum value `"cardd"` */}
      <fd-appointment-picker onfd-booking-confirm={(e) => console.log(e.detail.confirmationCode)} /> {/* expect: wrong detail field `confirmationCode` */}
    </>
  );
}
