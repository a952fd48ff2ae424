import { css } from 'lit';

/**
 * Design tokens. Each `--fd-*` custom property may be set by the page on any ancestor (each is
 * documented, with its default, on FrontdeskElement and in the README's theming guide);
 * the fallbacks follow `color-scheme` (light or dark) through `light-dark()`, and
 * Windows High Contrast / forced colors maps them to system colors.
 */
export const tokens = css`
  :host {
    color-scheme: inherit;
    --_fd-text: var(--fd-color-text, light-dark(#1c1f24, #eceef2));
    --_fd-text-muted: var(--fd-color-text-muted, light-dark(#4a5160, #b4bac6));
    --_fd-surface: var(--fd-color-surface, light-dark(#ffffff, #17191d));
    --_fd-surface-raised: var(--fd-color-surface-raised, light-dark(#f4f6f9, #23262c));
    --_fd-border: var(--fd-color-border, light-dark(#8a93a3, #6b7383));
    --_fd-primary: var(--fd-color-primary, light-dark(#0b5cad, #8cc2ff));
    --_fd-on-primary: var(--fd-color-on-primary, light-dark(#ffffff, #0b1b2e));
    --_fd-danger: var(--fd-color-danger, light-dark(#b3261e, #ffb4ab));
    --_fd-warning: var(--fd-color-warning, light-dark(#7a4d00, #ffcf7a));
    --_fd-success: var(--fd-color-success, light-dark(#1e6b34, #8fd8a0));
    --_fd-focus: var(--fd-color-focus, light-dark(#0b5cad, #8cc2ff));
    --_fd-radius: var(--fd-radius, 0.5rem);
    --_fd-space: var(--fd-space, 1rem);
    --_fd-target: var(--fd-target-size, 44px);
    --_fd-font-size: var(--fd-font-size, 1rem);
    --_fd-shadow: var(--fd-shadow, 0 1px 3px rgb(0 0 0 / 0.25));
    --_fd-motion: var(--fd-motion-duration, 150ms);
    /* Unset, --fd-font-family makes this declaration invalid, so the page's font is inherited. */
    font-family: var(--fd-font-family);
    font-size: var(--_fd-font-size);
    line-height: 1.5;
    color: var(--_fd-text);
  }
  :host([theme='light']),
  :host(:state(theme-light)) {
    color-scheme: light;
  }
  :host([theme='dark']),
  :host(:state(theme-dark)) {
    color-scheme: dark;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_fd-motion: 0ms;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_fd-text: CanvasText;
      --_fd-text-muted: CanvasText;
      --_fd-surface: Canvas;
      --_fd-surface-raised: Canvas;
      --_fd-border: CanvasText;
      --_fd-primary: LinkText;
      --_fd-on-primary: Canvas;
      --_fd-danger: CanvasText;
      --_fd-warning: CanvasText;
      --_fd-success: CanvasText;
      --_fd-focus: Highlight;
      --_fd-shadow: none;
    }
  }
`;

/** Pieces every widget draws the same way: status blocks, buttons, focus ring. */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  [part~='base'] {
    background: var(--_fd-surface);
    color: var(--_fd-text);
    border-radius: var(--_fd-radius);
  }
  .fd-status {
    padding: var(--_fd-space);
    display: grid;
    gap: calc(var(--_fd-space) / 2);
  }
  .fd-status p {
    margin: 0;
  }
  .fd-status strong {
    font-weight: 600;
  }
  .fd-button {
    font: inherit;
    min-height: var(--_fd-target);
    min-width: var(--_fd-target);
    padding: 0.5rem 1rem;
    border-radius: var(--_fd-radius);
    border: 2px solid var(--_fd-primary);
    background: var(--_fd-primary);
    color: var(--_fd-on-primary);
    cursor: pointer;
    justify-self: start;
  }
  .fd-button[data-variant='secondary'] {
    background: transparent;
    color: var(--_fd-primary);
  }
  .fd-button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--_fd-focus);
    outline-offset: 2px;
  }
  .fd-demo {
    margin: 0;
    padding: 0.125rem 0.5rem;
    justify-self: start;
    width: fit-content;
    border: 2px dashed var(--_fd-warning);
    border-radius: var(--_fd-radius);
    color: var(--_fd-text);
    font-size: 0.875em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .fd-visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
