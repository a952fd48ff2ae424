#!/usr/bin/env node
// `npm run test:storybook`: EVERY story of the static Storybook build (storybook-static/, from
// `npm run build-storybook`, not the dev server), rendered in Debian's Chromium and Firefox ESR
// (FD_BROWSERS=chromium or firefox picks one). A story fails when it is
// - blank: an element never defined, or nothing painted;
// - noisy: a console error it does not declare (`parameters.frontdesk.logs`; a not-configured
//   story's "has no adapter"; a failing-server story's own failed request);
// - badly laid out (test/layout/look.mjs) on a 390 px phone after its `play` has run (focus on
//   screen after the steps it took, and two frames after every focus move during the play: a
//   step change that leaves the next step's field off the screen), in light and dark, and at
//   320 and 1280 px.
// Screenshots of every story at 390 light, 390 dark and 1280 light, per browser, go to
// test-artifacts/layout/stories/.
//
//   node test/layout/stories.mjs [dir]     dir defaults to storybook-static; STORY=part-of-id limits the run
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { browserPaths } from '../../scripts/ensure-browsers.mjs';
import { look, watchFocus } from './look.mjs';
import { launch, serve, shot } from './support.mjs';

const dir = process.argv[2] ?? 'storybook-static';
const artifacts = 'test-artifacts/layout/stories';
await mkdir(artifacts, { recursive: true });
const server = await serve(dir);
const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!process.env.STORY || e.id.includes(process.env.STORY)));

/** In the page: what the story painted (deep through shadow roots) and what it declares. */
function inspect() {
  const undefinedTags = new Set();
  let text = 0;
  let boxes = 0;
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.includes('-') && !customElements.get(el.localName)) undefinedTags.add(el.localName);
      if (el.shadowRoot) walk(el.shadowRoot);
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || getComputedStyle(el).visibility === 'hidden') continue;
      if (/^(input|select|textarea|button|svg|img|canvas|progress|meter)$/.test(el.localName)) boxes++;
      for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE) text += n.data.trim().length;
    }
  };
  const root = document.querySelector('#storybook-root');
  if (root) walk(root);
  const parameters = globalThis.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters ?? {};
  return {
    undefinedTags: [...undefinedTags],
    text,
    boxes,
    errorShown: document.body.classList.contains('sb-show-errordisplay'),
    logs: parameters.frontdesk?.logs ?? [],
    view: parameters.frontdesk?.view,
    error: parameters.frontdesk?.error,
  };
}

/** In the page: the story's theme, as the toolbar would set it. */
function setTheme(theme) {
  for (const el of document.querySelectorAll('fd-story-frame, fd-provider')) {
    el.setAttribute('theme', theme);
    el.theme = theme;
  }
}

