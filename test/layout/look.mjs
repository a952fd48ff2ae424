// The checks that look at a page as a person does (issue #19). `look` runs IN THE PAGE
// (puppeteer's page.evaluate) and answers the problems it sees, each one line of text:
// - the page, or a widget's box, wider than the screen or the box (horizontal overflow);
// - text or a control cut off sideways by a box that clips or scrolls it;
// - a primary action (the primary-styled button, Send, End chat) cut off by a box that clips
//   or scrolls it, or off the screen inside something fixed (a phone-sized chat panel);
// - the focused element outside the viewport;
// - something painted over the focused control or a primary figure (`data-fd-figure`): the
//   topmost element at its points belongs to something else (the chat launcher and its tag).
// Everything walks open shadow roots.

/** @param {{ focus?: boolean }} options  focus: also check that the focused element is on screen */
export function look(options = {}) {
  const problems = [];
  const vw = document.documentElement.clientWidth;
  const vh = innerHeight;
  const name = (el) => {
    const host = el.getRootNode().host;
    const part = el.getAttribute('part');
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
    return `${host ? `<${host.localName}> ` : ''}${el.localName}${part ? `[part=${part}]` : el.id ? `#${el.id}` : ''}${text ? ` "${text}"` : ''}`;
  };
  /** The parent in the flat tree (slots and shadow hosts), as layout sees it. */
  const parentOf = (n) => n.assignedSlot ?? n.parentElement ?? (n.parentNode instanceof ShadowRoot ? n.parentNode.host : null);
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  // Computed styles and clipping chains are read once per element per look.
  const styles = new Map();
  const style = (el) => {
    let s = styles.get(el);
    if (!s) styles.set(el, (s = getComputedStyle(el)));
    return s;
  };
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false;
    const s = style(el);
    return s.visibility !== 'hidden' && s.display !== 'contents' && !(s.clipPath && s.clipPath !== 'none') && !(s.clip && s.clip !== 'auto');
  };
  const inFixed = (el) => {
    for (let at = el; at; at = parentOf(at)) if (at instanceof Element && style(at).position === 'fixed') return at;
    return null;
  };
  /** The boxes that clip `el` (overflow other than visible), nearest first, up to the page or a fixed box. */
  const chains = new Map();
  const clippers = (el) => {
    const parent = parentOf(el);
    if (!parent || parent === document.documentElement || parent === document.body) return [];
    let chain = chains.get(parent);
    if (!chain) {
      const s = style(parent);
      const own = s.overflowX !== 'visible' || s.overflowY !== 'visible' ? [{ at: parent, x: s.overflowX !== 'visible', y: s.overflowY !== 'visible', scrolls: /auto|scroll/.test(s.overflowY) }] : [];
      chain = s.position === 'fixed' ? own : [...own, ...clippers(parent)];
      chains.set(parent, chain);
    }
    return chain;
  };
  const visuallyHidden = (el) => {
    for (let at = el; at; at = parentOf(at)) if (at instanceof Element && at.classList.contains('fd-visually-hidden')) return true;
    return false;
  };

  // 1. The page is no wider than the screen.
  const pageWidth = document.documentElement.scrollWidth;
  if (pageWidth > vw + 1) problems.push(`the page is ${pageWidth} px wide on a ${vw} px screen`);

  // 2–3. Widgets: nothing sticks out of the box, nothing cut off sideways, primary actions whole.
  const widgets = all.filter((el) => el.localName.startsWith('fd-') && el.shadowRoot?.querySelector('[part~=base]'));
  for (const widget of widgets) {
    const box = widget.getBoundingClientRect();
    if (box.width < 2) continue;
    if (box.right > vw + 1 || box.left < -1) problems.push(`<${widget.localName}> runs off the screen (${Math.round(box.left)}–${Math.round(box.right)} px of ${vw})`);
    const inside = [];
    const collect = (root) => {
      for (const el of root.querySelectorAll('*')) {
        inside.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      }
    };
    collect(widget.shadowRoot);
    const widgetFixed = style(widget).position === 'fixed';
    for (const el of inside) {
      if (!shown(el) || visuallyHidden(el)) continue;
      const fixed = inFixed(el);
      const r = el.getBoundingClientRect();
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
      const control = /^(button|input|select|textarea|a|summary)$/.test(el.localName);
      if (!hasText && !control) continue;
      if (!fixed && !widgetFixed && (r.right > box.right + 1 || r.left < box.left - 1)) {
        problems.push(`${name(el)} sticks out of <${widget.localName}> (${Math.round(r.left)}–${Math.round(r.right)} px, box ${Math.round(box.left)}–${Math.round(box.right)})`);
        continue;
      }
      for (const { at, x } of clippers(el)) {
        if (!x) continue;
        const c = at.getBoundingClientRect();
        if (r.right > c.right + 1 || r.left < c.left - 1) {
          problems.push(`${name(el)} is cut off sideways by ${name(at)}`);
          break;
        }
      }
      // The chat's standing actions stay in sight; a step's primary action (Continue, Send message)
      // may sit further down a box that scrolls, but never cut off by one that does not.
      const standing = el.matches('[part~=send-button], [part~=end-button]');
      if (!standing && !el.matches('.fd-button:not([data-variant])')) continue;
      const chain = clippers(el);
      for (const { at, y, scrolls } of chain) {
        // A step's action inside a box that scrolls is reached by scrolling it (what clips the box is its own matter).
        if (scrolls && !standing) break;
        if (!y) continue;
        const c = at.getBoundingClientRect();
        if (r.bottom > c.bottom + 1 || r.top < c.top - 1) {
          problems.push(`primary action ${name(el)} is scrolled or cut off inside ${name(at)}`);
          break;
        }
      }
      if (fixed && (standing || !chain.some((c) => c.scrolls)) && (r.bottom > vh + 1 || r.top < -1)) problems.push(`primary action ${name(el)} is off the screen inside fixed ${name(fixed)}`);
    }
  }

  // 4. The focused element is on screen.
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  if (focused === document.body || focused === document.documentElement) focused = null;
  if (options.focus && focused) {
    const r = focused.getBoundingClientRect();
    if (r.bottom <= 0 || r.top >= vh || r.right <= 0 || r.left >= vw) problems.push(`the focused ${name(focused)} is off the screen (top ${Math.round(r.top)} px, screen ${vh} px)`);
  }

  // 5. Nothing painted over the focused control or a primary figure.
  const deepAt = (x, y) => {
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };
  const within = (node, ancestor) => {
    for (let at = node; at; at = parentOf(at)) if (at === ancestor) return true;
    return false;
  };
  const figures = all.filter((el) => el.hasAttribute('data-fd-figure'));
  const targets = [...new Set([...(focused ? [focused] : []), ...figures])].filter(shown);
  for (const target of targets) {
    const r = target.getBoundingClientRect();
    const points = [
      [r.left + 2, r.top + 2],
      [r.right - 2, r.top + 2],
      [r.left + 2, r.bottom - 2],
      [r.right - 2, r.bottom - 2],
      [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
    ].filter(([x, y]) => x >= 0 && y >= 0 && x < vw && y < vh);
    for (const [x, y] of points) {
      const hit = deepAt(x, y);
      if (!hit || within(hit, target) || within(target, hit)) continue;
      const cover = inFixed(hit);
      if (cover && !within(target, cover)) {
        problems.push(`${target === focused ? 'the focused' : 'figure'} ${name(target)} is covered by ${name(cover)}`);
        break;
      }
    }
  }
  return problems;
}

/**
 * Installed in the page before its scripts (puppeteer's evaluateOnNewDocument): every time
 * focus moves, two frames later the focused element must be on screen. A step change that
 * focuses the next step's first field while the page stays scrolled down the last step (a
 * long list of times) leaves it off the screen — a smooth-scrolling page brings it back only
 * half a second later, when a check after the page stopped scrolling no longer sees it.
 * What it saw: `globalThis.__fdFocusOff` (one line per element).
 */
export function watchFocus() {
  const off = (globalThis.__fdFocusOff = []);
  const deep = () => {
    let at = document.activeElement;
    while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
    return at === document.body || at === document.documentElement ? null : at;
  };
  addEventListener(
    'focusin',
    () =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const el = deep();
          if (!el) return;
          const r = el.getBoundingClientRect();
          if (r.width < 1 && r.height < 1) return;
          if (r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < document.documentElement.clientWidth) return;
          const host = el.getRootNode().host;
          const line = `the focused ${host ? `<${host.localName}> ` : ''}${el.localName}${el.id ? `#${el.id}` : ''} was off the screen two frames after focus moved to it (top ${Math.round(r.top)} px, screen ${innerHeight} px)`;
          if (!off.includes(line)) off.push(line);
        }),
      ),
    true,
  );
}
