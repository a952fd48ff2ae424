import { normalizeConfirmationCode } from '../../core/confirmation-code.js';
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { FrontdeskElement } from '../../core/element.js';
import { isFrontdeskError, type FrontdeskError } from '../../core/errors.js';
import { formatTime } from '../../core/format.js';
import { schedulingPort } from '../../core/ports/scheduling.js';
import { IntentKey, idempotencyKey } from '../../core/resilience.js';
import type { Appointment, Hold, ManagedAppointment, Slot } from '../../core/schemas/scheduling.js';
import { localDateKey } from '../../core/time.js';
import type { DateGrid } from './date-grid.js';
import { applyPrefill, emptyDraft, toPatient, type DetailsDraft, type PatientPrefill } from './details.js';
import { HoldTimer, clock } from './hold-timer.js';
import type * as ManageModule from './manage-views.js';
import type * as WhenModule from './when-view.js';
import { need, revealFocus } from './parts.js';
import { pickerMessages } from './messages.js';
import { styles } from './appointment-picker.styles.js';
import type { PatientForm } from './patient-form.js';
import { groupSlotsByLocalDate, nearestAlternatives } from './slots.js';
import {
  formStrings,
  locationOf,
  placeLinks,
  summary,
  visitStep,
  visitTypeOf,
  whoStep,
  type ViewContext,
} from './views.js';


/** "Taken": a 409 that is not "the same request is still being handled" (that one is retried, with Retry-After). */
const taken = (error: unknown) => isFrontdeskError(error) && error.kind === 'conflict' && !error.retryable;