/** In the page: resolves once the page has stopped scrolling (three still frames, at most 2 s). */
function scrolled() {
  return new Promise((resolve) => {
    let last = NaN;
    let still = 0;
    const started = performance.now();
    const tick = () => {
      still = scrollY === last ? still + 1 : 0;
      last = scrollY;
      if (still >= 3 || performance.now() - started > 2000) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

const failures = [];
const started = Date.now();
// Stories wait on the network, timers and their plays far more than on the CPU: several browsers
// take them from one queue (FD_LAYOUT_WORKERS, default 3).
const workers = Number(process.env.FD_LAYOUT_WORKERS ?? 3);
const wanted = Object.keys(browserPaths());
for (const browserName of ['chromium', 'firefox'].filter((b) => wanted.includes(b))) {
  const queue = [...stories];
  await Promise.all(Array.from({ length: workers }, () => worker(browserName, queue)));
}

async function worker(browserName, queue) {
  const browser = await launch(browserName);
  try {
    const page = await browser.newPage();
    let errors = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.location()?.url ? `${m.text()} (${m.location().url})` : m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    // Stories sit on a page that scrolls smoothly, as many practice sites (and the demo) do: a focus
    // that relies on the browser's own scrolling into view then shows up off the screen.
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('DOMContentLoaded', () => document.documentElement.style.setProperty('scroll-behavior', 'smooth'));
    });
    // After every step a play takes, the focused element is on screen at once (look.mjs).
    await page.evaluateOnNewDocument(watchFocus);
    for (let story = queue.shift(); story; story = queue.shift()) {
      errors = [];
      const name = `${browserName}: ${story.title} › ${story.name}`;
      const file = (suffix) => join(artifacts, `${browserName}-${story.id}-${suffix}.png`);
      await page.setViewport({ width: 390, height: 844 });
      await page.goto(`${base(server)}iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      // Rendered: Storybook shows the main (or error) display, then the story paints (loaders, msw, lazy
      // chunks, its play). Streams and polls never let the network go idle: wait for paint, up to 5 s.
      await page.waitForFunction(() => /sb-show-(main|errordisplay)/.test(document.body.className), { timeout: 15_000 });
      let seen = await page.evaluate(inspect);
      for (let waited = 0; waited < 5000 && !seen.errorShown && (seen.undefinedTags.length || (!seen.text && !seen.boxes)); waited += 100) {
        await new Promise((r) => setTimeout(r, 100));
        seen = await page.evaluate(inspect);
      }
      // A play's last step, and console errors a story logs a task after it paints.
      await page
        .waitForFunction(
          () => {
            const phase = globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase;
            return phase !== undefined && !['preparing', 'loading', 'rendering', 'playing', 'played', 'completing'].includes(phase);
          },
          { timeout: 10_000 },
        )
        .catch(() => failures.push(`${name}: its play did not finish within 10 s`));
      await new Promise((r) => setTimeout(r, 150));
      const allowed = (m) =>
        seen.logs.some((l) => m.includes(l)) ||
        (seen.view === 'not-configured' && m.includes('has no adapter')) ||
        // A story of a failing server (msw answering 429, 500…) makes the browser log the failed request.
        (seen.error && /^Failed to load resource: the server responded with a status of [45]\d\d/.test(m));
      const unexpected = errors.filter((m) => !allowed(m));
      if (seen.errorShown) failures.push(`${name}: Storybook shows its error display`);
      else if (seen.undefinedTags.length) failures.push(`${name}: blank — never defined: ${seen.undefinedTags.join(', ')}`);
      else if (seen.text === 0 && seen.boxes === 0) failures.push(`${name}: blank — nothing painted`);
      if (unexpected.length) failures.push(`${name}: unexpected console errors: ${unexpected.join(' | ')}`);
      if (seen.errorShown || seen.undefinedTags.length) continue;

      // The layout: on a phone after the story's steps (focus included), dark, then narrower and wide.
      const report = (where, problems) => problems.forEach((p) => failures.push(`${name} @ ${where}: ${p}`));
      report('390 light, during its play', await page.evaluate(() => globalThis.__fdFocusOff ?? []));
      await page.evaluate(scrolled);
      report('390 light', await page.evaluate(look, { focus: true }));
      await shot(page, browserName, file('390-light'));
      await page.evaluate(setTheme, 'dark');
      await settle(page);
      report('390 dark', await page.evaluate(look));
      await shot(page, browserName, file('390-dark'));
      await page.evaluate(setTheme, 'light');
      await page.setViewport({ width: 320, height: 640 });
      await settle(page);
      report('320 light', await page.evaluate(look));
      await page.setViewport({ width: 1280, height: 900 });
      await settle(page);
      report('1280 light', await page.evaluate(look));
      await shot(page, browserName, file('1280-light'));
    }
  } finally {
    await browser.close();
  }
}
server.close();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
for (const f of failures) console.error(`✗ ${f}`);
console.log(`storybook-static: ${stories.length} stories rendered and looked at in ${seconds} s, ${failures.length} problems; screenshots in ${artifacts}/`);
process.exit(failures.length ? 1 : 0);

function base(s) {
  return `http://127.0.0.1:${s.address().port}/`;
}
