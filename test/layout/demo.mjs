#!/usr/bin/env node
// `npm run test:demo`: every page of the demo's PRODUCTION build (dist/demo, as `npm start`
// serves it) in Debian's Chromium and Firefox ESR, at 320, 390 and 1280 px, light and dark:
// - every widget showing data wears its "Demo data" tag;
// - the layout checks of test/layout/look.mjs at the top, then scrolled down the page step by
//   step (nothing fixed over a wait figure, a rating scale, an estimate), then, on a phone,
//   Tab through the page (the focused control on screen and never under the chat launcher);
// - Book and Feedback: layout shift (CLS) under 0.05 while they load (Chromium);
// - no console errors, and no Lit dev-mode warning (the production build).
// Screenshots go to test-artifacts/layout/demo/.
//
//   node test/layout/demo.mjs [dir]    dir defaults to dist/demo; FD_BROWSERS=chromium limits the browsers
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { browserPaths } from '../../scripts/ensure-browsers.mjs';
import { look } from './look.mjs';
import { launch, serve, shot } from './support.mjs';

const dir = process.argv[2] ?? 'dist/demo';
const artifacts = 'test-artifacts/layout/demo';
await mkdir(artifacts, { recursive: true });
const pages = (await readdir(dir)).filter((f) => f.endsWith('.html') && (!process.env.PAGE || f.includes(process.env.PAGE)));
const server = await serve(dir);
const base = `http://127.0.0.1:${server.address().port}/`;
const widths = [320, 390, 1280];
const CLS_PAGES = ['book.html', 'feedback.html'];

/** In the page: whether every widget has settled (left loading), and widgets showing data without their tag. */
function widgetsState() {
  const widgets = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('fd-') && el.shadowRoot?.querySelector('[part~=base]')) widgets.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const loading = widgets.filter((w) => w.viewState === undefined || w.viewState === 'loading');
  // The panel inside the launcher is tagged by the launcher; a widget not configured shows no data.
  const untagged = widgets.filter((w) => {
    if (w.localName === 'fd-chat-panel' || w.viewState === 'not-configured' || w.viewState === 'idle' || w.viewState === 'dismissed') return false;
    if (w.closest('[hidden]') || w.getBoundingClientRect().height < 2) return false;
    return !w.shadowRoot.querySelector('[part~=demo-marker]');
  });
  return { count: widgets.length, loading: loading.map((w) => w.localName), untagged: [...new Set(untagged.map((w) => w.localName))] };
}

/** In the page (before any script): sums layout shifts without recent input, as CLS counts them. */
function recordShifts() {
  globalThis.__fdShifts = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) globalThis.__fdShifts += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Waits until the page has stopped scrolling (the site scrolls smoothly) and two more frames have passed. */
const frames = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
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
      }),
  );

async function settle(page) {
  let state = await page.evaluate(widgetsState);
  for (let waited = 0; waited < 6000 && state.loading.length; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
    state = await page.evaluate(widgetsState);
  }
  await new Promise((r) => setTimeout(r, 300));
  return page.evaluate(widgetsState);
}

const problems = [];
const started = Date.now();
const wanted = Object.keys(browserPaths());
for (const browserName of ['chromium', 'firefox'].filter((b) => wanted.includes(b))) {
  const browser = await launch(browserName);
  try {
    for (const file of pages) {
      for (const width of widths) {
        for (const theme of ['light', 'dark']) {
          const where = `${browserName} ${file} @ ${width} ${theme}`;
          const report = (list) => list.forEach((p) => problems.push(`${where}: ${p}`));
          const page = await browser.newPage();
          const errors = [];
          page.on('console', (m) => {
            if (m.type() === 'error' || /Lit is in dev mode/.test(m.text())) errors.push(m.text());
          });
          page.on('pageerror', (e) => errors.push(String(e)));
          try {
            await page.setViewport({ width, height: width > 800 ? 900 : 844 });
            await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
            const cls = browserName === 'chromium' && theme === 'light' && CLS_PAGES.includes(file);
            if (cls) await page.evaluateOnNewDocument(recordShifts);
            await page.goto(`${base}${file}`, { waitUntil: 'load' });
            const state = await settle(page);
            if (state.loading.length) report([`still loading after 6 s: ${state.loading.join(', ')}`]);
            if (state.untagged.length) report([`no "Demo data" tag on ${state.untagged.join(', ')}`]);
            if (cls) {
              await new Promise((r) => setTimeout(r, 700));
              const shift = await page.evaluate(() => globalThis.__fdShifts);
              if (shift >= 0.05) report([`layout shift while loading: CLS ${shift.toFixed(3)} (limit 0.05)`]);
            }
            report(await page.evaluate(look));
            await shot(page, browserName, join(artifacts, `${browserName}-${file.replace('.html', '')}-${width}-${theme}.png`));
            // Down the page: nothing fixed over a figure at any scroll position.
            const height = await page.evaluate(() => document.documentElement.scrollHeight);
            const step = Math.round((width > 800 ? 900 : 844) * 0.6);
            for (let y = step; y < height; y += step) {
              await page.evaluate((to) => window.scrollTo({ top: to, behavior: 'instant' }), y);
              await frames(page);
              report((await page.evaluate(look)).filter((p) => p.includes('covered')));
            }
            // On a phone, Tab through the page: the focused control on screen, never covered.
            if (width === 390 && theme === 'light') {
              await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
              const seen = new Set();
              for (let i = 0; i < 60; i++) {
                await page.keyboard.press('Tab');
                await frames(page);
                const found = await page.evaluate(look, { focus: true });
                for (const p of found.filter((x) => x.includes('focused') && !seen.has(x))) {
                  seen.add(p);
                  report([p]);
                }
              }
            }
            if (errors.length) report([`console: ${[...new Set(errors)].join(' | ')}`]);
          } finally {
            await page.close();
          }
        }
      }
    }
  } finally {
    await browser.close();
  }
}
server.close();
for (const p of problems) console.error(`✗ ${p}`);
console.log(`demo (${dir}): ${pages.length} pages × ${widths.length} widths × light/dark looked at in ${((Date.now() - started) / 1000).toFixed(1)} s, ${problems.length} problems; screenshots in ${artifacts}/`);
process.exit(problems.length ? 1 : 0);
