import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { FrontdeskElement } from '../../core/element.js';
import { isFrontdeskError, type FrontdeskError } from '../../core/errors.js';
import type { EventDetail } from '../../core/events.js';
import type { SchedulingPort } from '../../core/adapter.js';
import { schedulingPort } from '../../core/ports/scheduling.js';
import { IntentKey } from '../../core/resilience.js';
import type { Appointment, Hold, Slot } from '../../core/schemas/scheduling.js';
import { localDateKey } from '../../core/time.js';
import { styles } from './appointment-picker.styles.js';
import { book, holdChosen, holdExpired } from './booking.js';
import { applyPrefill, emptyDraft, toPatient, type DetailsDraft, type PatientPrefill } from './details.js';
import { HoldTimer } from './hold-timer.js';
import type * as ManageModule from './manage-views.js';
import { pickerMessages } from './messages.js';
import { need, revealFocus } from './parts.js';
import type { PatientForm } from './patient-form.js';
import { doneStep, holdLine, navFor, reviewStep } from './review-view.js';
import { groupSlotsByLocalDate } from './slots.js';
import { catalogTask, slotsTask } from './tasks.js';
import { formStrings, locationOf, visitStep, whoStep, type ViewContext } from './views.js';
import type * as WhenModule from './when-view.js';

export type Step = 'visit' | 'who' | 'when' | 'details' | 'review' | 'done' | 'lookup' | 'manage' | 'cancel' | 'cancelled';

/**
 * Find a time, hold it, book it; look up, reschedule or cancel by confirmation code. Times
 * are shown in each location's own time zone and grouped by its local dates; a time is held
 * while the patient types; a time taken by someone else is answered with the nearest ones
 * still free, keeping everything typed.
 *
 * Adapter methods: needs `scheduling.listLocations`, `listVisitTypes`, `listProviders`, `findSlots`,
 * `holdSlot`, `releaseHold` and `book` to book; `findAppointment`, `reschedule` and `cancel` for
 * `mode="manage"` and the confirmation's change links.
 *
 * @tagname fd-appointment-picker
 * @summary Book, reschedule and cancel appointments online.
 *
 * @fires fd-slot-select - A time was chosen and is now held. Detail: ids and times.
 * @fires fd-booking-confirm - Booked. Detail: `{ appointmentId, start, end, locationId, providerId, visitTypeId }` (never the confirmation code: with a birth date it finds the appointment).
 * @fires fd-booking-reschedule - Moved to a new time. Detail: as fd-booking-confirm plus `previousStart`.
 * @fires fd-booking-cancel - Cancelled. Detail: `{ appointmentId }`.
 * @fires fd-error - An adapter call failed. Detail: `{ kind, retryable, retryAfterMs?, widget }`.
 *
 * @csspart base - The widget's box.
 * @csspart dialog - The modal dialog, when opened with `open()`.
 * @csspart step - The current step's panel.
 * @csspart visit-types - The list of visit types.
 * @csspart choice - One visit type.
 * @csspart times - The day's times.
 * @csspart time - One time.
 * @csspart hold - The hold countdown.
 * @csspart summary - The appointment summary.
 * @csspart confirmation-code - The confirmation code.
 * @csspart notice - A notice (time taken, hold expired).
 * @csspart button - Action buttons.
 * @csspart link - Links (directions, add to calendar).
 * @csspart calendar-heading - The calendar's month heading.
 * @csspart calendar-nav-button - The calendar's previous and next month buttons.
 * @csspart calendar-grid - The calendar's table of days.
 * @csspart calendar-day - Every day of the month (also one of the next four).
 * @csspart calendar-day-available - A day with times free.
 * @csspart calendar-day-disabled - A day without times, or outside the booking window.
 * @csspart calendar-day-selected - The chosen day.
 * @csspart calendar-day-today - Today.
 * @csspart details-form - The patient's details form.
 * @csspart details-field - One field (or group, such as the birth date) of the form.
 * @csspart details-error-summary - The list of problems shown when the form is sent with errors.
 * @csspart details-submit-button - The form's Continue button.
 *
 * @cssstate visit - Step: choosing the visit type.
 * @cssstate who - Step: new or returning patient.
 * @cssstate when - Step: choosing a day and time.
 * @cssstate details - Step: the patient's details.
 * @cssstate review - Step: checking before booking.
 * @cssstate done - Booked.
 * @cssstate lookup - Manage mode: finding an appointment by its code.
 * @cssstate manage - Manage mode: the appointment found.
 * @cssstate cancel - Manage mode: confirming the cancellation.
 * @cssstate cancelled - Manage mode: cancelled.
 */
