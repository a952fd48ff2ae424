import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { baseStyles, tokens } from '../../core/tokens.css.js';
import {
  birthPartsAtFault,
  detailsFields,
  emptyDraft,
  localToday,
  validateDetails,
  type BirthPart,
  type DetailsDraft,
  type DetailsField,
  type DetailsProblem,
  type DetailsProblems,
} from './details.js';
import { styles } from './patient-form.styles.js';

/** Every piece of text the form shows; the picker passes them in its locale. */
export interface PatientFormStrings {
  givenName: string;
  familyName: string;
  birthDate: string;
  month: string;
  day: string;
  year: string;
  phone: string;
  phoneHint: string;
  email: string;
  reason: string;
  reasonHint: string;
  reminders: string;
  remindBySms: string;
  remindByEmail: string;
  /** The "required" marker shown after a required field's label. */
  required: string;
  submit: string;
  /** "Please fix these fields". */
  errorSummaryTitle: string;
  /** Each problem's message, given the field's label (a trailing "(optional)" and the like removed). */
  errors: Record<DetailsProblem, (field: string) => string>;
  /** The twelve month names, January first. */
  monthNames: readonly string[];
}

/** Detail of both form events: the draft as typed. Only ever handled inside the picker. */
export interface PatientFormDetail {
  value: DetailsDraft;
}

declare global {
  interface HTMLElementEventMap {
    'fd-patient-form-change': CustomEvent<PatientFormDetail>;
    'fd-patient-form-submit': CustomEvent<PatientFormDetail>;
  }
}

type TextKey = 'givenName' | 'familyName' | 'phone' | 'email';

/** Element ids (scoped to the shadow root). */
const ids = {
  givenName: 'given-name',
  familyName: 'family-name',
  birthMonth: 'birth-month',
  birthDay: 'birth-day',
  birthYear: 'birth-year',
  phone: 'phone',
  email: 'email',
  reason: 'reason',
  remindBySms: 'remind-sms',
  remindByEmail: 'remind-email',
} as const satisfies Record<keyof DetailsDraft, string>;

const partIds: Record<BirthPart, string> = { month: ids.birthMonth, day: ids.birthDay, year: ids.birthYear };
const errorId = (field: DetailsField) => `${field}-error`;
const isDraftKey = (name: string): name is keyof DetailsDraft => Object.hasOwn(emptyDraft, name);
// "Reason for visit (optional)" reads "Your reason for visit is too long", not "… (optional) is too long".
const fieldName = (label: string) => label.replace(/\s*\([^)]*\)\s*$/, '');

/**
 * The details step of the appointment picker: name, date of birth, phone, email, an
 * optional reason and reminder choices. It keeps what was typed through re-renders,
 * locale changes and failed submits; on submit it either fires `fd-patient-form-submit`
 * or shows an error summary and moves focus to it. An internal part of
 * `<fd-appointment-picker>`: its events bubble but are not composed, so what the patient
 * typed never leaves the picker's shadow root.
 *
 * @summary The patient-details step of the appointment picker.
 *
 * @fires fd-patient-form-change - On every edit. Detail: `{ value }`, the draft as typed (stays inside the picker).
 * @fires fd-patient-form-submit - Submitted with no problems. Detail: `{ value }` (stays inside the picker).
 *
 * @csspart form - The form.
 * @csspart field - Each field, or group of fields (date of birth, reminders).
 * @csspart error-summary - The list of problems shown after a submit that failed.
 * @csspart submit-button - The submit button.
 */
export class PatientForm extends LitElement {
  static override styles = [tokens, baseStyles, styles];

  /** The draft as typed. The form updates it on every edit; the picker may set it (after a conflict, going back). */
  @property({ attribute: false }) value: DetailsDraft = emptyDraft;

  /** The form's text in the picker's locale. Nothing is rendered until it is set. */
  @property({ attribute: false }) strings!: PatientFormStrings;

  /** Today as `YYYY-MM-DD` in the practice's zone, for the birth-date checks. */
  @property() today = localToday();

  /** The picker is booking: submitting is blocked and the form is `aria-busy`. */
  @property({ type: Boolean, reflect: true }) busy = false;

  /** Problems shown since the last submit; each goes away once its field is fixed. */
  @state() private shown: DetailsProblems = {};

