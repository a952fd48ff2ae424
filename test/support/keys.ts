import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/**
 * Keyboard-only walks: keys sent through the browser's own input pipeline (never `focus()`
 * or `click()`), with two checks after every key a screen-reader or keyboard user depends on:
 * focus is somewhere (never the page itself), and where it is, the widget's focus ring shows.
 */

/** Where focus is, through shadow roots. */
export function deepActive(): Element | null {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
}

/** A short description of the focused element, for failure messages. */
export function describeFocus(): string {
  const at = deepActive();
  if (!at) return 'nothing';
  const name = at.getAttribute('aria-label') ?? at.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40) ?? '';
  return `<${at.localName}${at.id ? `#${at.id}` : ''}${at.getAttribute('part') ? ` part="${at.getAttribute('part')}"` : ''}> "${name}"`;
}

/**
 * The focused control shows a visible ring: an outline (the widget's `:focus-visible` rule)
 * or, for the few controls that draw their own, a box shadow. Headings that take focus only
 * to move the reading position (`tabindex=-1`) are exempt: they are not controls.
 */
export function expectFocusRing(where: string): void {
  const at = deepActive();
  // The page's own controls keep the browser's ring; the widgets' (in shadow roots) are checked.
  if (!at || at.getAttribute('tabindex') === '-1' || !(at.getRootNode() instanceof ShadowRoot)) return;
  const style = getComputedStyle(at);
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
  expect(outlined || shadowed, `${where}: no visible focus ring on ${describeFocus()} (outline ${style.outlineStyle} ${style.outlineWidth})`).to.equal(true);
}

/** One key, then the two checks. */
export async function press(key: string): Promise<void> {
  // "Shift+Tab": the modifier held down around the key (puppeteer presses one key at a time).
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  // Space is typed: Firefox's WebDriver BiDi knows no key named "Space".
  await sendKeys(main === 'Space' ? { type: ' ' } : { press: main });
  if (modifier) await sendKeys({ up: modifier });
  await new Promise((r) => setTimeout(r, 0));
  expect(document.activeElement, `after ${key}`).to.not.equal(document.body);
  expect(document.activeElement, `after ${key}`).to.not.equal(null);
  expectFocusRing(`after ${key}`);
}

/** Types text into the focused field. */
export async function typeText(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `test`, checking focus and
 * its ring at every stop; fails after `max` presses, naming where focus went.
 */
export async function tabTo(test: (el: Element) => boolean, what: string, max = 30, key = 'Tab'): Promise<Element> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const at = deepActive();
    if (at && test(at)) return at;
    await press(key);
    seen.push(describeFocus());
  }
  const at = deepActive();
  if (at && test(at)) return at;
  throw new Error(`${what} never reached with ${key}; focus went: ${seen.join(' → ')}`);
}

/** Waits until focus sits on an element that matches `test`. */
export async function focusReaches(test: (el: Element) => boolean, what: string, timeout = 4000): Promise<Element> {
  await waitUntil(() => {
    const at = deepActive();
    return at !== null && test(at);
  }, `focus never reached ${what} (it is on ${describeFocus()})`, { timeout });
  return deepActive()!;
}

/** The element's own visible text, whitespace folded. */
export const textOf = (el: Node | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Tab-stop predicates by role and name. */
export const isButton = (name: string | RegExp) => (el: Element) =>
  el.localName === 'button' && (typeof name === 'string' ? textOf(el) === name : name.test(textOf(el)));

export const isField = (id: string) => (el: Element) => el.id === id;