export class AppointmentPicker extends FrontdeskElement {
  static override styles = [...FrontdeskElement.styles, styles];

  /** `book` (default) or `manage` (look up by confirmation code, then reschedule or cancel). */
  @property({ reflect: true }) mode: 'book' | 'manage' = 'book';
  /** Preselects the visit type (its step is skipped). */
  @property({ attribute: 'visit-type' }) visitType?: string;
  /** Preselects the clinician. */
  @property() provider?: string;
  /** Preselects the location. */
  @property() location?: string;
  /** Details the portal already knows (kept in memory only). */
  @property({ attribute: false }) prefill?: PatientPrefill;
  /** Level of the picker's heading (2–6), to fit the page's outline; its steps' headings sit one below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** The clock, for tests and stories. */
  @property({ attribute: false }) now: () => number = Date.now;

  // The flow's state, read and written by its step modules (booking, when-view, manage-flow,
  // review-view): not part of the element's API.
  /** @internal */ @state() step: Step = 'visit';
  /** @internal */ @state() visitTypeId?: string;
  /** @internal */ @state() providerId = 'any';
  /** @internal */ @state() locationId = 'any';
  /** @internal */ @state() month?: string;
  /** @internal */ @state() date?: string;
  /** @internal */ @state() chosen?: Slot;
  /** @internal */ @state() hold?: Hold;
  /** @internal */ @state() draft: DetailsDraft = { ...emptyDraft };
  /** @internal */ @state() appointment?: Appointment;
  /** @internal */ @state() previous?: Appointment;
  /** @internal */ @state() notice?: 'conflict' | 'expired' | 'not-found' | 'look-up-again';
  /** @internal What the patient typed to look the appointment up, kept when they must look it up again. */
  lookupInput = { code: '', birthDate: '' };
  /** @internal The manage token of the current appointment: in memory only, sent only with reschedule and cancel. */
  manageToken?: string;
  /** @internal */ @state() alternatives: Slot[] = [];
  /** @internal */ @state() busy = false;
  /** @internal */ @state() announcement = '';
  /** @internal */ @state() cancelReason = '';
  /** @internal */ @state() refresh = 0;
  /** @internal Clinics whose every time is shown on the chosen day ("Show N more"). */
  @state() expanded: ReadonlySet<string> = new Set();
  @state() private failure?: FrontdeskError;
  @state() private modal = false;
  /** The manage-mode views, loaded when manage mode is first used. */
  @state() private manageViews?: typeof ManageModule;
  /** The day-and-time step's views, loaded with the calendar. */
  @state() private whenView?: typeof WhenModule;

  /** @internal The key of the write the patient is making (hold, book, reschedule, cancel: bodies of different shapes), kept across their retries. */
  readonly intent = new IntentKey();

  @query('dialog') private dialog?: HTMLDialogElement;
  private opener?: HTMLElement;

  /** @internal */
  readonly timer = new HoldTimer(
    this,
    (minutes) => (this.announcement = this.messages(pickerMessages).minutesLeft(minutes)),
    () => holdExpired(this),
    () => this.now(),
  );

  private readonly catalog = catalogTask(this, (e) => this.reportError(e));
  /** @internal The free times for the visit type, clinician and clinic chosen, while a step needs them. */
  readonly slots = slotsTask(this, (e) => this.reportError(e));

  /** @internal The scheduling port in force. */
  get scheduling(): SchedulingPort | undefined {
    return this.port('scheduling', schedulingPort);
  }

