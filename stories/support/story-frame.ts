import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../../src/core/define.js';

/**
 * The page a story sits on: fills the canvas with the page background for the theme, so a
 * dark widget is seen on a dark page (as a customer's dark site would show it).
 *
 * @slot - The story.
 */
export class StoryFrame extends LitElement {
  static override styles = css`
    :host {
      display: block;
      box-sizing: border-box;
      min-height: 100vh;
      padding: 1rem;
      color-scheme: light;
      background: light-dark(#f6f7f9, #0e1013);
      color: light-dark(#1c1f24, #eceef2);
      font-family: system-ui, sans-serif;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
  `;

  /** `light` or `dark`. */
  @property({ reflect: true }) theme: 'light' | 'dark' = 'light';

  protected override render() {
    return html`<slot></slot>`;
  }
}

define('fd-story-frame', StoryFrame);

declare global {
  interface HTMLElementTagNameMap {
    'fd-story-frame': StoryFrame;
  }
}
