// Server rendering through @lit-labs/ssr (what a Next/Astro/Eleventy page does): every element
// constructs and renders without a browser, as a busy placeholder the browser replaces on upgrade.
// Also: the package's entries import in plain Node. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

const widgets = ['fd-wait-time-banner', 'fd-appointment-picker', 'fd-cost-estimator', 'fd-chat-launcher', 'fd-feedback-survey'];

test('the package entries import in Node', async () => {
  await import('../../dist/esm/index.js');
  await import('../../dist/esm/define.js');
});

for (const tag of widgets) {
  test(`<${tag}> renders to a string as a busy placeholder`, async () => {
    await import('../../dist/esm/define.js');
    const out = await collectResult(render(html`<${unsafeStatic(tag)} locale="es"></${unsafeStatic(tag)}>`));
    assert.match(out, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
    assert.match(out, /<div part="base" class="fd-status" aria-busy="true"><\/div>/);
  });
}

test('<fd-provider> with a widget inside renders', async () => {
  await import('../../dist/esm/define.js');
  const out = await collectResult(render(html`<fd-provider locale="es"><fd-wait-time-banner></fd-wait-time-banner></fd-provider>`));
  assert.match(out, /<fd-provider[^>]*>[\s\S]*<fd-wait-time-banner/);
});
