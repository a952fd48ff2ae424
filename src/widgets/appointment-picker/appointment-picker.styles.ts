import { css } from 'lit';

export const styles = css`
  /* The base paints the surface: as wide as the card, not the whole page column. */
  [part~='base'] {
    max-width: 52rem;
  }
  .picker {
    display: grid;
    gap: var(--_fd-space);
    padding: var(--_fd-space);
    border: 1px solid var(--_fd-border);
    border-radius: var(--_fd-radius);
    background: var(--_fd-surface);
    max-width: 52rem;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
  }
  .step-heading {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 650;
  }
  .step-heading:focus,
  .title:focus,
  .notice:focus {
    outline: none;
  }
  .fd-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .step {
    display: grid;
    gap: var(--_fd-space);
  }
  /* The grid gap spaces a step's paragraphs; their own margins would double it. */
  .step > p {
    margin: 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5rem;
  }
  .choices {
    display: grid;
    gap: 0.5rem;
  }
  .choice,
  .time {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    min-height: var(--_fd-target);
    padding: 0.625rem 0.75rem;
    border: 1px solid var(--_fd-border);
    border-radius: var(--_fd-radius);
    cursor: pointer;
  }
  .choice:has(input:checked),
  .time:has(input:checked) {
    border-color: var(--_fd-primary);
    box-shadow: inset 0 0 0 1px var(--_fd-primary);
  }
  .choice input,
  .time input {
    margin: 0.2rem 0 0;
    width: 1.125rem;
    height: 1.125rem;
    flex: none;
    accent-color: var(--_fd-primary);
  }
  .choice-text {
    display: grid;
    gap: 0.125rem;
  }
  .muted {
    color: var(--_fd-text-muted);
    font-size: 0.9375em;
    margin: 0;
  }
  .who {
    display: grid;
    /* minmax(0, …): a drop-down never sizes the column to its longest option (390 px phones). */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.375rem;
    max-width: 36rem;
  }
  .who select {
    width: 100%;
    min-width: 0;
    text-overflow: ellipsis;
  }
  .field {
    font-weight: 600;
    margin-block-start: 0.5rem;
  }
  select,
  input:not([type='radio']):not([type='checkbox']),
  textarea {
    font: inherit;
    min-height: var(--_fd-target);
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_fd-border);
    border-radius: var(--_fd-radius);
    background: var(--_fd-surface);
    color: var(--_fd-text);
    max-width: 100%;
  }
  textarea {
    min-height: 5rem;
  }
  .when {
    display: grid;
    gap: var(--_fd-space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    align-items: start;
  }
  .day {
    display: grid;
    gap: 0.5rem;
  }
  .times-heading {
    margin: 0;
    font-weight: 650;
  }
  .times {
    display: grid;
    gap: 0.75rem;
  }
  .clinic {
    display: grid;
    gap: 0.5rem;
  }
  .clinic + .clinic {
    border-block-start: 1px solid var(--_fd-border);
    padding-block-start: 0.75rem;
  }
  .clinic-name {
    margin: 0;
    font-weight: 650;
  }
  .clinic-name .muted {
    display: block;
    font-weight: 400;
  }
  .time-group-label,
  .clinician-name {
    margin: 0 0 0.25rem;
    font-weight: 600;
    color: var(--_fd-text-muted);
  }
  .clinician-name {
    font-weight: 400;
  }
  .time-options {
    display: grid;
    gap: 0.375rem;
    grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
  }
  .time {
    align-items: center;
    gap: 0.5rem;
    padding-inline: 0.5rem;
    white-space: nowrap;
  }
  .more {
    justify-self: start;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .fd-button[data-variant='danger'] {
    background: var(--_fd-danger);
    border-color: var(--_fd-danger);
    color: var(--_fd-on-primary);
  }
  .hold {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_fd-primary);
    background: var(--_fd-surface-raised);
    font-variant-numeric: tabular-nums;
  }
  .notice {
    padding: 0.75rem;
    border: 2px solid var(--_fd-warning);
    border-radius: var(--_fd-radius);
  }
  .notice p {
    margin: 0 0 0.5rem;
  }
  .alternatives {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .summary {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .summary dt {
    font-weight: 600;
  }
  .summary dd {
    margin: 0;
  }
  .code {
    font-size: 1.25em;
    letter-spacing: 0.05em;
    white-space: nowrap;
  }
  .lookup {
    display: grid;
    gap: 0.375rem;
    max-width: 24rem;
  }
  .links {
    margin: 0;
  }
  a {
    color: var(--_fd-primary);
  }
  dialog {
    border: 0;
    padding: 0;
    background: transparent;
    max-width: min(56rem, 100vw - 1rem);
    width: 100%;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  /* Opaque, so the button reads as part of the dialog, not of the page behind the backdrop. */
  dialog .fd-button.close {
    background: var(--_fd-surface);
  }
  dialog .close {
    justify-self: end;
    display: block;
    margin-inline-start: auto;
    margin-block-end: 0.5rem;
  }
  @media (max-width: 30rem) {
    .summary {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .choice:has(input:checked),
    .time:has(input:checked) {
      outline: 2px solid Highlight;
    }
  }
`;
