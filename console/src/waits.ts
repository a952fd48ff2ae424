import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { restPaths } from '../../src/adapters/rest/paths.js';
import { WaitTimeList, type WaitTime } from '../../src/core/schemas/wait-times.js';
import { staffPaths } from '../../server/src/http/staff-schemas.js';
import { pathOf } from './api.js';
import { practice, type Practice } from './practice.js';
import { ConsoleScreen } from './screen.js';

export const WAIT_PRESETS = [0, 15, 30, 45, 60, 90] as const;
export const QUEUE_PRESETS = [0, 1, 2, 3, 4, 5, 6, 8, 10] as const;

/** Each location's wait and queue, set in one click each; every banner on the site gets it over its event stream. */
export class FdConsoleWaits extends ConsoleScreen {
  @state() private practice: Practice = { locations: [], providers: [], visitTypes: [] };
  @state() private waits = new Map<string, WaitTime>();

  protected async load(): Promise<void> {
    this.practice = await practice(this.api);
    const ids = this.practice.locations.map((l) => l.id);
    const list = ids.length ? await this.api.read(WaitTimeList, pathOf(restPaths.waitTimes, {}, { locationIds: ids.join(',') })) : [];
    this.waits = new Map(list.map((w) => [w.locationId, w]));
  }

  private text(w: WaitTime | undefined): string {
    if (!w || w.status === 'unknown') return this.t.unknownWait;
    if (w.status === 'closed') return this.t.closed;
    const minutes = this.t.minutes(w.minutes ?? 0);
    return w.peopleWaiting === undefined ? minutes : `${minutes} · ${this.t.queue}: ${w.peopleWaiting}`;
  }

  private async set(locationId: string, name: string, change: { minutes?: number; closed?: true; queue?: number }): Promise<void> {
    const current = this.waits.get(locationId);
    const peopleWaiting = Math.max(0, change.queue ?? current?.peopleWaiting ?? 0);
    const minutes = change.minutes ?? current?.minutes ?? 0;
    const body = change.closed ? { status: 'closed' } : { status: 'open', minutes, peopleWaiting };
    const next: WaitTime = change.closed ? { locationId, status: 'closed', updatedAt: new Date().toISOString() } : { locationId, status: 'open', minutes, peopleWaiting, updatedAt: new Date().toISOString() };
    await this.run(async () => {
      await this.api.send(pathOf(staffPaths.waitTime, { locationId }), 'PUT', body);
      this.waits = new Map(this.waits).set(locationId, next);
    }, this.t.waitSaved(name, this.text(next)));
  }

  override render() {
    const { t } = this;
    return html`<h2>${t['nav.waits']}</h2>
      ${this.status()}
      ${this.practice.locations.map((l) => {
        const w = this.waits.get(l.id);
        const open = w?.status === 'open';
        const queue = w?.peopleWaiting ?? 0;
        return html`<section class="card" aria-labelledby="wait-${l.id}" data-location=${l.id}>
          <h3 id="wait-${l.id}">${l.name}</h3>
          <p>${t.currentWait(this.text(w))}</p>
          <div class="actions" role="group" aria-label=${t.waitOf(l.name)}>
            ${WAIT_PRESETS.map(
              (m) => html`<button class="fd-button" data-variant="secondary" data-minutes=${m} aria-pressed=${open && w?.minutes === m} @click=${() => void this.set(l.id, l.name, { minutes: m })}>${t.minutes(m)}</button>`,
            )}
            <button class="fd-button" data-variant="secondary" data-closed aria-pressed=${w?.status === 'closed'} @click=${() => void this.set(l.id, l.name, { closed: true })}>${t.closed}</button>
          </div>
          <div class="actions" role="group" aria-label="${t.queue} · ${l.name}">
            <span>${t.queue}: <strong>${queue}</strong></span>
            ${QUEUE_PRESETS.map(
              (n) => html`<button class="fd-button" data-variant="secondary" data-queue=${n} aria-pressed=${open && queue === n} @click=${() => void this.set(l.id, l.name, { queue: n })}>${n}</button>`,
            )}
            <button class="fd-button" data-variant="secondary" data-queue="-1" aria-label=${t.fewer(l.name)} ?disabled=${queue === 0} @click=${() => void this.set(l.id, l.name, { queue: queue - 1 })}>−</button>
            <button class="fd-button" data-variant="secondary" data-queue="+1" aria-label=${t.more(l.name)} @click=${() => void this.set(l.id, l.name, { queue: queue + 1 })}>+</button>
          </div>
        </section>`;
      })}`;
  }
}
