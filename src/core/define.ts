const warned = new Set<string>();

/**
 * Registers a tag once. A second registration (two bundles on one page, or a define
 * file imported twice) never throws; when the second class differs from the first, it
 * warns once per tag, since the page is then shipping the library twice.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`Frontdesk: <${tag}> is already defined by another copy of the library; this copy's definition is ignored.`);
  }
}
