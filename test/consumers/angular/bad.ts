// Each marked line must be an error: the consumer check asserts exactly these, each with its message.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import { FRONTDESK_DIRECTIVES } from 'frontdesk-widgets/angular';

@Component({
  selector: 'app-portal',
  imports: [FRONTDESK_DIRECTIVES],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <fd-wait-time-banner [staleAfter]="'twenty'" /> <!-- expect: wrong prop type \`number\` -->
    <fd-wait-time-banner variant="cardd" /> <!-- expect: wrong enum value \`"cardd"\` -->
    <fd-appointment-picker (fd-booking-confirm)="log($event.detail.confirmationCode)" /> <!-- expect: wrong detail field \`confirmationCode\` -->
  `,
})
export class Portal {
  log(value: unknown): void {
    console.log(value);
  }
}
