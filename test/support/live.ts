/**
 * What a screen reader is told: every text a widget's live regions take (`aria-live`,
 * `role=status|alert|log`), in its shadow root and the shadow roots inside it, in order.
 * A region counts when its text changes to something non-empty; the count of a text is
 * how many times it was said.
 */
export interface LiveLog {
  readonly said: readonly string[];
  count(text: string | RegExp): number;
  stop(): void;
}

const LIVE = ':is([aria-live], [role=status], [role=alert], [role=log]):not([aria-live=off])';
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function liveLog(host: Element): LiveLog {
  const said: string[] = [];
  const last = new WeakMap<Element, string>();
  const watched = new WeakSet<Node>();
  const observer = new MutationObserver(() => scan());
  function roots(root: ParentNode, into: ParentNode[] = []): ParentNode[] {
    into.push(root);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots(el.shadowRoot, into);
    return into;
  }
  function scan(): void {
    for (const root of roots(host.shadowRoot ?? host)) {
      if (!watched.has(root)) {
        watched.add(root);
        observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      }
      for (const region of root.querySelectorAll(LIVE)) {
        // A region inside another is read as part of the outer one.
        if (region.parentElement?.closest(LIVE)) continue;
        const text = fold(region.textContent);
        if (text && text !== last.get(region)) said.push(text);
        last.set(region, text);
      }
    }
  }
  scan();
  return {
    said,
    count: (text) => said.filter((s) => (typeof text === 'string' ? s === text : text.test(s))).length,
    stop: () => observer.disconnect(),
  };
}
