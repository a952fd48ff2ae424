import { expect, waitUntil } from '@open-wc/testing';
import type { AppointmentPicker } from '../../src/widgets/appointment-picker/appointment-picker.js';
import type { DateGrid } from '../../src/widgets/appointment-picker/date-grid.js';
import type { DetailsDraft } from '../../src/widgets/appointment-picker/details.js';
import type { PatientForm } from '../../src/widgets/appointment-picker/patient-form.js';

/** A page object for the picker: tests say what a patient does, not how the shadow DOM is built. */
export class PickerPage {
  constructor(readonly el: AppointmentPicker) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  text(): string {
    return (this.root.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Waits until the picker shows `step` (its view state). */
  async at(step: string, timeout = 4000): Promise<void> {
    await waitUntil(() => this.el.viewState === step, `never reached "${step}" (at "${this.el.viewState}")`, { timeout });
    await this.el.updateComplete;
  }

  button(label: string | RegExp): HTMLButtonElement {
    const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('button')];
    const found = buttons.find((b) => (typeof label === 'string' ? b.textContent.trim() === label : label.test(b.textContent)));
    if (!found) throw new Error(`no button "${String(label)}" among: ${buttons.map((b) => b.textContent.trim()).join(' | ')}`);
    return found;
  }

  radio(label: string | RegExp): HTMLInputElement {
    const labels = [...this.root.querySelectorAll<HTMLLabelElement>('label')].filter((l) => l.querySelector('input[type=radio]'));
    const found = labels.find((l) => (typeof label === 'string' ? l.textContent.includes(label) : label.test(l.textContent)));
    if (!found) throw new Error(`no choice "${String(label)}"`);
    return found.querySelector('input')!;
  }

  get grid(): DateGrid {
    return this.root.querySelector('fd-date-grid')!;
  }

  get form(): PatientForm {
    return this.root.querySelector('fd-patient-form')!;
  }

  times(): HTMLInputElement[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('[part~=time] input')];
  }

  /** Fills the details form the way the picker receives it, then submits it through its button. */
  async submitDetails(draft: DetailsDraft): Promise<void> {
    const form = this.form;
    form.value = draft;
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit-button]')!.click();
  }

  async expectAccessible(): Promise<void> {
    await expect(this.el).to.be.accessible();
  }
}

export const patientDraft: DetailsDraft = {
  givenName: 'Rosa',
  familyName: 'Delgado',
  birthMonth: '4',
  birthDay: '2',
  birthYear: '1980',
  phone: '(602) 555-0100',
  email: 'rosa@example.org',
  reason: 'Sore throat',
  remindBySms: true,
  remindByEmail: false,
};
