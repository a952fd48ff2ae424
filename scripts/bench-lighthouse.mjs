#!/usr/bin/env node
// `npm run bench:lighthouse`: Lighthouse 12 (pinned: the last line that runs on Node 20) on
// every page of the demo's PRODUCTION build (dist/demo from `npm run build:demo`, served
// compressed from 127.0.0.1), mobile (Lighthouse's default: Moto G Power, slow 4G, 4× CPU,
// simulated) and desktop. Debian's Chromium (CHROME_PATH, else CHROMIUM_BIN / /usr/bin/chromium):
// nothing is downloaded. Prints per page: performance, accessibility, CLS, LCP, TBT; exits 1
// when a page scores performance < 95, accessibility < 100 or CLS >= 0.05.
//
//   node scripts/bench-lighthouse.mjs [dir]     PAGE=book limits the pages
import { readdir } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { browserPaths } from './ensure-browsers.mjs';
import { serve } from '../test/layout/support.mjs';

const dir = process.argv[2] ?? 'dist/demo';
const pages = (await readdir(dir)).filter((f) => f.endsWith('.html') && (!process.env.PAGE || f.includes(process.env.PAGE))).sort();
const server = await serve(dir);
const base = `http://127.0.0.1:${server.address().port}/`;
const executablePath = process.env.CHROME_PATH || browserPaths({ ...process.env, FD_BROWSERS: 'chromium' }).chromium;
const mobileConfig = { extends: 'lighthouse:default', settings: { onlyCategories: ['performance', 'accessibility'] } };
const desktop = { ...desktopConfig, settings: { ...desktopConfig.settings, onlyCategories: ['performance', 'accessibility'] } };

const failures = [];
console.log(`Lighthouse on ${dir} (${executablePath})`);
console.log(`${'page'.padEnd(18)} ${'form'.padEnd(8)} perf  a11y  CLS     LCP      TBT`);
for (const file of pages) {
  for (const [form, config] of [
    ['mobile', mobileConfig],
    ['desktop', desktop],
  ]) {
    // A fresh browser per run: nothing cached, no service worker left from the run before.
    const browser = await puppeteer.launch({ executablePath, args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'] });
    try {
      const page = await browser.newPage();
      const result = await lighthouse(`${base}${file}`, { logLevel: 'error', output: 'json' }, config, page);
      const { categories, audits } = result.lhr;
      const perf = Math.round(categories.performance.score * 100);
      const a11y = Math.round(categories.accessibility.score * 100);
      const cls = audits['cumulative-layout-shift'].numericValue;
      const lcp = audits['largest-contentful-paint'].numericValue;
      const tbt = audits['total-blocking-time'].numericValue;
      console.log(`${file.padEnd(18)} ${form.padEnd(8)} ${String(perf).padStart(4)}  ${String(a11y).padStart(4)}  ${cls.toFixed(3)}  ${`${Math.round(lcp)} ms`.padStart(7)}  ${`${Math.round(tbt)} ms`.padStart(6)}`);
      if (perf < 95) failures.push(`${file} ${form}: performance ${perf} (at least 95)`);
      if (a11y < 100) {
        const failing = Object.values(audits).filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0 && categories.accessibility.auditRefs.some((r) => r.id === a.id));
        failures.push(`${file} ${form}: accessibility ${a11y} (${failing.map((a) => a.id).join(', ')})`);
      }
      if (cls >= 0.05) failures.push(`${file} ${form}: CLS ${cls.toFixed(3)} (under 0.05)`);
    } finally {
      await browser.close();
    }
  }
}
server.close();
for (const f of failures) console.error(`✗ ${f}`);
process.exit(failures.length ? 1 : 0);
