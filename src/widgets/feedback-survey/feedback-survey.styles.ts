import { css } from 'lit';

export const styles = css`
  form,
  .thanks,
  .prompt {
    display: grid;
    /* One column no wider than the widget: a long word (an email address) wraps instead of widening it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_fd-space);
    padding: var(--_fd-space);
  }
  p {
    margin: 0;
  }
  .title {
    font-size: 1.25em;
    font-weight: 600;
  }
  .page-title {
    font-weight: 600;
  }
  .question,
  .group {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .group {
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_fd-border);
  }
  legend,
  label[part='label'] {
    font-weight: 600;
    padding: 0;
  }
  .required,
  .help,
  .hint,
  .ends {
    font-weight: normal;
    color: var(--_fd-text-muted);
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .options.horizontal,
  [data-control='csat'] .options,
  [data-control='ces'] .options,
  [data-control='stars'] .options,
  [data-control='yes-no'] .options {
    flex-flow: row wrap;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_fd-target);
    min-width: var(--_fd-target);
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--_fd-border);
    border-radius: var(--_fd-radius);
    background: var(--_fd-surface);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_fd-primary);
    box-shadow: inset 0 0 0 1px var(--_fd-primary);
  }
  :is([data-control='nps'], [data-control='csat'], [data-control='ces'], [data-control='stars']) .option {
    justify-content: center;
    padding: 0.25rem;
  }
  :is([data-control='nps'], [data-control='csat'], [data-control='ces'], [data-control='stars'], [data-control='yes-no']) input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
    margin: 0;
  }
  :is([data-control='nps'], [data-control='csat'], [data-control='ces'], [data-control='yes-no']) .option:has(:checked) {
    background: var(--_fd-primary);
    color: var(--_fd-on-primary);
  }
  .option:has(:focus-visible) {
    outline: 3px solid var(--_fd-focus);
    outline-offset: 2px;
  }
  /* 0–10 on one row at any width (320 px too), so the end labels sit under 0 and 10. Eleven
     equal cells with a gap: each target and its spacing stays ≥ 24 px (WCAG 2.5.8) from 264 px up. */
  [data-control='nps'] .options {
    display: grid;
    grid-template-columns: repeat(11, minmax(0, 1fr));
    gap: 0.25rem;
  }
  [data-control='nps'] .option {
    min-width: 0;
    padding: 0.25rem 0;
  }
  [data-control='stars'] .option {
    font-size: 1.5em;
    color: var(--_fd-text-muted);
  }
  [data-control='stars'] .option.lit {
    color: var(--_fd-primary);
  }
  .option input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_fd-primary);
  }
  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_fd-surface);
    min-height: var(--_fd-target);
    max-width: 100%;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_fd-border);
    border-radius: var(--_fd-radius);
  }
  input[type='range'] {
    border: 0;
    padding: 0;
  }
  textarea {
    width: 100%;
  }
  .with-unit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_fd-danger);
  }
  .error {
    color: var(--_fd-danger);
    font-weight: 600;
  }
  .error:empty {
    display: none;
  }
  .safety:empty {
    display: none;
  }
  .safety {
    padding: 0.75rem;
    border: 2px solid var(--_fd-danger);
    border-radius: var(--_fd-radius);
    font-weight: 600;
  }
  .calculated {
    font-weight: 600;
  }
  .follow-up {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border-radius: var(--_fd-radius);
    background: var(--_fd-surface-raised);
  }
  .contact {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .contact a {
    color: var(--_fd-primary);
    overflow-wrap: anywhere;
    display: inline-flex;
    align-items: center;
    min-height: var(--_fd-target);
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part='progress'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--_fd-text-muted);
  }
  progress {
    flex: 1;
    max-width: 12rem;
  }
  @media (forced-colors: active) {
    .option:has(:checked) {
      border-color: Highlight;
      outline: 2px solid Highlight;
    }
    [data-control='stars'] .option.lit {
      color: Highlight;
    }
  }
`;
