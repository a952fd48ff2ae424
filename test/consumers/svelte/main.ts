import 'frontdesk-widgets/appointment-picker';
import type { FrontdeskAdapter, PatientPrefill } from 'frontdesk-widgets';
import { mount as mountSvelte } from 'svelte';
import App from './app.svelte';

export function mount(container: HTMLElement, props: { adapter: FrontdeskAdapter; prefill: PatientPrefill; now: () => number }): void {
  mountSvelte(App, { target: container, props });
}
