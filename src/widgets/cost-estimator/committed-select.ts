/**
 * A native `<select>` fires `change` on every arrow key while it is closed, so a value
 * chosen by stepping through the list would be acted on (and announced) at each step.
 * These handlers call `commit` once the patient has settled: at once for a choice from
 * the open list (mouse, touch, or Enter in the popup), and after arrow keys on Enter or
 * when focus leaves the select.
 */
export interface CommittedSelect {
  keydown: (e: KeyboardEvent) => void;
  change: (e: Event) => void;
  blur: (e: Event) => void;
}

const STEPS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

export function committedSelect(commit: (value: string) => void): CommittedSelect {
  let stepping = false;
  let pending: string | undefined;
  const flush = (select: HTMLSelectElement) => {
    stepping = false;
    if (pending !== undefined) commit(select.value);
    pending = undefined;
  };
  return {
    keydown: (e) => {
      const select = e.currentTarget as HTMLSelectElement;
      if (STEPS.has(e.key) && !e.altKey) stepping = true;
      else if (e.key === 'Enter' && pending !== undefined) {
        e.preventDefault(); // Enter takes the value stepped to; it does not also open the list
        flush(select);
      }
      else if (e.key === ' ') stepping = false; // opens the list: a choice there is a commit
    },
    change: (e) => {
      const select = e.currentTarget as HTMLSelectElement;
      if (stepping) pending = select.value;
      else commit(select.value);
    },
    blur: (e) => flush(e.currentTarget as HTMLSelectElement),
  };
}
