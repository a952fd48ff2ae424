import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { StaffAppointmentList, staffPaths, type StaffAppointment } from '../../server/src/http/staff-schemas.js';
import { pathOf } from './api.js';
import { nameOf, practice, type Practice } from './practice.js';
import { ConsoleScreen } from './screen.js';

const DAY = 86_400_000;

/** Today's and the coming week's visits by location and clinician: arrived, no-show, cancel on the patient's behalf. */
export class FdConsoleAppointments extends ConsoleScreen {
  @state() private rows: StaffAppointment[] = [];
  @state() private practice: Practice = { locations: [], providers: [], visitTypes: [] };
  @state() private locationId = '';
  @state() private providerId = '';
  @state() private span: 'today' | 'upcoming' = 'today';
  /** The visit whose cancellation waits for a second click. */
  @state() private confirming = '';

  protected async load(): Promise<void> {
    this.practice = await practice(this.api);
    const start = new Date();
    start.setHours(0, 0, 0, 0);
    const end = new Date(start.getTime() + (this.span === 'today' ? DAY : 8 * DAY));
    this.rows = await this.api.read(StaffAppointmentList, pathOf(staffPaths.appointments, {}, { from: start.toISOString(), to: end.toISOString() }));
  }

  private zoneOf(locationId: string): string {
    return this.practice.locations.find((l) => l.id === locationId)?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  private when(a: StaffAppointment): string {
    const options: Intl.DateTimeFormatOptions = this.span === 'today' ? { timeStyle: 'short' } : { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
    return new Intl.DateTimeFormat(this.locale, { ...options, timeZone: this.zoneOf(a.locationId) }).format(new Date(a.start));
  }

  private async attendance(a: StaffAppointment, value: 'arrived' | 'no-show'): Promise<void> {
    const next = a.attendance === value ? null : value;
    const name = `${a.patient.givenName} ${a.patient.familyName}`;
    await this.run(async () => {
      await this.api.send(pathOf(staffPaths.attendance, { appointmentId: a.id }), 'POST', { attendance: next });
      this.rows = this.rows.map((r) => (r.id === a.id ? { ...r, attendance: next } : r));
    }, `${name}: ${next === 'arrived' ? this.t.arrived : next === 'no-show' ? this.t.noShow : this.t['status.booked']}. ${this.t.saved}`);
  }

  private async cancel(a: StaffAppointment): Promise<void> {
    const name = `${a.patient.givenName} ${a.patient.familyName}`;
    this.confirming = '';
    await this.run(async () => {
      await this.api.send(pathOf(staffPaths.cancel, { appointmentId: a.id }), 'POST');
      this.rows = this.rows.map((r) => (r.id === a.id ? { ...r, status: 'cancelled' } : r));
    }, `${name}: ${this.t['status.cancelled']}. ${this.t.saved}`);
  }

  private setFilter(event: Event, key: 'locationId' | 'providerId' | 'span'): void {
    const value = (event.target as HTMLSelectElement).value;
    if (key === 'span') {
      this.span = value === 'upcoming' ? 'upcoming' : 'today';
      void this.reload();
    } else this[key] = value;
  }

  override render() {
    const { t } = this;
    const shown = this.rows.filter((a) => (!this.locationId || a.locationId === this.locationId) && (!this.providerId || a.providerId === this.providerId));
    return html`<h2>${t['nav.appointments']}</h2>
      <div class="bar">
        <label>${t.day}<select @change=${(e: Event) => this.setFilter(e, 'span')}>
          <option value="today" ?selected=${this.span === 'today'}>${t.today}</option>
          <option value="upcoming" ?selected=${this.span === 'upcoming'}>${t.upcoming}</option>
        </select></label>
        <label>${t.location}<select @change=${(e: Event) => this.setFilter(e, 'locationId')}>
          <option value="">${t.all}</option>
          ${this.practice.locations.map((l) => html`<option value=${l.id} ?selected=${l.id === this.locationId}>${l.name}</option>`)}
        </select></label>
        <label>${t.clinician}<select @change=${(e: Event) => this.setFilter(e, 'providerId')}>
          <option value="">${t.all}</option>
          ${this.practice.providers.map((p) => html`<option value=${p.id} ?selected=${p.id === this.providerId}>${p.displayName}</option>`)}
        </select></label>
        <button class="fd-button" data-variant="secondary" @click=${() => void this.reload()}>${t.refresh}</button>
      </div>
      ${this.status()}
      ${!this.loading && !shown.length ? html`<p>${t.noAppointments}</p>` : nothing}
      ${shown.length
        ? html`<div class="table-wrap"><table class="rows">
            <thead><tr><th scope="col">${t.time}</th><th scope="col">${t.patient}</th><th scope="col">${t.visit}</th><th scope="col">${t.status}</th><th scope="col">${t.actions}</th></tr></thead>
            <tbody>${shown.map((a) => this.row(a))}</tbody>
          </table></div>`
        : nothing}`;
  }

  private row(a: StaffAppointment) {
    const { t } = this;
    const name = `${a.patient.givenName} ${a.patient.familyName}`;
    const cancelled = a.status === 'cancelled';
    const status = cancelled ? t['status.cancelled'] : a.attendance === 'arrived' ? t.arrived : a.attendance === 'no-show' ? t.noShow : t[`status.${a.status}`];
    return html`<tr data-appointment=${a.id}>
      <td>${this.when(a)}</td>
      <th scope="row">${name}</th>
      <td>${nameOf(this.practice.visitTypes, a.visitTypeId)} · ${nameOf(this.practice.providers, a.providerId)} · ${nameOf(this.practice.locations, a.locationId)}</td>
      <td>${status}</td>
      <td>${cancelled
        ? nothing
        : html`<div class="actions">
            <button class="fd-button" data-variant="secondary" aria-pressed=${a.attendance === 'arrived'} aria-label=${t.markArrived(name)} @click=${() => void this.attendance(a, 'arrived')}>${t.arrived}</button>
            <button class="fd-button" data-variant="secondary" aria-pressed=${a.attendance === 'no-show'} aria-label=${t.markNoShow(name)} @click=${() => void this.attendance(a, 'no-show')}>${t.noShow}</button>
            <button class="fd-button" data-variant="secondary" aria-label=${t.cancelFor(name)} aria-expanded=${this.confirming === a.id} @click=${() => (this.confirming = this.confirming === a.id ? '' : a.id)}>${t.cancel}</button>
          </div>
          ${this.confirming === a.id
            ? html`<div class="actions" role="group" aria-label=${t.confirmCancel(name, this.when(a))}>
                <p>${t.confirmCancel(name, this.when(a))}</p>
                <button class="fd-button" data-action="confirm-cancel" @click=${() => void this.cancel(a)}>${t.yesCancel}</button>
                <button class="fd-button" data-variant="secondary" @click=${() => (this.confirming = '')}>${t.keep}</button>
              </div>`
            : nothing}`}</td>
    </tr>`;
  }
}
