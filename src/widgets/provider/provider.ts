import { provide } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { FrontdeskAdapter } from '../../core/adapter.js';
import { adapterContext, localeContext, timeZoneContext } from '../../core/context.js';

/**
 * Supplies an adapter, locale and time zone to every Frontdesk widget inside it, so a page
 * (or a portal's view) configures them once. Providers nest; the nearest one wins, and a
 * widget's own property wins over any provider.
 *
 * @tagname fd-provider
 * @summary Shares adapter, locale and time zone with the widgets inside it.
 * @slot - The widgets (and any other content).
 */
export class FrontdeskProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([theme='light']) {
      color-scheme: light;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
  `;

  /** The adapter the widgets inside use. */
  @provide({ context: adapterContext })
  @property({ attribute: false })
  adapter?: FrontdeskAdapter;

  /** Language for the widgets inside: `en` or `es`. */
  @provide({ context: localeContext })
  @property({ reflect: true })
  locale?: string;

  /** IANA time zone for times not tied to a location. */
  @provide({ context: timeZoneContext })
  @property({ attribute: 'time-zone' })
  timeZone?: string;

  /** `light` or `dark` for every widget inside; unset follows the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected override render() {
    return html`<slot></slot>`;
  }
}
