import 'frontdesk-widgets/appointment-picker';
import type { FrontdeskAdapter, PatientPrefill } from 'frontdesk-widgets';
import { createApp } from 'vue';
import App from './app.vue';

export function mount(container: HTMLElement, props: { adapter: FrontdeskAdapter; prefill: PatientPrefill; now: () => number }): void {
  createApp(App, props).mount(container);
}