type Step = 'visit' | 'who' | 'when' | 'details' | 'review' | 'done' | 'lookup' | 'manage' | 'cancel' | 'cancelled';
const HORIZON_DAYS = 60;
const DAY = 86_400_000;

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

  @state() private step: Step = 'visit';
  @state() private visitTypeId?: string;
  @state() private providerId = 'any';
  @state() private locationId = 'any';
  @state() private month?: string;
  @state() private date?: string;
  @state() private chosen?: Slot;
  @state() private hold?: Hold;
  @state() private draft: DetailsDraft = { ...emptyDraft };
  @state() private appointment?: Appointment;
  @state() private previous?: Appointment;
  @state() private notice?: 'conflict' | 'expired' | 'not-found' | 'look-up-again';
  /** What the patient typed to look the appointment up, kept when they must look it up again. */
  private lookupInput = { code: '', birthDate: '' };
  /** The manage token of the current appointment: in memory only, sent only with reschedule and cancel. */
  private manageToken?: string;
  @state() private alternatives: Slot[] = [];
  @state() private busy = false;
  @state() private failure?: FrontdeskError;
  @state() private announcement = '';
  @state() private cancelReason = '';
  @state() private refresh = 0;
  @state() private modal = false;
  /** The manage-mode views, loaded when manage mode is first used. */
  @state() private manageViews?: typeof ManageModule;
  /** The day-and-time step's views, loaded with the calendar. */
  @state() private whenView?: typeof WhenModule;
  /** Clinics whose every time is shown on the chosen day ("Show N more"). */
  @state() private expanded: ReadonlySet<string> = new Set();

  /** The key of the write the patient is making (hold, book, reschedule, cancel: bodies of different shapes), kept across their retries. */
  private readonly intent = new IntentKey();

  @query('dialog') private dialog?: HTMLDialogElement;
  private opener?: HTMLElement;

  private readonly timer = new HoldTimer(
    this,
    (minutes) => (this.announcement = this.messages(pickerMessages).minutesLeft(minutes)),
    () => this.holdExpired(),
    () => this.now(),
  );

  private readonly catalog = new Task(this, {
    task: async ([port], { signal }) => {
      if (!port) return undefined;
      const [visitTypes, locations, providers] = await Promise.all([
        port.listVisitTypes?.({ signal }) ?? [],
        port.listLocations({ signal }),
        port.listProviders?.({ signal }) ?? [],
      ]);
      return { visitTypes, locations, providers };
    },
    args: () => [this.port('scheduling', schedulingPort)] as const,
    onError: (e) => this.reportError(e),
  });

  private readonly slots = new Task(this, {
    task: async ([port, visitTypeId, providerId, locationId, stepNeedsSlots], { signal }) => {
      if (!port?.findSlots || !visitTypeId || !stepNeedsSlots) return [];
      const from = this.now();
      return port.findSlots({
        from: new Date(from).toISOString(),
        to: new Date(from + HORIZON_DAYS * DAY).toISOString(),
        visitTypeId,
        ...(providerId !== 'any' ? { providerId } : {}),
        ...(locationId !== 'any' ? { locationId } : {}),
        signal,
      });
    },
    args: () =>
      [
        this.port('scheduling', schedulingPort),
        this.visitTypeId,
        this.providerId,
        this.locationId,
        this.step === 'when' || this.step === 'details',
        this.refresh,
      ] as const,
    onError: (e) => this.reportError(e),
  });

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

  /** Free slots by their location's local date (computed once per answer from the adapter). */
  private byDate(): Map<string, Slot[]> {
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

  private zone(): string {
    const c = this.context();
    const id = this.locationId !== 'any' ? this.locationId : c?.locations[0]?.id;
    return (id && c && locationOf(c, id)?.timeZone) || this.resolvedTimeZone;
  }

  private today(): string {
    return localDateKey(this.now(), this.zone());
  }

  private go(step: Step): void {
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

  private fail(error: unknown): void {
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

  // ——— Booking flow ———

  private readonly chooseTime = (slot: Slot) => {
    this.chosen = slot;
  };

  private async holdChosen(slot: Slot | undefined = this.chosen): Promise<void> {
    const port = this.port('scheduling', schedulingPort);
    if (!slot || !port?.holdSlot) return;
    this.busy = true;
    this.notice = undefined;
    try {
      this.release();
      this.hold = await this.intent.run(slot.id, (idempotencyKey) => port.holdSlot!({ slotId: slot.id, idempotencyKey }));
      this.chosen = slot;
      this.timer.start(this.hold.expiresAt);
      const { id: slotId, start, end, locationId, providerId, visitTypeId } = slot;
      this.emit('fd-slot-select', { slotId, start, end, locationId, providerId, visitTypeId });
      this.go(this.mode === 'manage' ? 'review' : 'details');
    } catch (error) {
      if (taken(error)) await this.taken(slot);
      else this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  /** Lets go of the held time, if any (best effort: it expires by itself anyway). */
  private release(): void {
    if (this.hold) void this.port('scheduling', schedulingPort)?.releaseHold?.({ holdId: this.hold.holdId, idempotencyKey: idempotencyKey() }).catch(() => undefined);
  }

  /** Someone else took the time: say so, refresh, offer the three nearest still free. */
  private async taken(slot: Slot): Promise<void> {
    this.timer.stop();
    this.hold = undefined;
    this.notice = 'conflict';
    this.refresh++;
    await this.slots.taskComplete.catch(() => undefined);
    this.alternatives = nearestAlternatives(this.slots.value ?? [], slot, 3, this.now());
    this.chosen = undefined;
    this.go('when');
  }

  private holdExpired(): void {
    this.hold = undefined;
    this.chosen = undefined;
    this.notice = 'expired';
    this.refresh++;
    this.go('when');
  }

  private readonly detailsDone = (e: HTMLElementEventMap['fd-patient-form-submit']) => {
    this.draft = e.detail.value;
    this.go('review');
  };

  private async book(): Promise<void> {
    const port = this.port('scheduling', schedulingPort);
    const booking = toPatient(this.draft, this.today());
    if (!port?.book || !this.hold || !booking) return;
    this.busy = true;
    this.announcement = this.messages(pickerMessages).booking;
    const body = { holdId: this.hold.holdId, ...booking };
    try {
      const appointment = await this.intent.run(body, (idempotencyKey) => port.book!({ ...body, idempotencyKey }));
      this.lookupInput = { code: appointment.confirmationCode, birthDate: booking.patient.birthDate };
      this.done(appointment, 'fd-booking-confirm');
    } catch (error) {
      if (taken(error) && this.chosen) await this.taken(this.chosen);
      else this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  /** Keeps the manage token apart from the appointment shown (it is never rendered or sent in an event). */
  private managed({ manageToken, ...appointment }: ManagedAppointment): Appointment {
    this.manageToken = manageToken.token;
    return appointment;
  }

  private done(answer: ManagedAppointment, event: 'fd-booking-confirm' | 'fd-booking-reschedule'): void {
    this.timer.stop();
    this.hold = undefined;
    const appointment = (this.appointment = this.managed(answer));
    const { id: appointmentId, start, end, locationId, providerId, visitTypeId } = appointment;
    const ref = { appointmentId, start, end, locationId, providerId, visitTypeId };
    if (event === 'fd-booking-reschedule') this.emit(event, { ...ref, previousStart: this.previous?.start ?? start });
    else this.emit(event, ref);
    this.go('done');
  }

  // ——— Manage flow ———

  private async lookup(code: string, birthDate: string): Promise<void> {
    const port = this.port('scheduling', schedulingPort);
    if (!port?.findAppointment) return;
    this.busy = true;
    this.notice = undefined;
    this.lookupInput = { code, birthDate };
    try {
      this.appointment = this.managed(await port.findAppointment({ confirmationCode: normalizeConfirmationCode(code), birthDate }));
      this.go('manage');
    } catch (error) {
      if (isFrontdeskError(error) && error.kind === 'not-found') this.notice = 'not-found';
      else this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private startReschedule(): void {
    if (!this.appointment) return;
    this.previous = this.appointment;
    this.visitTypeId = this.appointment.visitTypeId;
    // The times offered are at the appointment's clinic until the patient asks for others.
    this.locationId = this.appointment.locationId;
    this.providerId = 'any';
    this.go('when');
  }

  private async confirmReschedule(): Promise<void> {
    const port = this.port('scheduling', schedulingPort);
    if (!port?.reschedule || !this.hold || !this.previous) return;
    this.busy = true;
    this.announcement = this.messages(pickerMessages).booking;
    const body = { appointmentId: this.previous.id, holdId: this.hold.holdId };
    try {
      const moved = await this.intent.run(body, (idempotencyKey) => port.reschedule!({ ...body, manageToken: this.manageToken ?? '', idempotencyKey }));
      this.done(moved, 'fd-booking-reschedule');
    } catch (error) {
      if (isFrontdeskError(error) && error.kind === 'unauthorized') this.lookUpAgain();
      else if (taken(error) && this.chosen) await this.taken(this.chosen);
      else this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private async cancelAppointment(): Promise<void> {
    const port = this.port('scheduling', schedulingPort);
    if (!port?.cancel || !this.appointment) return;
    this.busy = true;
    try {
      const reason = this.cancelReason.trim();
      const body = { appointmentId: this.appointment.id, ...(reason ? { reason } : {}) };
      this.appointment = await this.intent.run(body, (idempotencyKey) => port.cancel!({ ...body, manageToken: this.manageToken ?? '', idempotencyKey }));
      this.emit('fd-booking-cancel', { appointmentId: this.appointment.id });
      this.go('cancelled');
    } catch (error) {
      if (isFrontdeskError(error) && error.kind === 'unauthorized') this.lookUpAgain();
      else this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  /**
   * The manage token was refused (expired, or the server no longer knows it): back to the
   * look-up with what the patient typed, so one press of Find proves it again.
   */
  private lookUpAgain(): void {
    this.release();
    this.timer.stop();
    this.hold = this.chosen = this.previous = this.appointment = this.manageToken = undefined;
    this.notice = 'look-up-again';
    this.go('lookup');
  }

  private readonly downloadIcs = async (a: Appointment) => (await import('./ics.js')).downloadIcs(a, this.context(), this.now());

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
      ${this.renderNotice()}
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

  private renderNotice(): unknown {
    const t = this.messages(pickerMessages);
    if (this.notice !== 'conflict' && this.notice !== 'expired') return nothing;
    const c = this.context()!;
    return html`<div class="notice" part="notice" role="alert" tabindex="-1">
      ${this.notice === 'expired' ? html`<p>${t.holdExpired}</p>` : html`<p>${this.alternatives.length ? t.conflict : t.conflictNone}</p>`}
      ${this.notice === 'conflict' && this.alternatives.length
        ? html`<ul class="alternatives">
            ${this.alternatives.map(
              (s) => html`<li><button class="fd-button" data-variant="secondary" part="button" type="button" @click=${() => void this.holdChosen(s)}>
                ${formatTime(s.start, c.locale, locationOf(c, s.locationId)?.timeZone ?? this.zone())} · ${new Intl.DateTimeFormat(c.locale, {
                  weekday: 'short',
                  month: 'short',
                  day: 'numeric',
                  timeZone: locationOf(c, s.locationId)?.timeZone ?? this.zone(),
                }).format(new Date(s.start))}
              </button></li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }

  private renderBody(c: ViewContext): unknown {
    const { t } = c;
    const nav = (back: Step | undefined, next?: () => void, label = t.continue, disabled = false) => html`<div class="nav">
      ${back ? html`<button class="fd-button" data-variant="secondary" part="button" type="button" @click=${() => this.go(back)}>${t.back}</button>` : nothing}
      ${next
        ? html`<button
            class="fd-button"
            part="button"
            type="button"
            ?disabled=${disabled}
            aria-disabled=${this.busy ? 'true' : 'false'}
            @click=${() => {
              // While busy the button stays focusable (aria-disabled, not disabled), so focus
              // is not dropped to the page when a write fails.
              if (!this.busy) next();
            }}
          >
            ${label}
          </button>`
        : nothing}
    </div>`;
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
        return html`${this.renderHold(c)}
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
        return html`${this.renderHold(c)}
          <p class="step-heading" role="heading" aria-level=${this.level() + 1} tabindex="-1" data-step-focus>${t.reviewHeading}</p>
          ${this.chosen ? summary(c, { ...this.chosen, telehealth: this.chosen.telehealth }) : nothing}
          ${this.mode === 'manage'
            ? html`${this.clinicMoves(c)}<p>${t.oldTimeKept}</p>${nav('when', () => void this.confirmReschedule(), this.busy ? t.booking : t.confirmReschedule)}`
            : html`<dl class="summary"><dt>${t.patient}</dt><dd>${this.draft.givenName} ${this.draft.familyName}</dd></dl>
                ${nav('details', () => void this.book(), this.busy ? t.booking : t.book)}`}`;
      case 'done':
        return this.renderDone(c);
      default:
        if (!this.manageViews) return this.renderLoading();
        return this.manageViews.manageView(this.step, c, {
          appointment: this.appointment,
          notice: this.notice,
          input: this.lookupInput,
          busy: this.busy,
          reason: this.cancelReason,
          onReason: (value) => (this.cancelReason = value),
          lookup: (code, birthDate) => void this.lookup(code, birthDate),
          reschedule: () => this.startReschedule(),
          askCancel: () => this.go('cancel'),
          keep: () => this.go('manage'),
          cancel: () => void this.cancelAppointment(),
          bookAnother: () => {
            this.mode = 'book';
          },
          lookupForm: this.manageViews.lookupForm,
        });
    }
  }

  /** Rescheduling to another clinic: said before the patient confirms. */
  private clinicMoves(c: ViewContext): unknown {
    const from = this.previous && locationOf(c, this.previous.locationId);
    const to = this.chosen && locationOf(c, this.chosen.locationId);
    return from && to && from !== to ? html`<p class="moves">${c.t.clinicMoves(from.name, to.name)}</p>` : nothing;
  }

  private renderHold(c: ViewContext): unknown {
    if (!this.hold || !this.chosen) return nothing;
    const time = formatTime(this.chosen.start, c.locale, locationOf(c, this.chosen.locationId)?.timeZone ?? this.zone());
    return html`<p class="hold" part="hold" role="timer" aria-live="off">${c.t.heldFor(time, clock(this.timer.remainingMs))}</p>`;
  }

  private renderWhen(c: ViewContext, nav: (back: Step | undefined, next?: () => void, label?: string, disabled?: boolean) => TemplateResult): unknown {
    const { t } = c;
    const back = this.mode === 'manage' ? 'manage' : this.visitType && (this.provider || this.location) ? undefined : 'who';
    return this.renderTask(this.slots, () => {
      const byDate = this.byDate();
      if (!byDate.size) {
        const phone = this.phone();
        return html`<p class="empty" role="status">${t.noTimes}${phone ? html` ${t.callUs(phone)}` : nothing}</p>
          ${nav(this.mode === 'manage' ? 'manage' : 'who')}`;
      }
      if (!this.whenView) return this.renderLoading();
      const kept = this.previous && this.locationId === this.previous.locationId ? this.locationId : undefined;
      return this.whenView.whenStep(
        c,
        {
          byDate,
          today: this.today(),
          date: this.date,
          month: this.month,
          horizonDays: HORIZON_DAYS,
          keptClinic: kept,
          selected: this.chosen?.id,
          expanded: this.expanded,
          expand: (id) => this.showAll(id),
          oneClinic: this.locationId !== 'any',
          oneClinician: this.providerId !== 'any',
        },
        {
          choose: this.chooseTime,
          selectDate: (date) => this.selectDate(date),
          month: (month) => (this.month = month),
          jump: (date) => this.jump(date),
          otherClinics: () => this.otherClinics(),
        },
        nav(back, () => void this.holdChosen(), this.busy ? t.holding : t.continue, !this.chosen),
      );
    }, this.phone());
  }

  /** A day was chosen: its times replace the last day's, and a screen reader hears how many. */
  private selectDate(date: string): void {
    this.date = date;
    this.chosen = undefined;
    this.expanded = new Set();
    const c = this.context();
    if (c && this.whenView) this.announcement = c.t.dayTimes(this.whenView.dayLabel(date, c), this.byDate().get(date)?.length ?? 0);
  }

  /** "Show N more": every time at that clinic, focus on the first one that was hidden. */
  private showAll(locationId: string): void {
    const before = new Set([...this.renderRoot.querySelectorAll<HTMLInputElement>('[part~=time] input')].map((i) => i.dataset['slot']));
    this.expanded = new Set([...this.expanded, locationId]);
    void this.updateComplete.then(() => {
      const inputs = [...this.renderRoot.querySelectorAll<HTMLInputElement>(`[data-location="${locationId}"] [part~=time] input`)];
      inputs.find((i) => !before.has(i.dataset['slot']))?.focus();
    });
  }

  /** Rescheduling: the patient asks for times at the other clinics too. */
  private otherClinics(): void {
    this.locationId = 'any';
    this.chosen = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-step-focus]')?.focus());
  }

  private jump(date: string): void {
    this.selectDate(date);
    this.month = date.slice(0, 7);
    void this.updateComplete
      .then(() => need('fd-date-grid'))
      .then(() => this.renderRoot.querySelector<DateGrid>('fd-date-grid')?.focusDay(date));
  }

  private renderDone(c: ViewContext): TemplateResult {
    const { t } = c;
    const a = this.appointment!;
    const prep = visitTypeOf(c, a.visitTypeId)?.preparation;
    return html`<p class="step-heading" role="heading" aria-level=${this.level() + 1} tabindex="-1" data-step-focus>${this.previous ? t.rescheduledHeading : t.confirmedHeading}</p>
      <p>${t.confirmationCode}: <strong class="code" part="confirmation-code">${a.confirmationCode}</strong></p>
      <p class="muted">${t.keepCode}</p>
      ${summary(c, a)}
      ${a.telehealth ? html`<p>${t.videoLink}</p>` : nothing}
      ${prep ? html`<p class="step-heading" role="heading" aria-level=${this.level() + 2}>${t.prepare}</p><p>${prep}</p>` : nothing}
      <div class="nav">
        <button class="fd-button" part="button" type="button" @click=${() => void this.downloadIcs(a)}>${t.addToCalendar}</button>
        <button class="fd-button" data-variant="secondary" part="button" type="button" @click=${() => this.manageFromDone()}>${t.changeOrCancel}</button>
      </div>
      ${placeLinks(c, a.locationId)}`;
  }

  private manageFromDone(): void {
    this.previous = undefined;
    this.mode = 'manage';
    void this.updateComplete.then(() => this.go('manage'));
  }

  /**
   * The form's element, for tests and the page object.
   * @internal
   */
  get form(): PatientForm | null {
    return this.renderRoot.querySelector('fd-patient-form');
  }
}
