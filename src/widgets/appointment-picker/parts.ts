import { define } from '../../core/define.js';

/**
 * The picker's later steps load their sub-elements when the flow gets near them: the
 * calendar when the patient leaves the first step (or at once when presets skip it), the
 * details form once times are shown. The first step paints without them, and each loads
 * while the patient is still on the step before (or while the slots are fetched).
 */
const parts = {
  'fd-date-grid': () => import('./date-grid.js').then((m) => define('fd-date-grid', m.DateGrid)),
  'fd-patient-form': () => import('./patient-form.js').then((m) => define('fd-patient-form', m.PatientForm)),
};

const loading = new Map<keyof typeof parts, Promise<void>>();

/** Loads and defines a sub-element once; resolves when it is defined. */
export function need(tag: keyof typeof parts): Promise<void> {
  let promise = loading.get(tag);
  if (!promise) {
    promise = parts[tag]();
    loading.set(tag, promise);
  }
  return promise;
}

/**
 * Brings the focused element inside `host` on screen at once when a step change left it
 * outside the viewport: focus() alone leaves it off screen while a page's smooth scrolling
 * runs (half a second and more from the bottom of a long list), or not at all when a page
 * script moved the scroll position.
 */
export function revealFocus(host: Element): void {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  const r = at?.getBoundingClientRect();
  if (r && host.matches(':focus-within') && (r.top < 0 || r.bottom > innerHeight)) at!.scrollIntoView({ block: 'center', behavior: 'instant' });
}
