// Analyzer plugin: turns what `cem analyze` reads from src/ into the manifest of the published
// package, which tools (IDEs, Storybook, framework type generators, catalogs) read:
// - module paths are the package's files (dist/esm/*.js), not src/*.ts;
// - only the public elements (the tags the package's entries define) are declared: internal
//   classes (fd-date-grid, the patient form, the chat panel, FrontdeskElement) are left out;
// - public members only, no `inheritedFrom` pointing at a class that is not declared;
// - every event carries its detail type, read from the `HTMLElementEventMap` declarations,
//   and the React prop name of its handler; the base class's `emit(type, …)` is not an event;
// - the design tokens' defaults come from src/core/tokens.css.ts, and every `--fd-*` a
//   widget's CSS reads must be documented (the analysis fails otherwise).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const read = (path) => readFileSync(path, 'utf8');
const filesUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** `fd-booking-confirm` → `onFdBookingConfirm`, the prop @lit/react and the JSX types use. */
export const reactEventName = (event) => `on${event.replace(/(^|-)([a-z])/g, (_, _dash, c) => c.toUpperCase())}`;

/** `'fd-x': CustomEvent<Detail>` in every `declare global { interface HTMLElementEventMap … }`. */
export function eventDetails(root = 'src') {
  const details = new Map();
  for (const file of filesUnder(root)) {
    for (const m of read(file).matchAll(/'(fd-[a-z-]+)':\s*CustomEvent<(.+)>;$/gm)) details.set(m[1], m[2].trim());
  }
  return details;
}

/** `--fd-x` → its default (`light-dark(light, dark)` for colours), from the tokens stylesheet. */
export function tokenDefaults(file = 'src/core/tokens.css.ts') {
  const defaults = new Map();
  for (const m of read(file).matchAll(/var\((--fd-[a-z0-9-]+),\s*(.+)\);$/gm)) defaults.set(m[1], m[2].trim());
  return defaults;
}

/** Every `--fd-*` the CSS of these files reads through var(). */
const tokensRead = (files) => new Set(files.flatMap((f) => [...read(f).matchAll(/var\((--fd-[a-z0-9-]+)/g)].map((m) => m[1])));

/** Tag → widget folder, for the tags the package's entries (src/widgets/<w>/fd-<w>.ts) define. */
function publicTags(root = 'src/widgets') {
  const tags = new Map();
  for (const widget of readdirSync(root)) {
    const entry = read(join(root, widget, `fd-${widget}.ts`));
    for (const m of entry.matchAll(/define\('(fd-[a-z-]+)',\s*(\w+)\)/g)) tags.set(m[1], { widget, className: m[2] });
  }
  return tags;
}

const isPublic = (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#');

function dropInherited(list) {
  for (const item of list ?? []) delete item.inheritedFrom;
  return list;
}

function publicElement(decl, widget, details, defaults) {
  const el = { ...decl };
  el.superclass = { name: 'LitElement', package: 'lit' };
  el.members = dropInherited((decl.members ?? []).filter(isPublic));
  el.attributes = dropInherited(decl.attributes ?? []);
  el.events = dropInherited((decl.events ?? []).filter((e) => e.name !== 'type' && e.name)).map((e) => {
    const detail = details.get(e.name);
    if (!detail) throw new Error(`${decl.tagName}: event ${e.name} has no CustomEvent<…> in HTMLElementEventMap`);
    return { ...e, type: { text: `CustomEvent<${detail}>` }, reactName: reactEventName(e.name) };
  });
  for (const key of ['slots', 'cssParts', 'cssStates']) dropInherited(el[key]);
  const documented = new Map((dropInherited(decl.cssProperties) ?? []).map((p) => [p.name, p]));
  const styleFiles = [...filesUnder(join('src/widgets', widget)), 'src/core/tokens.css.ts'];
  // fd-provider draws nothing: its styles read no token.
  const reads = decl.tagName === 'fd-provider' ? new Set() : tokensRead(styleFiles);
  const missing = [...reads].filter((name) => !documented.get(name)?.description);
  if (missing.length) throw new Error(`${decl.tagName} reads ${missing.join(', ')} without a @cssprop description`);
  el.cssProperties = [...documented.values()]
    .filter((p) => reads.has(p.name))
    .map((p) => (defaults.has(p.name) && !p.default ? { ...p, default: defaults.get(p.name) } : p))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const lists = ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates'];
  return Object.fromEntries(Object.entries(el).filter(([key, value]) => !lists.includes(key) || value?.length));
}

export function cemPackage() {
  return {
    name: 'frontdesk-package',
    packageLinkPhase({ customElementsManifest: cem }) {
      const details = eventDetails();
      const defaults = tokenDefaults();
      const tags = publicTags();
      const index = 'dist/esm/index.js';
      const elements = [];
      for (const mod of cem.modules) {
        for (const decl of mod.declarations ?? []) {
          const tag = decl.customElement && tags.get(decl.tagName);
          if (tag && tag.className === decl.name) elements.push(publicElement(decl, tag.widget, details, defaults));
        }
      }
      if (elements.length !== tags.size) throw new Error(`expected ${tags.size} public elements, found ${elements.length}`);
      elements.sort((a, b) => (a.tagName < b.tagName ? -1 : 1));
      const source = cem.modules.find((m) => m.path === 'src/index.ts');
      const exports = (source?.exports ?? []).map((e) => ({ kind: 'js', name: e.name, declaration: { name: e.name, module: index } }));
      const definitions = [...tags].sort(([a], [b]) => (a < b ? -1 : 1)).map(([tagName, { widget, className }]) => ({
        kind: 'javascript-module',
        path: `dist/esm/${widget}.js`,
        declarations: [],
        exports: [{ kind: 'custom-element-definition', name: tagName, declaration: { name: className, module: index } }],
      }));
      cem.modules = [{ kind: 'javascript-module', path: index, declarations: elements, exports }, ...definitions];
      // Custom states (cssStates) are schema 2.x; the analyzer still writes 1.0.0.
      cem.schemaVersion = '2.1.0';
      delete cem.readme;
    },
  };
}
