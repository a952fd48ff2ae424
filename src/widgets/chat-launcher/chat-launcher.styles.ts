import { css } from 'lit';

export const styles = css`
  :host {
    --_ox: var(--fd-chat-offset-x, 1.25rem);
    --_oy: var(--fd-chat-offset-y, 1.25rem);
    position: fixed;
    bottom: calc(var(--_oy) + env(safe-area-inset-bottom, 0px));
    right: calc(var(--_ox) + env(safe-area-inset-right, 0px));
    z-index: var(--fd-chat-z-index, 2147483000);
  }
  :host([position='bottom-left']) {
    right: auto;
    left: calc(var(--_ox) + env(safe-area-inset-left, 0px));
  }
  [part~='base'] {
    /* Only the button and the panel are drawn: the column that holds them stays see-through. */
    background: transparent;
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.75rem;
  }
  :host([position='bottom-left']) [part~='base'] {
    align-items: flex-start;
  }
  .launcher {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 3.5rem;
    padding: 0 1.25rem;
    border: 2px solid var(--_fd-on-primary);
    border-radius: 999px;
    background: var(--_fd-primary);
    color: var(--_fd-on-primary);
    font: inherit;
    font-weight: 600;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
    cursor: pointer;
    transition: transform var(--_fd-motion);
  }
  .launcher:focus-visible {
    outline: 3px solid var(--_fd-focus);
    outline-offset: 3px;
  }
  svg {
    width: 1.5rem;
    height: 1.5rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .badge {
    min-width: 1.5rem;
    padding: 0 0.375rem;
    border-radius: 999px;
    background: var(--_fd-danger);
    color: var(--_fd-surface);
    font-size: 0.875em;
    text-align: center;
  }
  /* Out of the way of the focused control or a primary figure: the button and its tag move together. */
  :host(:state(yield)) [part~='base'] {
    transform: translateX(calc(2 * var(--_ox) + 100% - 100vw));
  }
  :host([position='bottom-left']:state(yield)) [part~='base'] {
    transform: translateX(calc(100vw - 2 * var(--_ox) - 100%));
  }
  :host(:state(tucked)) [part~='base'] {
    visibility: hidden;
  }
  /* The launcher shows the "Demo data" marker once, above the panel. */
  fd-chat-panel::part(demo-marker) {
    display: none;
  }
  fd-chat-panel {
    width: min(var(--fd-chat-panel-width, 24rem), calc(100vw - 2 * var(--_ox)));
    height: min(40rem, calc(100dvh - 2 * var(--_oy) - 5rem));
  }
  /* Small screens: the panel fills the screen, inside the safe areas. */
  @media (max-width: 30rem), (max-height: 30rem) {
    fd-chat-panel {
      position: fixed;
      inset: 0;
      width: auto;
      height: var(--_fd-chat-viewport-height, 100dvh);
    }
    :host(:state(open)) .launcher {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .launcher {
      border-color: ButtonText;
    }
  }
`;
