import { css } from 'lit';

export const styles = css`
  form {
    display: grid;
    gap: var(--_fd-space);
    min-width: 0;
  }
  .names {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--_fd-space);
  }
  .field,
  .group {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .group {
    gap: 0.5rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .marker {
    font-weight: 400;
    color: var(--_fd-text-muted);
  }
  .hint {
    margin: 0;
    color: var(--_fd-text-muted);
  }
  .error {
    margin: 0;
    color: var(--_fd-danger);
    font-weight: 600;
    padding-inline-start: 0.5rem;
    border-inline-start: 4px solid var(--_fd-danger);
  }
  input:not([type='checkbox']),
  select,
  textarea {
    font: inherit;
    color: var(--_fd-text);
    background: var(--_fd-surface);
    border: 2px solid var(--_fd-border);
    border-radius: calc(var(--_fd-radius) / 2);
    min-height: var(--_fd-target);
    padding: 0.375rem 0.5rem;
    width: 100%;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
    max-width: 40rem;
  }
  input[type='tel'],
  input[type='email'] {
    max-width: 24rem;
  }
  /* Marked by a thicker border as well as colour, so it shows in forced colours too. */
  [aria-invalid='true']:not([type='checkbox']) {
    border-color: var(--_fd-danger);
    border-width: 3px;
  }
  .date {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_fd-space) / 2) var(--_fd-space);
  }
  .part {
    display: grid;
    gap: 0.25rem;
  }
  .part[data-part='month'] {
    flex: 1 1 10rem;
    max-width: 14rem;
  }
  .part[data-part='day'] {
    flex: 0 0 4.5rem;
  }
  .part[data-part='year'] {
    flex: 0 0 6.5rem;
  }
  /* The whole row is the checkbox's label, so the target is at least 44px tall. */
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_fd-target);
    font-weight: 400;
    cursor: pointer;
    justify-self: start;
  }
  .choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_fd-primary);
  }
  .choice:has([aria-invalid='true']) input {
    outline: 3px solid var(--_fd-danger);
    outline-offset: 1px;
  }
  .choice:has([aria-invalid='true']) input:focus-visible {
    outline-color: var(--_fd-focus);
  }
  .summary {
    padding: var(--_fd-space);
    border: 4px solid var(--_fd-danger);
    border-radius: var(--_fd-radius);
    background: var(--_fd-surface);
  }
  .summary-title {
    margin: 0 0 0.5rem;
    font-size: 1.125em;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .summary:focus {
    outline: 3px solid var(--_fd-focus);
    outline-offset: 2px;
  }
  .summary a {
    color: var(--_fd-danger);
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    min-height: var(--_fd-target);
  }
  .summary a:focus-visible {
    outline-color: var(--_fd-focus);
  }
  .fd-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .error,
    .summary {
      border-color: CanvasText;
    }
    .summary a {
      color: LinkText;
    }
    .fd-button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
