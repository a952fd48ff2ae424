import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Catalog, Locale } from '../../src/core/localize.js';
import { baseStyles, tokens } from '../../src/core/tokens.css.js';
import { ApiFailure, type StaffApi } from './api.js';
import type { ConsoleMessages } from './messages.js';

export type T = Catalog<ConsoleMessages>;

/** Styles every console screen shares, on the widgets' tokens. */
export const consoleStyles = css`
  h2 {
    font-size: 1.25rem;
    margin: 0 0 0.75rem;
  }
  h3 {
    font-size: 1.05rem;
    margin: 1rem 0 0.5rem;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin-bottom: 0.75rem;
  }
  label {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
    min-width: 0;
    max-width: 100%;
    grid-template-columns: minmax(0, 1fr);
  }
  select,
  input,
  textarea {
    font: inherit;
    min-height: var(--_fd-target);
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_fd-border);
    border-radius: var(--_fd-radius);
    background: var(--_fd-surface);
    color: var(--_fd-text);
    max-width: 100%;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--_fd-border);
    vertical-align: top;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .fd-button {
    padding: 0.25rem 0.75rem;
  }
  .fd-button[aria-pressed='true'] {
    outline: 3px solid var(--_fd-success);
    outline-offset: 1px;
  }
  .muted {
    color: var(--_fd-text-muted);
  }
  .error {
    color: var(--_fd-danger);
    font-weight: 600;
  }
  .card {
    border: 1px solid var(--_fd-border);
    border-radius: var(--_fd-radius);
    padding: 0.75rem;
    margin-bottom: 0.75rem;
    background: var(--_fd-surface);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0 0 0.75rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .inbox {
    display: grid;
    grid-template-columns: minmax(14rem, 1fr) 2fr;
    gap: 1rem;
  }
  @media (max-width: 40rem) {
    .inbox {
      grid-template-columns: 1fr;
    }
    /* A table of rows becomes a list of cards: each cell on its own line (reflow at 320 CSS px). */
    table.rows,
    table.rows tbody,
    table.rows tr,
    table.rows th,
    table.rows td {
      display: block;
    }
    table.rows thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table.rows tr {
      border-bottom: 1px solid var(--_fd-border);
      padding: 0.5rem 0;
    }
    table.rows th,
    table.rows td {
      border: 0;
      padding: 0.125rem 0;
    }
    dl {
      grid-template-columns: 1fr;
    }
  }
  .list,
  .log {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  .log {
    max-height: 24rem;
    overflow-y: auto;
    margin-bottom: 0.75rem;
  }
  .item {
    font: inherit;
    color: inherit;
    width: 100%;
    min-height: var(--_fd-target);
    text-align: start;
    display: grid;
    gap: 0.125rem;
    padding: 0.5rem;
    border: 1px solid var(--_fd-border);
    border-radius: var(--_fd-radius);
    background: var(--_fd-surface);
    cursor: pointer;
  }
  .item[aria-current='true'] {
    border: 3px solid var(--_fd-primary);
  }
  .badge {
    font-weight: 600;
    color: var(--_fd-primary);
  }
  .msg[data-author='agent'] {
    padding-inline-start: 1.5rem;
  }
  textarea {
    width: 100%;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 1rem;
  }
  figure {
    margin: 0 0 1rem;
  }
  figcaption {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .bar-row {
    display: grid;
    grid-template-columns: minmax(5rem, 8rem) 1fr;
    align-items: center;
    gap: 0.5rem;
  }
  .bar-label {
    overflow-wrap: anywhere;
  }
  .fill {
    fill: var(--_fd-primary);
  }
  .axis {
    stroke: var(--_fd-text-muted);
  }
  .value {
    fill: var(--_fd-text);
    font-size: 14px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** A console screen: the API, the catalog and locale from the shell; its own load and status line. */
export abstract class ConsoleScreen extends LitElement {
  static override styles = [tokens, baseStyles, consoleStyles];

  @property({ attribute: false }) api!: StaffApi;
  @property({ attribute: false }) t!: T;
  @property() locale: Locale = 'en';
  @state() protected loading = true;
  @state() protected problem = '';
  /** Said politely after an action (a live region). */
  @state() protected said = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  async reload(): Promise<void> {
    this.loading = true;
    await this.run(() => this.load());
    this.loading = false;
  }

  protected abstract load(): Promise<void>;

  /** Runs a call; a failure shows one line (the session's end is the shell's business). */
  protected async run(work: () => Promise<void>, done?: string): Promise<boolean> {
    try {
      this.problem = '';
      await work();
      if (done) this.said = done;
      return true;
    } catch (error) {
      this.problem = error instanceof ApiFailure && error.status === 401 ? '' : this.t.failed;
      return false;
    }
  }

  protected status(): TemplateResult {
    return html`<p role="status" class="muted">${this.loading ? this.t.loading : this.said}</p>
      ${this.problem ? html`<p role="alert" class="error">${this.problem}</p>` : nothing}`;
  }
}