  /** Moves focus to the first field (once rendered). */
  focusFirstField(): void {
    const focus = () => this.shadowRoot?.getElementById(ids.givenName)?.focus();
    if (this.hasUpdated && !this.isUpdatePending) focus();
    else void this.updateComplete.then(focus);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('value') || changed.has('today')) && Object.keys(this.shown).length) {
      // A fixed field loses its message; one still wrong keeps the message it was shown
      // (no new text appears while the patient is still typing).
      const now = validateDetails(this.value, this.today);
      this.shown = Object.fromEntries(Object.entries(this.shown).filter(([field]) => now[field as DetailsField]));
    }
  }

  override render() {
    const t = this.strings;
    if (!t) return nothing;
    return html`<form part="form" novalidate aria-busy=${this.busy ? 'true' : nothing} @submit=${this.onSubmit} @input=${this.onEdit} @change=${this.onEdit}>
      ${this.renderSummary(t)}
      <div class="names">
        ${this.renderText('givenName', t.givenName, 'given-name', t)} ${this.renderText('familyName', t.familyName, 'family-name', t)}
      </div>
      ${this.renderBirthDate(t)} ${this.renderText('phone', t.phone, 'tel', t, t.phoneHint)} ${this.renderText('email', t.email, 'email', t)}
      ${this.renderReason(t)} ${this.renderReminders(t)}
      <button class="fd-button" part="submit-button" type="submit" aria-disabled=${this.busy ? 'true' : nothing}>${t.submit}</button>
    </form>`;
  }

  private message(field: DetailsField, problem: DetailsProblem, t: PatientFormStrings): string {
    const labels: Record<DetailsField, string> = {
      givenName: t.givenName,
      familyName: t.familyName,
      birthDate: t.birthDate,
      phone: t.phone,
      email: t.email,
      reason: t.reason,
      reminders: t.reminders,
    };
    return t.errors[problem](fieldName(labels[field]));
  }

  private renderError(field: DetailsField, t: PatientFormStrings): TemplateResult | typeof nothing {
    const problem = this.shown[field];
    return problem ? html`<p class="error" id=${errorId(field)}>${this.message(field, problem, t)}</p>` : nothing;
  }

  private describedBy(field: DetailsField, hintId?: string, invalid = this.shown[field] !== undefined): string | typeof nothing {
    return [hintId, invalid ? errorId(field) : undefined].filter(Boolean).join(' ') || nothing;
  }

  private marker(t: PatientFormStrings): TemplateResult {
    // Announced through `required`; the visible word is for sighted patients.
    return html` <span class="marker" aria-hidden="true">(${t.required})</span>`;
  }

  private renderText(key: TextKey, label: string, autocomplete: string, t: PatientFormStrings, hint?: string): TemplateResult {
    const id = ids[key];
    const hintId = hint ? `${id}-hint` : undefined;
    const invalid = this.shown[key] !== undefined;
    const type = key === 'phone' ? 'tel' : key === 'email' ? 'email' : 'text';
    return html`<div class="field" part="field">
      <label for=${id}>${label}${this.marker(t)}</label>
      ${hint ? html`<p class="hint" id=${hintId!}>${hint}</p>` : nothing} ${this.renderError(key, t)}
      <input
        id=${id}
        name=${key}
        type=${type}
        autocomplete=${autocomplete}
        spellcheck="false"
        required
        aria-required="true"
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${this.describedBy(key, hintId)}
        .value=${live(this.value[key])}
      />
    </div>`;
  }

  private renderBirthDate(t: PatientFormStrings): TemplateResult {
    const problem = this.shown.birthDate;
    const atFault = problem ? birthPartsAtFault(this.value, problem) : [];
    // A message still shown for parts since filled in (the date is wrong some other way) marks all three.
    const fault = new Set<BirthPart>(problem && !atFault.length ? ['month', 'day', 'year'] : atFault);
    const attrs = (part: BirthPart) => ({ invalid: fault.has(part) ? 'true' : nothing, described: this.describedBy('birthDate', undefined, fault.has(part)) });
    const month = /^\s*\d{1,2}\s*$/.test(this.value.birthMonth) ? Number(this.value.birthMonth) : 0;
    const m = attrs('month');
    const number = (part: 'day' | 'year', key: 'birthDay' | 'birthYear', label: string, autocomplete: string) => {
      const a = attrs(part);
      return html`<div class="part" data-part=${part}>
        <label for=${ids[key]}>${label}</label>
        <input
          id=${ids[key]}
          name=${key}
          type="text"
          inputmode="numeric"
          autocomplete=${autocomplete}
          spellcheck="false"
          required
          aria-required="true"
          aria-invalid=${a.invalid}
          aria-describedby=${a.described}
          .value=${live(this.value[key])}
        />
      </div>`;
    };
    return html`<fieldset class="group" part="field">
      <legend>${t.birthDate}${this.marker(t)}</legend>
      ${this.renderError('birthDate', t)}
      <div class="date">
        <div class="part" data-part="month">
          <label for=${ids.birthMonth}>${t.month}</label>
          <select id=${ids.birthMonth} name="birthMonth" autocomplete="bday-month" required aria-required="true" aria-invalid=${m.invalid} aria-describedby=${m.described}>
            <option value="" .selected=${live(month < 1 || month > 12)}></option>
            ${t.monthNames.map((name, i) => html`<option value=${String(i + 1)} .selected=${live(month === i + 1)}>${name}</option>`)}
          </select>
        </div>
        ${number('day', 'birthDay', t.day, 'bday-day')} ${number('year', 'birthYear', t.year, 'bday-year')}
      </div>
    </fieldset>`;
  }

  private renderReason(t: PatientFormStrings): TemplateResult {
    const invalid = this.shown.reason !== undefined;
    return html`<div class="field" part="field">
      <label for=${ids.reason}>${t.reason}</label>
      <p class="hint" id="reason-hint">${t.reasonHint}</p>
      ${this.renderError('reason', t)}
      <textarea
        id=${ids.reason}
        name="reason"
        rows="3"
        spellcheck="false"
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${this.describedBy('reason', 'reason-hint')}
        .value=${live(this.value.reason)}
      ></textarea>
    </div>`;
  }

  private renderReminders(t: PatientFormStrings): TemplateResult {
    const invalid = this.shown.reminders !== undefined;
    const box = (key: 'remindBySms' | 'remindByEmail', label: string, withError: boolean) =>
      html`<label class="choice" for=${ids[key]}>
        <input
          id=${ids[key]}
          name=${key}
          type="checkbox"
          aria-invalid=${withError && invalid ? 'true' : nothing}
          aria-describedby=${withError ? this.describedBy('reminders') : nothing}
          .checked=${live(this.value[key])}
        />
        ${label}
      </label>`;
    return html`<fieldset class="group" part="field">
      <legend>${t.reminders}</legend>
      ${this.renderError('reminders', t)} ${box('remindBySms', t.remindBySms, true)} ${box('remindByEmail', t.remindByEmail, false)}
    </fieldset>`;
  }

  private renderSummary(t: PatientFormStrings): TemplateResult | typeof nothing {
    const entries = detailsFields.flatMap((field) => {
      const problem = this.shown[field];
      return problem ? [{ field, problem, target: this.targetOf(field, problem) }] : [];
    });
    if (!entries.length) return nothing;
    return html`<div class="summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
      <h3 class="summary-title" id="summary-title">${t.errorSummaryTitle}</h3>
      <ul>
        ${entries.map(
          ({ field, problem, target }) =>
            html`<li>
              <a
                href="#${target}"
                @click=${(event: Event) => {
                  event.preventDefault();
                  this.shadowRoot?.getElementById(target)?.focus();
                }}
                >${this.message(field, problem, t)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** The input a summary link moves focus to. */
  private targetOf(field: DetailsField, problem: DetailsProblem): string {
    if (field === 'birthDate') return partIds[birthPartsAtFault(this.value, problem)[0] ?? 'month'];
    if (field === 'reminders') return ids.remindBySms;
    return ids[field];
  }

  private readonly onEdit = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    if (!isDraftKey(target.name)) return;
    const next = target.type === 'checkbox' ? target.checked : target.value;
    if (this.value[target.name] === next) return;
    this.value = { ...this.value, [target.name]: next };
    this.emit('fd-patient-form-change');
  };

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    this.shown = validateDetails(this.value, this.today);
    if (!Object.keys(this.shown).length) {
      this.emit('fd-patient-form-submit');
      return;
    }
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('[part~=error-summary]')?.focus();
  };

  // Bubbles within the picker's shadow root, never composed out of it: the draft is
  // patient data and must not reach page listeners.
  private emit(type: 'fd-patient-form-change' | 'fd-patient-form-submit'): void {
    this.dispatchEvent(new CustomEvent<PatientFormDetail>(type, { detail: { value: this.value }, bubbles: true, composed: false }));
  }
}
