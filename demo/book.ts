// The booking page uses the library as a patient portal's own build would: ESM imports.
import 'frontdesk-widgets/define';
import { configure, createMemoryAdapter } from 'frontdesk-widgets';

// The page default: every widget on this page without its own adapter or provider uses it.
// Demo data only; a real portal passes its own adapter (REST, FHIR…) here.
configure({ adapter: createMemoryAdapter({ latencyMs: 300 }) });
