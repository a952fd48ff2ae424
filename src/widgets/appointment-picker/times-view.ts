import { html, nothing, type TemplateResult } from 'lit';
import { formatTime } from '../../core/format.js';
import type { Slot } from '../../core/schemas/scheduling.js';
import { groupByClinic, zoneNote, type ClinicTimes } from './slots.js';
import { locationOf, providerOf, type ViewContext } from './views.js';

/** Times a clinic shows at first on a day; the rest behind "Show N more". */
export const FIRST_TIMES = 8;

export interface TimesOptions {
  selected: string | undefined;
  choose: (slot: Slot) => void;
  /** Clinics (location ids) whose every time is shown on this day. */
  expanded: ReadonlySet<string>;
  expand: (locationId: string) => void;
  /** The patient chose one clinic: its name is not repeated. */
  oneClinic: boolean;
  /** The patient chose one clinician: their name is not repeated. */
  oneClinician: boolean;
}

/** The clinicians of some times in the order of their first time. */
function byClinician(slots: readonly Slot[]): Map<string, Slot[]> {
  const map = new Map<string, Slot[]>();
  for (const s of slots) {
    const list = map.get(s.providerId);
    if (list) list.push(s);
    else map.set(s.providerId, [s]);
  }
  return map;
}

/**
 * One day's times as one radio group: under each clinic (its name and the zone in force
 * on that day), Morning / Afternoon / Evening by the clinic's own clock, then per
 * clinician, each time only a time. A clinic shows its first eight; "Show N more" the rest.
 */
export function timesList(c: ViewContext, day: readonly Slot[], o: TimesOptions): TemplateResult {
  const clinics = groupByClinic(day, (id) => locationOf(c, id)?.timeZone ?? 'UTC', c.locations.map((l) => l.id));
  return html`<div class="times" part="times" role="radiogroup" aria-labelledby="times-heading">
    ${clinics.map((clinic) => clinicTimes(c, clinic, o))}
  </div>`;
}

function clinicTimes(c: ViewContext, clinic: ClinicTimes, o: TimesOptions): TemplateResult {
  const { t } = c;
  const location = locationOf(c, clinic.locationId);
  const all = o.expanded.has(clinic.locationId);
  const shown = new Set(clinic.slots.filter((s, i) => all || i < FIRST_TIMES || s.id === o.selected).map((s) => s.id));
  const hidden = clinic.slots.length - shown.size;
  const note = zoneNote(clinic.slots, clinic.timeZone, c.locale);
  const id = `clinic-${clinic.locationId}`;
  const chip = (s: Slot) => html`<label class="time" part="time">
    <input type="radio" name="time" data-slot=${s.id} .checked=${s.id === o.selected} @change=${() => o.choose(s)} />
    <span>${formatTime(s.start, c.locale, clinic.timeZone)}${note.own.has(s.id) ? ` ${note.own.get(s.id)}` : ''}</span>
  </label>`;
  return html`<div class="clinic" role="group" aria-labelledby=${id} data-location=${clinic.locationId}>
    <p class="clinic-name" id=${id}>${o.oneClinic ? t.timesInZone(note.name) : html`${location?.name ?? clinic.locationId} <span class="muted">${t.timesInZone(note.name)}</span>`}</p>
    ${[...clinic.parts].map(([part, slots]) => {
      const visible = slots.filter((s) => shown.has(s.id));
      if (!visible.length) return nothing;
      return html`<div class="time-group" role="group" aria-label=${t[part]}>
        <p class="time-group-label" aria-hidden="true">${t[part]}</p>
        ${[...byClinician(visible)].map(([providerId, times]) =>
          o.oneClinician
            ? html`<div class="time-options">${times.map(chip)}</div>`
            : html`<div class="clinician" role="group" aria-label=${providerOf(c, providerId)?.displayName ?? providerId}>
                <p class="clinician-name" aria-hidden="true">${providerOf(c, providerId)?.displayName ?? providerId}</p>
                <div class="time-options">${times.map(chip)}</div>
              </div>`,
        )}
      </div>`;
    })}
    ${hidden > 0
      ? html`<button class="fd-button more" data-variant="secondary" part="button" type="button" @click=${() => o.expand(clinic.locationId)}>
          ${t.showMore(hidden, location?.address.city ?? '')}
        </button>`
      : nothing}
  </div>`;
}
