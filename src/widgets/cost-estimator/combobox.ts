import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Catalog } from '../../core/localize.js';
import type { Service } from '../../core/schemas/pricing.js';
import { serviceLabel } from './choices.js';
import type { CostMessages } from './messages.js';
import { SearchController, type SearchOptions } from './search-controller.js';

/**
 * The service search as an ARIA 1.2 combobox (input + listbox, `aria-activedescendant`):
 * suggestions as the patient types; ↓/↑ move through them (wrapping), Enter chooses,
 * Escape closes the list (a second Escape clears the field), Tab leaves. Focus stays in
 * the input throughout; screen readers hear the active option and, once, how many there are.
 */
export class Combobox {
  query = '';
  active = -1;
  open = false;
  readonly search: SearchController;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: SearchOptions,
    private readonly onChoose: (service: Service) => void,
  ) {
    this.search = new SearchController(host, options);
  }

  private update(changes: Partial<Pick<Combobox, 'query' | 'active' | 'open'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  clear(): void {
    this.update({ query: '', active: -1, open: false });
    this.search.set('');
  }

  private choose(service: Service | undefined): void {
    if (!service) return;
    this.update({ open: false, active: -1 });
    this.search.cancel();
    this.onChoose(service);
  }

  private readonly onInput = (event: Event): void => {
    const query = (event.target as HTMLInputElement).value;
    this.update({ query, active: -1, open: query.trim() !== '' });
    this.search.set(query);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const results = this.search.results;
    const count = this.search.status === 'done' ? results.length : 0;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!count) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const from = this.open ? this.active : -1;
        const next = event.altKey ? -1 : from === -1 ? (step === 1 ? 0 : count - 1) : (from + step + count) % count;
        this.update({ open: true, active: next });
        return;
      }
      case 'Enter':
        if (this.open && this.active >= 0) {
          event.preventDefault();
          this.choose(results[this.active]);
        }
        return;
      case 'Escape':
        event.preventDefault();
        if (this.open) this.update({ open: false, active: -1 });
        else this.clear();
        return;
      case 'Tab':
        this.update({ open: false, active: -1 });
        return;
      default:
    }
  };

  private readonly onBlur = (): void => {
    // Chromium also blurs the field when choosing removes it from the page: nothing to close then.
    if (this.open || this.active !== -1) this.update({ open: false, active: -1 });
  };

  render(t: Catalog<CostMessages>): TemplateResult {
    const { status, results } = this.search;
    const expanded = this.open && status === 'done' && results.length > 0;
    const live = status === 'searching' ? t.searching : status === 'done' && this.open ? t.suggestionCount(results.length) : '';
    return html`<div class="field search" part="search">
      <label for="search">${t.searchLabel}</label>
      <span class="help" id="search-help">${t.searchHelp}</span>
      <input
        id="search"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls="suggestions"
        aria-describedby="search-help"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-activedescendant=${ifDefined(expanded && this.active >= 0 ? `option-${this.active}` : undefined)}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @blur=${this.onBlur}
      />
      <ul id="suggestions" role="listbox" aria-label=${t.suggestions} part="suggestions" ?hidden=${!expanded}>
        ${expanded
          ? results.map(
              (s, i) => html`<li
                id=${`option-${i}`}
                role="option"
                part="option"
                aria-selected=${i === this.active ? 'true' : 'false'}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.choose(s)}
              >
                ${serviceLabel(s, t)}
              </li>`,
            )
          : nothing}
      </ul>
      ${status === 'done' && this.open && !results.length ? html`<p class="muted" part="status">${t.noMatches}</p>` : nothing}
      <div class="fd-visually-hidden" role="status" aria-live="polite">${live}</div>
    </div>`;
  }
}
