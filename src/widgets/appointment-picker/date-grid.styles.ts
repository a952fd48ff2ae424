import { css } from 'lit';

export const styles = css`
  :host {
    /* Seven columns of at least 40 px: the grid fits a 320 px wide screen. */
    min-width: calc(7 * 36px);
  }
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_fd-space) / 4);
    margin-block-end: calc(var(--_fd-space) / 2);
  }
  .heading {
    flex: 1;
    margin: 0;
    text-align: center;
    font-size: 1.0625em;
    font-weight: 650;
  }
  .nav {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: var(--_fd-target);
    height: var(--_fd-target);
    padding: 0;
    border: 2px solid var(--_fd-border);
    border-radius: var(--_fd-radius);
    background: transparent;
    color: var(--_fd-primary);
    font: inherit;
    cursor: pointer;
  }
  .nav[aria-disabled='true'] {
    border-style: dashed;
    color: var(--_fd-text-muted);
    opacity: 0.55;
    cursor: not-allowed;
  }
  .nav svg {
    width: 1.25rem;
    height: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  :host(:dir(rtl)) .nav svg {
    transform: scaleX(-1);
  }
  table {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  th {
    padding: 0 0 0.25rem;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_fd-text-muted);
    text-align: center;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  td {
    position: relative;
    height: var(--_fd-target);
    min-width: 36px;
    padding: 2px;
    text-align: center;
  }
  td.day {
    cursor: pointer;
  }
  td.day[aria-disabled='true'] {
    cursor: default;
  }
  td.day:focus-visible {
    outline-offset: -1px;
    border-radius: var(--_fd-radius);
  }
  .number {
    position: relative;
    display: grid;
    place-items: center;
    height: 100%;
    min-height: 36px;
    border: 2px solid transparent;
    border-radius: var(--_fd-radius);
    font-variant-numeric: tabular-nums;
  }
  .available .number {
    font-weight: 650;
    color: var(--_fd-text);
    background: var(--_fd-surface-raised);
  }
  /* Days with times carry a dot: a shape, not only a colour. */
  .available .number::after {
    content: '';
    position: absolute;
    inset-block-end: 3px;
    inset-inline-start: calc(50% - 3px);
    width: 0;
    height: 0;
    border: 3px solid var(--_fd-primary);
    border-radius: 50%;
  }
  .unavailable .number {
    color: var(--_fd-text-muted);
  }
  .out-of-range .number {
    color: var(--_fd-text-muted);
    text-decoration: line-through;
  }
  .today .number {
    border-color: currentColor;
  }
  .selected .number {
    background: var(--_fd-primary);
    color: var(--_fd-on-primary);
  }
  .selected .number::after {
    border-color: var(--_fd-on-primary);
  }
  @media (hover: hover) {
    .available:hover .number {
      border-color: var(--_fd-primary);
    }
  }
  @media (forced-colors: active) {
    .unavailable .number,
    .out-of-range .number,
    .nav[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    .available .number::after {
      border-color: CanvasText;
    }
    .selected .number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .selected .number::after {
      border-color: HighlightText;
    }
    .today .number {
      border-color: CanvasText;
    }
  }
`;
