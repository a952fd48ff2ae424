import { html, nothing, svg } from 'lit';
import { state } from 'lit/decorators.js';
import { StaffFeedbackFiguresList, StaffFeedbackResponseList, feedbackGroupings, staffPaths, type StaffFeedbackFigures, type StaffFeedbackResponse } from '../../server/src/http/staff-schemas.js';
import { pathOf } from './api.js';
import { nameOf, practice, type Practice } from './practice.js';
import { ConsoleScreen } from './screen.js';

type By = (typeof feedbackGroupings)[number];
const DAYS = 90;

/** The scale of each figure, for the bars: NPS −100…100, CSAT 1–5, CES 1–7. */
const scales = { nps: [-100, 100], csat: [0, 5], ces: [0, 7] } as const;
type Metric = keyof typeof scales;

/** NPS, CSAT and CES over time or per location, clinician, touchpoint: small bar charts, each with the same figures as a table. */
export class FdConsoleFeedback extends ConsoleScreen {
  @state() private figures: StaffFeedbackFigures[] = [];
  @state() private responses: StaffFeedbackResponse[] = [];
  @state() private by: By = 'location';
  @state() private practice: Practice = { locations: [], providers: [], visitTypes: [] };

  protected async load(): Promise<void> {
    this.practice = await practice(this.api);
    const to = new Date(Date.now() + 60_000);
    const from = new Date(to.getTime() - DAYS * 86_400_000);
    const range = { from: from.toISOString(), to: to.toISOString() };
    [this.figures, this.responses] = await Promise.all([
      this.api.read(StaffFeedbackFiguresList, pathOf(staffPaths.feedbackStats, {}, { ...range, by: this.by })),
      this.api.read(StaffFeedbackResponseList, pathOf(staffPaths.feedbackResponses, {}, range)),
    ]);
  }

  private label(key: string): string {
    if (this.by === 'location') return nameOf(this.practice.locations, key);
    if (this.by === 'provider') return nameOf(this.practice.providers, key);
    if (this.by === 'week') return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${key}T00:00:00Z`));
    return key;
  }

  private number(n: number | null, digits = 0): string {
    return n === null ? this.t.notAnswered : new Intl.NumberFormat(this.locale, { maximumFractionDigits: digits }).format(n);
  }

  private chart(metric: Metric) {
    const rows = this.figures.filter((f) => f[metric] !== null);
    if (!rows.length) return nothing;
    const [min, max] = scales[metric];
    const width = 300;
    const bar = 22;
    const zero = ((0 - min) / (max - min)) * width;
    const title = this.t.chartOf(this.t[metric], this.t[`by.${this.by}`]);
    const id = `chart-${metric}`;
    return html`<figure class="chart" data-metric=${metric}>
      <figcaption id=${id}>${title}</figcaption>
      <div class="bars">
        ${rows.map((f) => {
          const value = f[metric] ?? 0;
          const x = ((value - min) / (max - min)) * width;
          return html`<div class="bar-row" aria-hidden="true">
            <span class="bar-label">${this.label(f.key)}</span>
            <svg viewBox="0 0 ${width + 40} ${bar}" width="100%" height=${bar} focusable="false">
              ${svg`<rect x=${Math.min(zero, x)} y="3" width=${Math.max(1, Math.abs(x - zero))} height=${bar - 6} class="fill"></rect>
              <line x1=${zero} x2=${zero} y1="0" y2=${bar} class="axis"></line>
              <text x=${width + 4} y=${bar - 6} class="value">${this.number(value, 1)}</text>`}
            </svg>
          </div>`;
        })}
      </div>
    </figure>`;
  }

  override render() {
    const { t } = this;
    return html`<h2>${t['nav.feedback']}</h2>
      <p class="muted">${t.period}</p>
      <div class="bar">
        <label>${t.groupBy}<select @change=${(e: Event) => ((this.by = (e.target as HTMLSelectElement).value as By), void this.reload())}>
          ${feedbackGroupings.map((b) => html`<option value=${b} ?selected=${b === this.by}>${t[`by.${b}`]}</option>`)}
        </select></label>
      </div>
      ${this.status()}
      ${!this.loading && !this.figures.length ? html`<p>${t.noFeedback}</p>` : nothing}
      ${this.figures.length
        ? html`<div class="charts">${this.chart('nps')}${this.chart('csat')}${this.chart('ces')}</div>
            <div class="table-wrap">
              <table>
                <caption>${t.chartTable}</caption>
                <thead><tr><th scope="col">${t[`by.${this.by}`]}</th><th scope="col">${t.responses}</th><th scope="col">${t.nps}</th><th scope="col">${t.csat}</th><th scope="col">${t.ces}</th></tr></thead>
                <tbody>
                  ${this.figures.map(
                    (f) => html`<tr><th scope="row">${this.label(f.key)}</th><td>${this.number(f.responses)}</td><td>${this.number(f.nps)} (${this.number(f.npsResponses)})</td><td>${this.number(f.csat, 2)}</td><td>${this.number(f.ces, 2)}</td></tr>`,
                  )}
                </tbody>
              </table>
            </div>`
        : nothing}
      ${this.responses.length ? this.responseList() : nothing}`;
  }

  /** Each response as given, newest first: when, where, the score, whether the patient asked to be contacted, what they wrote. */
  private responseList() {
    const { t } = this;
    const when = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<div class="table-wrap">
        <table class="responses">
          <caption>${t.individual}</caption>
          <thead><tr><th scope="col">${t.received}</th><th scope="col">${t['by.touchpoint']}</th><th scope="col">${t.location}</th><th scope="col">${t.nps}</th><th scope="col">${t.contactAsked}</th><th scope="col">${t.comments}</th></tr></thead>
          <tbody>
            ${this.responses.map(
              (r) => html`<tr data-response=${r.id}>
                <th scope="row">${when.format(new Date(r.receivedAt))}</th>
                <td>${r.touchpoint ?? t.notAnswered}</td>
                <td>${r.locationId ? nameOf(this.practice.locations, r.locationId) : t.notAnswered}</td>
                <td>${this.number(r.nps)}</td>
                <td>${r.contactRequested ? t.yes : t.no}</td>
                <td>${r.answers.flatMap((a) => a.values.filter((v): v is string => typeof v === 'string')).join(' — ') || t.notAnswered}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}
