import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { StaffTaskList, staffPaths, taskStatuses, type StaffTask } from '../../server/src/http/staff-schemas.js';
import { pathOf } from './api.js';
import { nameOf, practice, type Practice } from './practice.js';
import { ConsoleScreen } from './screen.js';

type Status = (typeof taskStatuses)[number];

/** The follow-up queue (low scores that asked for contact, call-back requests): take one, mark it contacted, then resolved. */
export class FdConsoleFollowUps extends ConsoleScreen {
  @state() private tasks: StaffTask[] = [];
  @state() private show: Status = 'open';
  @state() private practice: Practice = { locations: [], providers: [], visitTypes: [] };

  protected async load(): Promise<void> {
    this.practice = await practice(this.api);
    this.tasks = await this.api.read(StaffTaskList, pathOf(staffPaths.tasks, {}, { status: this.show }));
  }

  private async change(task: StaffTask, change: { status?: Status; owner?: 'me' }, said: string): Promise<void> {
    await this.run(async () => {
      await this.api.send(pathOf(staffPaths.task, { taskId: task.id }), 'POST', change);
      await this.load();
    }, said);
  }

  private when(iso: string): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }

  override render() {
    const { t } = this;
    return html`<h2>${t['nav.followUps']}</h2>
      <div class="bar">
        <label>${t.showStatus}<select @change=${(e: Event) => ((this.show = (e.target as HTMLSelectElement).value as Status), void this.reload())}>
          ${taskStatuses.map((s) => html`<option value=${s} ?selected=${s === this.show}>${t[`task.${s}`]}</option>`)}
        </select></label>
        <button class="fd-button" data-variant="secondary" @click=${() => void this.reload()}>${t.refresh}</button>
      </div>
      ${this.status()}
      ${!this.loading && !this.tasks.length ? html`<p>${t.noTasks}</p>` : nothing}
      ${this.tasks.map((task) => this.card(task))}`;
  }

  private card(task: StaffTask) {
    const { t } = this;
    const comment = task.answers?.flatMap((a) => a.values.filter((v): v is string => typeof v === 'string')).join(' ');
    const title = `${t[`kind.${task.kind}`]} · ${this.when(task.createdAt)}`;
    return html`<article class="card" data-task=${task.id} aria-label=${title}>
      <h3>${title}</h3>
      <dl>
        ${task.nps !== null ? html`<dt>${t.nps}</dt><dd>${t.score(task.nps)}</dd>` : nothing}
        ${task.locationId ? html`<dt>${t.location}</dt><dd>${nameOf(this.practice.locations, task.locationId)}</dd>` : nothing}
        ${task.contact ? html`<dt>${t.patient}</dt><dd>${[task.contact.name, task.contact.phone, task.contact.email].filter(Boolean).join(' · ')}</dd>` : nothing}
        ${task.topic || task.body || comment ? html`<dt>${t.details}</dt><dd>${[task.topic, task.body, comment].filter(Boolean).join(' — ')}</dd>` : nothing}
        <dt>${t.status}</dt><dd>${t[`task.${task.status}`]}</dd>
        <dt>${t.owner}</dt><dd>${task.owner ?? t.nobody}</dd>
      </dl>
      <div class="actions">
        ${task.owner ? nothing : html`<button class="fd-button" data-variant="secondary" data-action="take" @click=${() => void this.change(task, { owner: 'me' }, t.saved)}>${t.take}</button>`}
        ${task.status === 'open' ? html`<button class="fd-button" data-action="contacted" @click=${() => void this.change(task, { status: 'contacted', ...(task.owner ? {} : { owner: 'me' as const }) }, `${t['task.contacted']}. ${t.saved}`)}>${t.markContacted}</button>` : nothing}
        ${task.status !== 'resolved' ? html`<button class="fd-button" data-variant="secondary" data-action="resolved" @click=${() => void this.change(task, { status: 'resolved' }, `${t['task.resolved']}. ${t.saved}`)}>${t.markResolved}</button>` : nothing}
      </div>
    </article>`;
  }
}
