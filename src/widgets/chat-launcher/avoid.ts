import { connectedWidgets } from '../../core/figures.js';

/** A box on screen (a DOMRect, or the fields of one). */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where the launcher goes so it covers none of `avoid` (the focused control, primary figures):
 * 0 its own corner, 1 the other bottom corner (mirrored across the viewport), 2 out of sight
 * (both corners cover something) until the page moves on.
 */
export function placement(home: Box, avoid: readonly Box[], viewportWidth: number): 0 | 1 | 2 {
  const visible = avoid.filter((b) => b.right > b.left && b.bottom > b.top);
  if (!visible.some((b) => overlaps(b, home))) return 0;
  // Fields one by one: a DOMRect's are getters, which a spread would drop.
  const mirrored = { top: home.top, bottom: home.bottom, left: viewportWidth - home.right, right: viewportWidth - home.left };
  return visible.some((b) => overlaps(b, mirrored)) ? 2 : 1;
}

/**
 * Primary figures: what a widget exists to show (a wait time, a rating scale, an estimate),
 * marked `data-fd-figure` — in the page itself and inside each widget's shadow root.
 */
export function primaryFigures(): Element[] {
  const found = [...document.querySelectorAll('[data-fd-figure]')];
  for (const host of connectedWidgets) if (host.shadowRoot) found.push(...host.shadowRoot.querySelectorAll('[data-fd-figure]'));
  return found;
}

/** The focused element, through open shadow roots (undefined for the page itself). */
export function deepFocus(): Element | undefined {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at && at !== document.body && at !== document.documentElement ? at : undefined;
}
