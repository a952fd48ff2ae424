import type { FrontdeskAdapter } from '../../src/core/adapter.js';
import type { AppointmentPicker } from '../../src/widgets/appointment-picker/appointment-picker.js';
import type { DateGrid } from '../../src/widgets/appointment-picker/date-grid.js';
import type { DetailsDraft } from '../../src/widgets/appointment-picker/details.js';
import type { PatientForm } from '../../src/widgets/appointment-picker/patient-form.js';

/**
 * The ONE way to drive `<fd-appointment-picker>` the way a patient does: stories' `play`
 * functions use it on their `canvasElement`, and the tests' page object
 * (`test/support/picker-page.ts`) extends it. DOM APIs only, so it runs in Storybook and in
 * web-test-runner alike.
 */

/** Polls `check` until it returns something truthy (returned), or fails after `timeout` ms. */
export async function until<T>(check: () => T, message: string, timeout = 4000): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`Timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export class PickerDriver {
  constructor(readonly el: AppointmentPicker) {}

  /** The picker inside a story's canvas (or any container). */
  static in(container: ParentNode): PickerDriver {
    const el = container.querySelector('fd-appointment-picker');
    if (!el) throw new Error('no <fd-appointment-picker> here');
    return new PickerDriver(el);
  }

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  text(): string {
    return (this.root.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Waits until the picker shows `step` (its view state). */
  async at(step: string, timeout = 4000): Promise<void> {
    await until(() => this.el.viewState === step, `never reached "${step}" (at "${this.el.viewState}")`, timeout);
    await this.el.updateComplete;
  }

  button(label: string | RegExp): HTMLButtonElement {
    const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('button')];
    const found = buttons.find((b) => (typeof label === 'string' ? b.textContent.trim() === label : label.test(b.textContent)));
    if (!found) throw new Error(`no button "${String(label)}" among: ${buttons.map((b) => b.textContent.trim()).join(' | ')}`);
    return found;
  }

  /**
   * As a person does: scrolls the control into sight first (a long list puts Continue far
   * down), then clicks it. At once: a smooth scroll still running after the click would move
   * the page under the next step (no patient clicks before the page stops).
   */
  press(control: HTMLElement): void {
    control.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    control.click();
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

  /** The notice (time taken, hold released), once shown. */
  notice(): Promise<Element> {
    return until(() => this.root.querySelector('[part~=notice]'), 'no notice shown');
  }

  /** The modal dialog, once `open()` has shown it. */
  dialogOpen(): Promise<HTMLDialogElement> {
    return until(() => {
      const dialog = this.root.querySelector('dialog');
      return dialog?.open ? dialog : undefined;
    }, 'the dialog never opened');
  }

  /** Fills the details form the way the picker receives it, then submits it through its button. */
  async submitDetails(draft: DetailsDraft): Promise<void> {
    // The form is one of the picker's lazily loaded parts: wait for it to be defined and drawn.
    await customElements.whenDefined('fd-patient-form');
    const form = this.form;
    await until(() => form.shadowRoot?.querySelector('[part~=submit-button]'), 'the details form never rendered');
    form.value = draft;
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit-button]')!.click();
  }

  /**
   * From the day-and-time step: the first available day, its `index`th time, Continue.
   * `'last'`: every time of the day shown ("Show N more"), the last one, so Continue is
   * pressed at the bottom of a long list as a patient scrolled down to it.
   */
  async pickTime(index: number | 'last' = 0): Promise<void> {
    await this.at('when');
    const at = index === 'last' ? 1 : index;
    if (this.times().length <= at) this.button(/First available time|Next available day/).click();
    await until(() => this.times().length > at, 'no times shown');
    if (index === 'last') {
      for (let more = this.moreButton(); more; more = this.moreButton()) {
        this.press(more);
        await this.el.updateComplete;
      }
    }
    const times = this.times();
    this.press(index === 'last' ? times[times.length - 1] : times[index]);
    await this.el.updateComplete;
    this.press(this.button('Continue'));
  }

  /** The first "Show N more" button of the time list, if any. */
  private moreButton(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('.times button.more');
  }

  /** Chooses a time (the first, or the last of the day) and waits for the details step (the time is held). */
  async toDetails(index: number | 'last' = 0): Promise<void> {
    await this.pickTime(index);
    await this.at('details');
  }

  /** …then fills in the details and waits for the review step. */
  async toReview(draft: DetailsDraft = patientDraft): Promise<void> {
    await this.toDetails();
    await this.submitDetails(draft);
    await this.at('review');
  }

  /** …then books and waits for the confirmation. */
  async toConfirmed(draft: DetailsDraft = patientDraft): Promise<void> {
    await this.toReview(draft);
    this.button('Book appointment').click();
    await this.at('done');
  }

  /** Manage mode: looks an appointment up by confirmation code and date of birth (`YYYY-MM-DD`). */
  async lookUp(confirmationCode: string, birthDate: string): Promise<void> {
    await this.at('lookup');
    this.root.querySelector<HTMLInputElement>('#code')!.value = confirmationCode;
    this.root.querySelector<HTMLInputElement>('#birth-date')!.value = birthDate;
    this.button('Find appointment').click();
  }

  /** Moves the picker's clock (its `now` property) forward by `ms`, e.g. past a hold's expiry. */
  advanceClock(ms: number): void {
    const base = this.el.now;
    this.el.now = () => base() + ms;
  }
}

/** The patient of the stories and tests. */
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

/** A patient as the scheduling port takes one, for bookings made through the adapter. */
export const adapterPatient = {
  givenName: 'Rosa',
  familyName: 'Delgado',
  birthDate: '1980-04-02',
  phone: '(602) 555-0100',
  email: 'rosa@example.org',
};

/**
 * Books the first free time of a visit type at a location straight through the adapter (as
 * a phone call to the office would), for manage-mode stories and tests. Returns the booking.
 */
export async function bookThroughAdapter(adapter: FrontdeskAdapter | undefined, now: number, visitTypeId = 'sick', locationId = 'phoenix') {
  const scheduling = adapter?.scheduling;
  if (!scheduling?.findSlots || !scheduling.holdSlot || !scheduling.book) throw new Error('the adapter cannot book');
  const key = () => crypto.randomUUID();
  const [slot] = await scheduling.findSlots({
    from: new Date(now).toISOString(),
    to: new Date(now + 7 * 86_400_000).toISOString(),
    visitTypeId,
    locationId,
  });
  const hold = await scheduling.holdSlot({ slotId: slot.id, idempotencyKey: key() });
  return scheduling.book({ holdId: hold.holdId, patient: adapterPatient, reminders: { sms: false, email: false }, idempotencyKey: key() });
}

/**
 * A CSF3 `play` function that drives the picker in the story's canvas:
 * `play: drive((picker) => picker.toReview())`.
 */
export const drive =
  (steps: (picker: PickerDriver) => Promise<void>) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const picker = PickerDriver.in(canvasElement);
    await until(() => picker.el.viewState !== undefined && picker.el.viewState !== 'loading', 'the picker never loaded');
    await steps(picker);
  };
