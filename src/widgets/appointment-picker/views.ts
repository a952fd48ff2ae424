import { html, nothing, type TemplateResult } from 'lit';
import { differsFromBrowserZone, formatDate, formatList, formatTime, timeZoneName } from '../../core/format.js';
import { isSafeUrl } from '../../core/links.js';
import type { Catalog, Locale } from '../../core/localize.js';
import type { Location } from '../../core/schemas/location.js';
import type { Appointment, Provider, VisitType } from '../../core/schemas/scheduling.js';
import type { DateGridStrings } from './date-grid.js';
import type { DetailsProblem } from './details.js';
import type { PickerMessages } from './messages.js';
import type { PatientFormStrings } from './patient-form.js';

/** What the view functions need from the picker: text, locale and the practice's catalog. */
export interface ViewContext {
  t: Catalog<PickerMessages>;
  locale: Locale;
  locations: readonly Location[];
  providers: readonly Provider[];
  visitTypes: readonly VisitType[];
  /** Heading level of a step's heading (one below the picker's title). */
  level: number;
}

export const locationOf = (c: ViewContext, id: string): Location | undefined => c.locations.find((l) => l.id === id);
export const providerOf = (c: ViewContext, id: string): Provider | undefined => c.providers.find((p) => p.id === id);
export const visitTypeOf = (c: ViewContext, id: string): VisitType | undefined => c.visitTypes.find((v) => v.id === id);

const languageNames = (codes: readonly string[], locale: Locale): string => {
  const names = new Intl.DisplayNames(locale, { type: 'language' });
  return formatList(codes.map((c) => names.of(c) ?? c), locale);
};

export const providerLabel = (p: Provider): string => (p.credentials ? `${p.displayName}, ${p.credentials}` : p.displayName);

/** "Tuesday, March 10 at 9:30 AM (MST)" in the location's zone; the zone is named when it differs from the browser's. */
export function whenText(c: ViewContext, item: { start: string; locationId: string }): string {
  const zone = locationOf(c, item.locationId)?.timeZone ?? 'UTC';
  const day = formatDate(item.start, c.locale, zone, 'full');
  const time = formatTime(item.start, c.locale, zone);
  const name = differsFromBrowserZone(zone, item.start) ? ` (${timeZoneName(zone, c.locale, item.start, 'short')})` : '';
  return `${day} · ${time}${name}`;
}

/** Step 1: the visit types as a radio list. */
export function visitStep(c: ViewContext, selected: string | undefined, choose: (id: string) => void): TemplateResult {
  const { t } = c;
  return html`<p id="visit-heading" class="step-heading" role="heading" aria-level=${c.level} tabindex="-1" data-step-focus>${t.visitHeading}</p>
    <fieldset class="choices" part="visit-types" aria-labelledby="visit-heading">
    ${c.visitTypes.map(
      (v) => html`<label class="choice" part="choice">
        <input type="radio" name="visit-type" .checked=${v.id === selected} @change=${() => choose(v.id)} />
        <span class="choice-text">
          <strong>${v.name}</strong>
          <span class="muted">
            ${t.minutes(v.durationMinutes)} · ${v.modes.map((m) => (m === 'telehealth' ? t.video : t.inPerson)).join(' / ')}
            ${v.patients === 'new' ? html` · ${t.newOnly}` : v.patients === 'established' ? html` · ${t.establishedOnly}` : nothing}
          </span>
          ${v.description ? html`<span class="muted">${v.description}</span>` : nothing}
        </span>
      </label>`,
    )}
  </fieldset>`;
}

