import { css } from 'lit';

export const styles = css`
  .estimator,
  .result,
  form,
  .field {
    display: grid;
    gap: calc(var(--_fd-space) / 2);
  }
  /* The widget is as wide as its card (a page can widen it with its own width rule). */
  :host {
    max-width: 40rem;
  }
  .estimator {
    padding: var(--_fd-space);
    border: 1px solid var(--_fd-border);
    border-radius: var(--_fd-radius);
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
  }
  label,
  legend,
  summary,
  dt,
  .subtitle,
  .service-name {
    font-weight: 600;
  }
  .help,
  .muted,
  .source,
  .disclaimer {
    color: var(--_fd-text-muted);
    font-size: 0.9375em;
  }
  input:not([type='radio']),
  select {
    font: inherit;
    color: var(--_fd-text);
    background: var(--_fd-surface);
    border: 2px solid var(--_fd-border);
    border-radius: calc(var(--_fd-radius) / 2);
    min-height: var(--_fd-target);
    padding: 0.375rem 0.5rem;
    width: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_fd-danger);
    border-width: 3px;
  }
  .error {
    color: var(--_fd-danger);
    font-weight: 600;
  }
  .search {
    position: relative;
  }
  [role='listbox'],
  .browse {
    list-style: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_fd-border);
    border-radius: calc(var(--_fd-radius) / 2);
    background: var(--_fd-surface);
    max-height: 20rem;
    overflow-y: auto;
  }
  [role='option'],
  .option {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.75rem;
    align-items: center;
    min-height: var(--_fd-target);
    width: 100%;
    padding: 0.375rem 0.5rem;
    font: inherit;
    text-align: start;
    color: inherit;
    background: none;
    border: 0;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_fd-primary);
    color: var(--_fd-on-primary);
    outline: 2px solid var(--_fd-focus);
    outline-offset: -2px;
  }
  [role='option'][aria-selected='true'] .muted {
    color: inherit;
  }
  .option:hover,
  [role='option']:hover {
    text-decoration: underline;
  }
  .service,
  .gfe {
    display: grid;
    gap: 0.25rem;
    padding: calc(var(--_fd-space) / 2);
    border-radius: var(--_fd-radius);
    background: var(--_fd-surface-raised);
  }
  .pay {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_fd-target);
    font-weight: 400;
    cursor: pointer;
  }
  .choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_fd-primary);
  }
  summary {
    min-height: var(--_fd-target);
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  .figure {
    font-size: 1.375em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.25rem 0;
    border-block-end: 1px solid var(--_fd-border);
    text-align: start;
    font-weight: 400;
  }
  td {
    text-align: end;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1rem;
  }
  .payment {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_fd-space) / 2);
    align-items: center;
  }
  .payment:not(:has(> :not(slot))) {
    display: contents;
  }
  a {
    color: var(--_fd-primary);
  }
  a.fd-button {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  @media print {
    :host {
      max-width: none;
    }
    .estimator {
      border: 0;
    }
    .search,
    .pay,
    [part~='categories'],
    [part~='plan'] .help,
    .fd-button,
    form {
      display: none;
    }
    a::after {
      content: ' (' attr(href) ')';
    }
  }
`;
