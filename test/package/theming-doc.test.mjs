// The README's theming guide (also Storybook's "Theming" page) documents every design token the
// CSS reads, with the defaults the manifest gives, and every part of every widget.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf('\n## Theming\n');
const guide = readme.slice(start, readme.indexOf('\n## ', start + 5));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
const sources = (dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8'));

test('every --fd-* the CSS reads is in the guide, with its light and dark default', () => {
  assert.ok(start > 0, 'README has a "## Theming" section');
  const read = new Set(sources('src').flatMap((s) => [...s.matchAll(/var\((--fd-[a-z0-9-]+)/g)].map((m) => m[1])));
  assert.ok(read.size >= 22, `found ${read.size} tokens`);
  for (const token of read) {
    const row = guide.split('\n').find((l) => l.startsWith(`| \`${token}\` |`));
    assert.ok(row, `${token} is read by the CSS but not in the README's token table`);
    const declared = elements.flatMap((e) => e.cssProperties ?? []).find((p) => p.name === token);
    const [, light = declared?.default, dark = declared?.default] = /^light-dark\((.*), (.*)\)$/.exec(declared?.default ?? '') ?? [];
    assert.ok(row.includes(`| \`${light}\` | \`${dark}\` |`), `${token}: the README's defaults differ from the manifest's (${light} / ${dark})`);
  }
});

test('every part of every widget is in the guide', () => {
  for (const el of elements.filter((e) => e.cssParts?.length)) {
    const row = guide.split('\n').find((l) => l.startsWith(`| \`${el.tagName}\` |`));
    assert.ok(row, `${el.tagName} has no row in the README's parts table`);
    for (const part of el.cssParts) assert.ok(row.includes(`\`${part.name}\``), `${el.tagName}::part(${part.name}) is not in the README`);
  }
});

test('the chat panel exports every part it renders, and the launcher documents exactly those', () => {
  const words = (value) => value.replace(/\$\{([^}]*)\}/g, (_, e) => [...e.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]).join(' ')).split(/\s+/).filter(Boolean);
  const partsIn = (file) => [...readFileSync(file, 'utf8').matchAll(/part="([^"]+)"/g)].flatMap((m) => words(m[1]));
  const dir = 'src/widgets/chat-launcher';
  const panelFiles = readdirSync(dir).filter((f) => /^panel.*\.ts$/.test(f) && !f.includes('.styles.'));
  // The panel's own templates, and what FrontdeskElement renders in it (loading, error, retry); its `base` is the launcher's `panel`.
  const rendered = new Set([...panelFiles.flatMap((f) => partsIn(join(dir, f))), ...partsIn('src/core/element.ts').filter((p) => p !== 'base' && p !== 'demo-marker')]);
  const [, list] = /setAttribute\(\s*'exportparts',\s*'([^']+)'/.exec(readFileSync(join(dir, 'panel.ts'), 'utf8')) ?? [];
  assert.ok(list, 'panel.ts sets exportparts');
  const exported = list.split(/,\s*/);
  assert.deepEqual([...exported].sort(), [...rendered].sort(), 'exportparts lists every part the panel renders, and only those');
  const launcher = elements.find((e) => e.tagName === 'fd-chat-launcher');
  assert.deepEqual(launcher.cssParts.map((p) => p.name).sort(), ['button', 'badge', 'panel', ...exported].sort(), "fd-chat-launcher's @csspart list is its own parts and the panel's exported ones");
});
