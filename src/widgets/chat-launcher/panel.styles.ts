import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  [part~='base'],
  .panel {
    height: 100%;
  }
  .panel {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    border: 1px solid var(--_fd-border);
    border-radius: var(--_fd-radius);
    background: var(--_fd-surface);
    box-shadow: 0 4px 24px rgb(0 0 0 / 0.3);
    overflow: hidden;
    padding: env(safe-area-inset-top, 0px) env(safe-area-inset-right, 0px) env(safe-area-inset-bottom, 0px) env(safe-area-inset-left, 0px);
  }
  header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    background: var(--_fd-primary);
    color: var(--_fd-on-primary);
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.125em;
  }
  h3 {
    font-size: 1em;
  }
  .agent {
    font-size: 0.875em;
  }
  .close {
    display: grid;
    place-items: center;
    min-width: var(--_fd-target);
    min-height: var(--_fd-target);
    border: 0;
    border-radius: var(--_fd-radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  svg {
    width: 1.5rem;
    height: 1.5rem;
    stroke: currentColor;
    stroke-width: 2;
  }
  .body {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding: 1rem;
    overflow-y: auto;
  }
  .intro {
    display: grid;
    gap: 0.5rem;
    font-size: 0.9375em;
  }
  .dot {
    display: inline-block;
    width: 0.625rem;
    height: 0.625rem;
    margin-inline-end: 0.375rem;
    border-radius: 50%;
    border: 2px solid var(--_fd-text-muted);
  }
  .dot.online {
    background: var(--_fd-success);
    border-color: var(--_fd-success);
  }
  .dot.away {
    border-color: var(--_fd-warning);
  }
  .emergency {
    padding: 0.5rem;
    border-inline-start: 4px solid var(--_fd-danger);
    background: var(--_fd-surface-raised);
  }
  .reminder,
  .notice,
  .typing,
  .meta {
    color: var(--_fd-text-muted);
    font-size: 0.875em;
  }
  .log {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .msg {
    display: grid;
    max-width: 85%;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_fd-radius);
    background: var(--_fd-surface-raised);
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .mine {
    align-self: flex-end;
    border: 1px solid var(--_fd-primary);
  }
  .who {
    font-weight: 600;
    font-size: 0.875em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .failed {
    color: var(--_fd-danger);
    font-weight: 600;
  }
  .notice {
    text-align: center;
  }
  .actions,
  .ended {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .scroller {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .scroller ~ * {
    flex: none;
  }
  .composer {
    display: flex;
    gap: 0.5rem;
    align-items: flex-end;
    /* The field stays at the bottom of the panel, where the thumb and the eye expect it. */
    margin-top: auto;
  }
  .composer .fd-button {
    flex: none;
    white-space: nowrap;
  }
  textarea,
  input,
  select {
    box-sizing: border-box;
    width: 100%;
    min-height: var(--_fd-target);
    padding: 0.5rem;
    border: 1px solid var(--_fd-border);
    border-radius: var(--_fd-radius);
    background: var(--_fd-surface);
    color: inherit;
    font: inherit;
  }
  textarea:focus-visible,
  input:focus-visible,
  select:focus-visible,
  .close:focus-visible,
  .link:focus-visible {
    outline: 3px solid var(--_fd-focus);
    outline-offset: 2px;
  }
  .form {
    display: grid;
    gap: 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .problem:empty {
    display: none;
  }
  .problem {
    color: var(--_fd-danger);
  }
  .link {
    min-height: 24px;
    min-width: 44px;
    padding: 0.25rem;
    border: 0;
    background: none;
    color: var(--_fd-primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .end {
    align-self: center;
  }
`;
