// The browser app (built by Vite from the tarball for test/consumers/apps.test.ts): React binds the
// picker's `adapter`, `prefill` and `now` as properties and hears `fd-booking-confirm` through its prop.
import 'frontdesk-widgets/types/react';
import 'frontdesk-widgets/appointment-picker';
import type { FrontdeskAdapter, PatientPrefill } from 'frontdesk-widgets';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

export interface AppProps {
  adapter: FrontdeskAdapter;
  prefill: PatientPrefill;
  now: () => number;
}

function App({ adapter, prefill, now }: AppProps) {
  const [confirmed, setConfirmed] = useState('');
  return (
    <>
      <fd-appointment-picker adapter={adapter} prefill={prefill} now={now} visitType="sick" location="phoenix" onfd-booking-confirm={(e) => setConfirmed(e.detail.appointmentId)} />
      <output>{confirmed}</output>
    </>
  );
}

export function mount(container: HTMLElement, props: AppProps): void {
  createRoot(container).render(<App {...props} />);
}