/** Step 2: clinician and location as two selects. */
export function whoStep(
  c: ViewContext,
  visitTypeId: string,
  providerId: string,
  locationId: string,
  change: (field: 'provider' | 'location', value: string) => void,
): TemplateResult {
  const { t } = c;
  const visit = visitTypeOf(c, visitTypeId);
  const providers = c.providers.filter((p) => p.visitTypeIds.includes(visitTypeId) && (locationId === 'any' || p.locationIds.includes(locationId)));
  const locations = c.locations.filter((l) => providerId === 'any' || providerOf(c, providerId)?.locationIds.includes(l.id));
  return html`<div class="who">
    <p class="step-heading" role="heading" aria-level=${c.level} tabindex="-1" data-step-focus>${t.whoHeading}</p>
    <label class="field" for="provider">${t.provider}</label>
    <select id="provider" @change=${(e: Event) => change('provider', (e.target as HTMLSelectElement).value)}>
      <option value="any" ?selected=${providerId === 'any'}>${t.anyProvider}</option>
      ${providers.map(
        (p) => html`<option value=${p.id} ?selected=${p.id === providerId} ?disabled=${visit?.patients === 'new' && !p.acceptingNewPatients}>
          ${providerLabel(p)} — ${p.specialties.join(', ')} · ${t.speaks(languageNames(p.languages, c.locale))}${p.acceptingNewPatients ? '' : ` (${t.notAccepting})`}
        </option>`,
      )}
    </select>
    <label class="field" for="location">${t.location}</label>
    <select id="location" @change=${(e: Event) => change('location', (e.target as HTMLSelectElement).value)}>
      <option value="any" ?selected=${locationId === 'any'}>${t.anyLocation}</option>
      ${locations.map((l) => html`<option value=${l.id} ?selected=${l.id === locationId}>${l.name} — ${l.address.city}, ${l.address.state}</option>`)}
    </select>
  </div>`;
}

/** The appointment's summary: when, where, with whom, what. */
export function summary(c: ViewContext, a: Pick<Appointment, 'start' | 'locationId' | 'providerId' | 'visitTypeId' | 'telehealth'>): TemplateResult {
  const { t } = c;
  const location = locationOf(c, a.locationId);
  const provider = providerOf(c, a.providerId);
  return html`<dl class="summary" part="summary">
    <dt>${t.when}</dt>
    <dd>${whenText(c, a)}</dd>
    <dt>${t.visit}</dt>
    <dd>${visitTypeOf(c, a.visitTypeId)?.name ?? a.visitTypeId}${a.telehealth ? html` · ${t.video}` : nothing}</dd>
    ${provider ? html`<dt>${t.whoLabel}</dt><dd>${providerLabel(provider)}</dd>` : nothing}
    ${location
      ? html`<dt>${t.where}</dt>
          <dd>${location.name}<br />${location.address.lines.join(', ')}, ${location.address.city}, ${location.address.state} ${location.address.postalCode}</dd>`
      : nothing}
  </dl>`;
}

/** Directions link (only an allowed URL, and not for a cancelled visit) and the location's phone. */
export function placeLinks(c: ViewContext, locationId: string, cancelled?: boolean): TemplateResult {
  const location = locationOf(c, locationId);
  if (!location) return html``;
  return html`<p class="links">
    ${!cancelled && location.directionsUrl && isSafeUrl(location.directionsUrl)
      ? html`<a part="link" href=${location.directionsUrl} target="_blank" rel="noopener noreferrer">${c.t.directions}</a> · `
      : nothing}
    ${c.t.callUs(location.phone)}
  </p>`;
}

type T = Catalog<PickerMessages>;

/** The calendar's labels from the picker's catalog. */
export const gridStrings = (t: T): DateGridStrings => ({
  previousMonth: t.previousMonth,
  nextMonth: t.nextMonth,
  available: t.available,
  unavailable: t.unavailable,
  today: t.today,
});

const problems: readonly DetailsProblem[] = ['required', 'invalid', 'invalid-email', 'future', 'too-old', 'too-long', 'sms-needs-phone'];

/** The details form's labels from the picker's catalog. */
export function formStrings(t: T, locale = 'en'): PatientFormStrings {
  const monthNames = Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, m, 15))),
  );
  return {
    givenName: t.givenName,
    familyName: t.familyName,
    birthDate: t.birthDate,
    month: t.month,
    day: t.day,
    year: t.year,
    phone: t.phone,
    phoneHint: t.phoneHint,
    email: t.email,
    reason: t.reason,
    reasonHint: t.reasonHint,
    reminders: t.reminders,
    remindBySms: t.remindBySms,
    remindByEmail: t.remindByEmail,
    required: t.required,
    submit: t.review,
    errorSummaryTitle: t.errorSummaryTitle,
    errors: Object.fromEntries(problems.map((p) => [p, t[`problem.${p}`]])) as PatientFormStrings['errors'],
    monthNames,
  };
}
