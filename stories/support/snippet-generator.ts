import { LitElement, css, html } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../../src/core/define.js';
import { baseStyles, tokens } from '../../src/core/tokens.css.js';

type AdapterKind = 'demo' | 'rest';

/** Builds the script-tag snippet for chosen options (a tool for practice web teams). */
export function snippet(options: { src: string; adapter: AdapterKind; baseUrl: string; locale: string; integrity: string; widget: string }): string {
  const attributes = [
    `src="${options.src}"`,
    `data-adapter="${options.adapter}"`,
    options.adapter === 'rest' ? `data-base-url="${options.baseUrl}"` : '',
    options.locale ? `data-locale="${options.locale}"` : '',
    options.integrity ? `integrity="${options.integrity}" crossorigin="anonymous"` : '',
    'async',
  ].filter(Boolean);
  return `<script ${attributes.join('\n        ')}></script>\n\n${options.widget}`;
}

const widgets: Record<string, string> = {
  'Wait-time banner': '<fd-wait-time-banner location="phoenix"></fd-wait-time-banner>',
  'Appointment picker': '<fd-appointment-picker visit-type="sick"></fd-appointment-picker>',
  'Change or cancel': '<fd-appointment-picker mode="manage"></fd-appointment-picker>',
};

/**
 * A form that writes the snippet: choose the adapter, its base URL, the locale and a widget,
 * paste the integrity value from dist/embed/frontdesk.sri.json, copy the result.
 */
export class SnippetGenerator extends LitElement {
  static override styles = [
    tokens,
    baseStyles,
    css`
      form {
        display: grid;
        gap: 0.5rem;
        max-width: 40rem;
      }
      label {
        font-weight: 600;
      }
      input,
      select {
        font: inherit;
        min-height: 44px;
        padding: 0.25rem 0.5rem;
      }
      pre {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        padding: 1rem;
        border: 1px solid var(--_fd-border);
        border-radius: var(--_fd-radius);
        background: var(--_fd-surface-raised);
      }
    `,
  ];

  @state() private adapter: AdapterKind = 'rest';
  @state() private baseUrl = 'https://api.example-practice.com/frontdesk';
  @state() private locale = '';
  @state() private integrity = '';
  @state() private widget = 'Wait-time banner';

  override render() {
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    const text = snippet({
      src: 'https://cdn.example-practice.com/frontdesk/frontdesk.js',
      adapter: this.adapter,
      baseUrl: this.baseUrl,
      locale: this.locale,
      integrity: this.integrity,
      widget: widgets[this.widget] ?? '',
    });
    return html`<form @submit=${(e: Event) => e.preventDefault()}>
        <label for="adapter">Adapter</label>
        <select id="adapter" @change=${(e: Event) => (this.adapter = value(e) as AdapterKind)}>
          <option value="rest" selected>REST (your backend)</option>
          <option value="demo">Demo data</option>
        </select>
        <label for="base-url">Base URL (REST)</label>
        <input id="base-url" type="url" .value=${this.baseUrl} @input=${(e: Event) => (this.baseUrl = value(e))} />
        <label for="locale">Language</label>
        <select id="locale" @change=${(e: Event) => (this.locale = value(e))}>
          <option value="" selected>The page's language</option>
          <option value="en">English</option>
          <option value="es">Español</option>
        </select>
        <label for="integrity">Integrity (from frontdesk.sri.json)</label>
        <input id="integrity" .value=${this.integrity} placeholder="sha384-…" @input=${(e: Event) => (this.integrity = value(e))} />
        <label for="widget">Widget</label>
        <select id="widget" @change=${(e: Event) => (this.widget = value(e))}>
          ${Object.keys(widgets).map((name) => html`<option ?selected=${name === this.widget}>${name}</option>`)}
        </select>
      </form>
      <p id="snippet-label"><strong>Paste this into your page:</strong></p>
      <pre aria-labelledby="snippet-label"><code>${text}</code></pre>`;
  }
}
define('fd-story-snippet-generator', SnippetGenerator);

declare global {
  interface HTMLElementTagNameMap {
    'fd-story-snippet-generator': SnippetGenerator;
  }
}
