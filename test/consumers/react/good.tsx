// A portal page as a React 19 vendor writes it: properties, enums, typed handlers.
import 'frontdesk-widgets/types/react';
import type { FrontdeskAdapter, PatientPrefill } from 'frontdesk-widgets';
import { FdAppointmentPicker, FdProvider, FdWaitTimeBanner } from 'frontdesk-widgets/react';

declare const adapter: FrontdeskAdapter;
const prefill: PatientPrefill = { givenName: 'Ana', birthDate: '1988-07-04' };

export function Portal() {
  return (
    <>
      <fd-wait-time-banner adapter={adapter} variant="card" staleAfter={20} onfd-wait-time-update={(e) => console.log(e.detail.locationId, e.detail.minutes)} />
      <fd-appointment-picker
        adapter={adapter}
        mode="book"
        prefill={prefill}
        onfd-booking-confirm={(e) => console.log(e.detail.appointmentId, e.detail.start)}
        onfd-error={(e) => console.log(e.detail.kind)}
      />
      <fd-cost-estimator pay="self-pay" class="brand" />
      <fd-chat-launcher position="bottom-left" />
      <fd-feedback-survey layout="one-per-screen" onfd-survey-submit={(e) => console.log(e.detail)} />
      <FdProvider adapter={adapter} locale="es">
        <FdAppointmentPicker prefill={prefill} mode="manage" onFdBookingConfirm={(e) => console.log(e.detail.appointmentId)} />
        <FdWaitTimeBanner variant="inline" onFdWaitTimeUpdate={(e) => console.log(e.detail.stale)} />
      </FdProvider>
      <fd-provider adapter={adapter} locale="es">
        <fd-wait-time-banner />
      </fd-provider>
    </>
  );
}