  /** @internal */
  override emit<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>): boolean {
    return super.emit(type, detail);
  }

  /** Shows the picker in a modal dialog; focus returns to the page's button on close. */
  open(): void {
    this.opener = (document.activeElement as HTMLElement | null) ?? undefined;
    this.modal = true;
    void this.updateComplete.then(() => this.dialog?.showModal());
  }

  /** Closes the modal dialog. */
  close(): void {
    this.dialog?.close();
  }

  private readonly dialogClosed = () => {
    this.modal = false;
    this.opener?.focus();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode')) this.step = this.mode === 'manage' ? 'lookup' : this.firstStep();
    if (this.step !== 'visit') {
      void need('fd-date-grid');
      if (!this.whenView) void import('./when-view.js').then((m) => (this.whenView = m));
    }
    if (this.mode === 'manage' && !this.manageViews) void import('./manage-views.js').then((m) => (this.manageViews = m));
    if (this.step === 'when' || this.step === 'details' || this.step === 'review') void need('fd-patient-form');
    if (changed.has('visitType') && this.visitType) this.visitTypeId = this.visitType;
    if (changed.has('provider') && this.provider) this.providerId = this.provider;
    if (changed.has('location') && this.location) this.locationId = this.location;
    if (changed.has('prefill') && this.prefill) this.draft = applyPrefill(this.draft, this.prefill);
  }

  private firstStep(): Step {
    if (!this.visitType) return 'visit';
    return this.provider || this.location ? 'when' : 'who';
  }

  private context(): ViewContext | undefined {
    const data = this.catalog.value;
    if (!data) return undefined;
    return { t: this.messages(pickerMessages), locale: this.resolvedLocale, level: this.level() + 1, ...data };
  }

  private grouped?: { source: readonly Slot[]; result: Map<string, Slot[]> };

  /** @internal Free slots by their location's local date (computed once per answer from the adapter). */
  byDate(): Map<string, Slot[]> {
    const all = this.slots.value ?? [];
    if (this.grouped?.source !== all) this.grouped = { source: all, result: this.groupByDate(all) };
    return this.grouped.result;
  }

  private groupByDate(all: readonly Slot[]): Map<string, Slot[]> {
    const c = this.context();
    const zones = new Map(c?.locations.map((l) => [l.id, l.timeZone]));
    // Each time by its own clinic's date; a time at a clinic the catalog does not know is left out.
    return groupSlotsByLocalDate(
      all.filter((s) => zones.has(s.locationId)),
      (s) => zones.get(s.locationId)!,
    );
  }

  /** @internal */
  zone(): string {
    const c = this.context();
    const id = this.locationId !== 'any' ? this.locationId : c?.locations[0]?.id;
    return (id && c && locationOf(c, id)?.timeZone) || this.resolvedTimeZone;
  }

  /** @internal */
  today(): string {
    return localDateKey(this.now(), this.zone());
  }

  /** @internal */
  go(step: Step): void {
    this.step = step;
    this.failure = undefined;
    // Move focus to the new step (its heading, or the form's first field) so keyboard and
    // screen-reader users continue where the content changed.
    void this.updateComplete.then(async () => {
      if (step !== 'details') {
        // The step's heading, or while it loads the notice or the title: focus never falls to the page.
        const target = ['[data-step-focus]', '[part~=notice]', '#picker-title'].map((s) => this.renderRoot.querySelector<HTMLElement>(s)).find(Boolean);
        target?.focus();
      } else {
        await need('fd-patient-form');
        // Not upgraded when the picker left the page meanwhile.
        this.form?.focusFirstField?.();
        await this.form?.updateComplete;
      }
      // The step before may have been long (a list of times): the focused field is on screen at once.
      revealFocus(this);
    });
  }

  /** @internal */
  fail(error: unknown): void {
    this.failure = isFrontdeskError(error) ? error : undefined;
    this.reportError(error);
    // The message is an alert; if focus had left the widget, bring it back to the message.
    void this.updateComplete.then(() => {
      if (this.matches(':focus-within')) return;
      const message = this.renderRoot.querySelector<HTMLElement>('[part~=error]');
      message?.setAttribute('tabindex', '-1');
      message?.focus();
    });
  }

  private readonly detailsDone = (e: HTMLElementEventMap['fd-patient-form-submit']) => {
    this.draft = e.detail.value;
    this.go('review');
  };

  // ——— Rendering ———

  protected override renderContent(): unknown {
    const body = this.renderTask(this.catalog, () => this.renderStep());
    if (!this.modal) return body;
    const t = this.messages(pickerMessages);
    return html`<dialog part="dialog" aria-labelledby="picker-title" @close=${this.dialogClosed}>
      <button class="fd-button close" data-variant="secondary" part="button" type="button" @click=${() => this.close()}>${t.close}</button>
      ${body}
    </dialog>`;
  }

  private renderStep(): TemplateResult {
    const c = this.context()!;
    const { t } = c;
    const title = this.mode === 'manage' ? t.manageTitle : t.title;
    // A failed write is shown inside its step (nothing typed is lost): the step stays the state.
    const failure = this.failure ? this.renderError(this.failure, undefined, this.phone()) : nothing;
    this.setViewState(this.step);
    return html`<div class="picker" part="step">
      <p id="picker-title" class="title" role="heading" aria-level=${this.level()} tabindex="-1">${title}</p>
      ${failure}
      ${this.whenView?.noticeView(this, c)}
      <div class="step" data-step=${this.step}>${this.renderBody(c)}</div>
      <div class="fd-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private level(): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
  }

  private phone(): string | undefined {
    const c = this.context();
    const id = this.chosen?.locationId ?? this.appointment?.locationId ?? (this.locationId !== 'any' ? this.locationId : undefined);
    return (id && c && locationOf(c, id)?.phone) || c?.locations[0]?.phone;
  }

  private renderBody(c: ViewContext): unknown {
    const { t } = c;
    const nav = navFor(this, c);
    switch (this.step) {
      case 'visit':
        return html`${visitStep(c, this.visitTypeId, (id) => (this.visitTypeId = id))} ${nav(undefined, () => this.go('who'), t.continue, !this.visitTypeId)}`;
      case 'who':
        return html`${whoStep(c, this.visitTypeId ?? '', this.providerId, this.locationId, (field, value) => {
          if (field === 'provider') this.providerId = value;
          else this.locationId = value;
        })}
        ${nav(this.visitType ? undefined : 'visit', () => this.go('when'))}`;
      case 'when':
        // The heading stands while the times load, so focus has its step's heading to go to.
        return html`<p class="step-heading" role="heading" aria-level=${c.level} tabindex="-1" data-step-focus>${t.whenHeading}</p>
          ${this.renderWhen(c, nav)}`;
      case 'details':
        return html`${holdLine(this, c)}
          <fd-patient-form
            exportparts="form: details-form, field: details-field, error-summary: details-error-summary, submit-button: details-submit-button"
            .value=${this.draft}
            .strings=${formStrings(t, c.locale)}
            today=${this.today()}
            ?busy=${this.busy}
            @fd-patient-form-change=${(e: HTMLElementEventMap['fd-patient-form-change']) => (this.draft = e.detail.value)}
            @fd-patient-form-submit=${this.detailsDone}
          ></fd-patient-form>
          ${nav('when')}`;
      case 'review':
        return reviewStep(
          this,
          c,
          this.mode === 'manage'
            ? nav('when', () => void this.manageViews?.confirmReschedule(this, t.booking), this.busy ? t.booking : t.confirmReschedule)
            : nav('details', () => void book(this, t.booking, toPatient(this.draft, this.today())), this.busy ? t.booking : t.book),
        );
      case 'done':
        return doneStep(this, c);
      default:
        return this.manageViews ? this.manageViews.manageView(this, c) : this.renderLoading();
    }
  }

  private renderWhen(c: ViewContext, nav: ReturnType<typeof navFor>): unknown {
    const { t } = c;
    const back = this.mode === 'manage' ? 'manage' : this.visitType && (this.provider || this.location) ? undefined : 'who';
    return this.renderTask(this.slots, () => {
      const byDate = this.byDate();
      if (!byDate.size) {
        const phone = this.phone();
        return html`<p class="empty" role="status">${t.noTimes}${phone ? html` ${t.callUs(phone)}` : nothing}</p>
          ${nav(this.mode === 'manage' ? 'manage' : 'who')}`;
      }
      return this.whenView
        ? this.whenView.whenStep(this, c, nav(back, () => void holdChosen(this), this.busy ? t.holding : t.continue, !this.chosen))
        : this.renderLoading();
    }, this.phone());
  }

  /**
   * The form's element, for tests and the page object.
   * @internal
   */
  get form(): PatientForm | null {
    return this.renderRoot.querySelector('fd-patient-form');
  }
}
