// A portal page as an Angular vendor writes it (strictTemplates): the directives type every binding.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import type { FrontdeskAdapter, PatientPrefill } from 'frontdesk-widgets';
import { FRONTDESK_DIRECTIVES } from 'frontdesk-widgets/angular';

@Component({
  selector: 'app-portal',
  imports: [FRONTDESK_DIRECTIVES],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <fd-provider [adapter]="adapter" locale="es">
      <fd-wait-time-banner variant="card" [staleAfter]="20" (fd-wait-time-update)="log($event.detail.locationId, $event.detail.minutes)" />
      <fd-appointment-picker mode="book" [prefill]="prefill" (fd-booking-confirm)="log($event.detail.appointmentId, $event.detail.start)" (fd-error)="log($event.detail.kind)" />
      <fd-cost-estimator pay="self-pay" class="brand" />
      <fd-chat-launcher position="bottom-left" />
      <fd-feedback-survey layout="one-per-screen" (fd-survey-submit)="log($event.detail)" />
    </fd-provider>
  `,
})
export class Portal {
  declare adapter: FrontdeskAdapter;
  readonly prefill: PatientPrefill = { givenName: 'Ana', birthDate: '1988-07-04' };
  log(...values: unknown[]): void {
    console.log(...values);
  }
}
