import { css } from 'lit';

export const styles = css`
  .banner {
    display: grid;
    gap: calc(var(--_fd-space) / 2);
    padding: var(--_fd-space);
    border: 1px solid var(--_fd-border);
    border-radius: var(--_fd-radius);
    background: var(--_fd-surface-raised);
  }
  :host([variant='banner']) .banner {
    border-radius: 0;
    border-width: 0 0 1px;
  }
  :host([variant='card']) .banner {
    box-shadow: var(--_fd-shadow);
    max-width: 28rem;
  }
  :host([variant='inline']) .banner {
    display: block;
    padding: 0;
    border: 0;
    background: transparent;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_fd-space) / 2);
  }
  .title {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 650;
  }
  :host([variant='inline']) .title {
    display: inline;
    font-size: inherit;
    margin-inline-end: 0.5em;
  }
  .controls,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_fd-space) / 2);
  }
  .actions:not(:has(> :not(slot))) {
    /* Nothing but an empty slot: no gap left behind. */
    display: contents;
  }
  a.fd-button {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_fd-space) / 2);
  }
  :host([variant='banner']) .list {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    column-gap: calc(var(--_fd-space) * 1.5);
  }
  :host([variant='inline']) .list,
  :host([variant='inline']) .row {
    display: inline;
  }
  :host([variant='inline']) .row + .row::before {
    content: ' · ';
  }
  :host([variant='inline']) .opens::before {
    content: '· ';
  }
  .row {
    display: grid;
    gap: 0.125rem;
    align-content: start;
  }
  .name {
    font-weight: 600;
  }
  .detail {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  :host([variant='inline']) .detail,
  :host([variant='inline']) .name {
    display: inline;
    margin-inline-end: 0.375em;
  }
  .figure {
    font-size: 1.375em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  :host([variant='inline']) .figure {
    font-size: inherit;
  }
  .level {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .level svg {
    width: 0.875em;
    height: 0.875em;
    flex: none;
  }
  .level[data-level='low'] svg {
    fill: var(--_fd-success);
  }
  .level[data-level='moderate'] svg {
    fill: var(--_fd-warning);
  }
  .level[data-level='high'] svg {
    fill: var(--_fd-danger);
  }
  .status {
    font-weight: 600;
  }
  .updated,
  .people,
  .note,
  .opens {
    color: var(--_fd-text-muted);
  }
  .updated,
  .note {
    font-size: 0.875em;
  }
  :host([variant='inline']) .updated,
  :host([variant='inline']) .note,
  :host([variant='inline']) .people {
    display: none;
  }
  .note,
  .emergency {
    margin: 0;
  }
  .emergency {
    font-weight: 600;
  }
  a {
    color: var(--_fd-primary);
    text-underline-offset: 0.15em;
  }
  a.fd-button {
    color: var(--_fd-on-primary);
  }
  .emergency a,
  .status a {
    display: inline-block;
    min-height: 24px;
  }
  details summary {
    cursor: pointer;
    min-height: 24px;
  }
  details p {
    margin: 0.25rem 0 0;
  }
  @media (forced-colors: active) {
    .level svg {
      fill: CanvasText;
    }
  }
`;
