import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { StaffPriceImportList, staffPaths, type StaffPriceImport } from '../../server/src/http/staff-schemas.js';
import { pathOf } from './api.js';
import { ConsoleScreen } from './screen.js';

/** Which price index is live, when it was imported, from which files, what it holds and the problems found. */
export class FdConsolePrices extends ConsoleScreen {
  @state() private imports: StaffPriceImport[] = [];

  protected async load(): Promise<void> {
    this.imports = await this.api.read(StaffPriceImportList, pathOf(staffPaths.prices));
  }

  private when(iso: string): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }

  private n(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  override render() {
    const { t } = this;
    const live = this.imports.find((i) => i.live);
    const earlier = this.imports.filter((i) => !i.live);
    return html`<h2>${t['nav.prices']}</h2>
      ${this.status()}
      ${!this.loading && !live ? html`<p>${t.noPrices}</p>` : nothing}
      ${live ? this.details(live) : nothing}
      ${earlier.length
        ? html`<h3>${t.earlierImports}</h3>
            <ul>${earlier.map((i) => html`<li>${this.when(i.importedAt)} · ${i.inputs.join(', ')} · ${this.n(i.summary.services)} ${t.services.toLowerCase()}</li>`)}</ul>`
        : nothing}`;
  }

  private details(i: StaffPriceImport) {
    const { t } = this;
    const s = i.summary;
    return html`<section class="card" aria-labelledby="live-index" data-import=${i.id}>
      <h3 id="live-index">${t.liveIndex}</h3>
      <dl>
        <dt>${t.importedAt}</dt><dd>${this.when(i.importedAt)}</dd>
        <dt>${t.files}</dt><dd>${i.inputs.join(', ')}</dd>
        <dt>${t.sources}</dt><dd>${i.sources.map((src) => [src.hospitalName, src.fileName, src.lastUpdatedOn, `v${src.version}`].filter(Boolean).join(' · ')).join('; ')}</dd>
        <dt>${t.services}</dt><dd>${this.n(s.services)}</dd>
        <dt>${t.rates}</dt><dd>${this.n(s.rates)}</dd>
        <dt>${t.plans}</dt><dd>${this.n(s.plans)} (${t.payers.toLowerCase()}: ${this.n(s.payers)})</dd>
        <dt>${t.problems}</dt><dd>${t.errorsWarnings(s.errors, s.warnings)}</dd>
      </dl>
      ${i.problems.length
        ? html`<div class="table-wrap"><table>
            <caption>${t.problems}</caption>
            <thead><tr><th scope="col">${t.severity}</th><th scope="col">${t.where}</th><th scope="col">${t.message}</th></tr></thead>
            <tbody>${i.problems.map((p) => html`<tr><td>${p.severity}</td><td>${p.where}</td><td>${p.message}</td></tr>`)}</tbody>
          </table></div>`
        : html`<p>${t.noProblems}</p>`}
    </section>`;
  }
}
