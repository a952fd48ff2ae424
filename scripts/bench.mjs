// `npm run bench` (after `npm run build:embed`): runs the benchmarks in Debian's Chromium, side by side in one page each,
// and prints medians and ratios. Not a timed test: figures for the closing notes.
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'vite';

const benches = ['scripts/bench/guard.bench.ts', 'scripts/bench/wait-banner.bench.ts', 'scripts/bench/picker.bench.ts', 'scripts/bench/chat.bench.ts', 'scripts/bench/prices.bench.ts', 'scripts/bench/survey.bench.ts'];
// `BENCH=survey npm run bench` runs only the benchmarks whose file name contains `survey` (and skips the page test).
const only = process.env.BENCH;
// The script-tag bundle byte for byte, as a CDN serves it (Vite's module handling would change
// the bytes the loader's integrity hashes cover, and every chunk would be refused).
const rawEmbed = {
  name: 'raw-embed',
  configureServer: (s) =>
    s.middlewares.use((req, res, next) => {
      const file = /^\/dist\/embed\/([\w./-]+\.js)$/.exec(req.url ?? '')?.[1];
      if (!file || file.includes('..')) return next();
      res.setHeader('content-type', 'application/javascript');
      res.end(readFileSync(`dist/embed/${file}`));
    }),
};
const server = await createServer({ configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port: 5199 }, publicDir: false, plugins: [rawEmbed] });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${base}scripts/bench/`);
  // The practice page with the snippet against the same page without it: main-thread time
  // (Chromium's TaskDuration) from navigation until the widgets have settled.
  const html = readFileSync('scripts/bench/embed-page.html', 'utf8');
  const snippet = '<script src="/dist/embed/frontdesk.js" data-adapter="demo" async></script>';
  server.middlewares.use((req, res, next) => {
    if (req.url !== '/bench-with.html' && req.url !== '/bench-without.html') return next();
    res.setHeader('content-type', 'text/html');
    res.end(html.replace('<!--SNIPPET-->', req.url === '/bench-with.html' ? snippet : ''));
  });
  const mainThread = async (path) => {
    const tab = await browser.newPage();
    await tab.goto(`${base}${path.slice(1)}`, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 500));
    const { TaskDuration } = await tab.metrics();
    await tab.close();
    return TaskDuration * 1000;
  };
  if (!only) {
  await mainThread('/bench-with.html'); // warm the server's caches
  const withRuns = [];
  const withoutRuns = [];
  for (let i = 0; i < 7; i++) {
    withoutRuns.push(await mainThread('/bench-without.html'));
    withRuns.push(await mainThread('/bench-with.html'));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log('\nscript-tag page (banner + picker, demo data) vs the same page without the snippet');
  console.log(`  main-thread time ${median(withRuns).toFixed(1)} ms vs ${median(withoutRuns).toFixed(1)} ms   ratio ${(median(withRuns) / median(withoutRuns)).toFixed(2)}×`);
  }

  for (const bench of benches.filter((b) => !only || b.includes(only))) {
    // Vite may reload the page once when it first meets a dependency (optimizing it): run again after that.
    const evaluate = () => page.evaluate(async (path) => (await import(/* @vite-ignore */ path)).run(), `/${bench}`);
    const rows = await evaluate().catch(async (error) => {
      if (!String(error).includes('Execution context was destroyed')) throw error;
      await page.waitForNavigation({ waitUntil: 'load' }).catch(() => undefined);
      return evaluate();
    });
    console.log(`\n${bench}`);
    for (const row of rows) {
      if ('rawMs' in row) {
        const { name, rawMs, guardedMs } = row;
        console.log(`  ${name.padEnd(28)} raw ${(rawMs * 1000).toFixed(1).padStart(7)} µs   guarded ${(guardedMs * 1000).toFixed(1).padStart(7)} µs   ratio ${(guardedMs / rawMs).toFixed(2)}×`);
      } else if ('aMs' in row) {
        const { name, aMs, bMs } = row;
        console.log(`  ${name.padEnd(40)} ${aMs.toFixed(1).padStart(7)} ms vs ${bMs.toFixed(1).padStart(7)} ms   ratio ${(aMs / bMs).toFixed(2)}×`);
      } else {
        const { name, visible, hidden } = row;
        console.log(`  ${name}: visible tab ${visible}, hidden tab ${hidden} (hidden/visible ${(hidden / visible).toFixed(2)}×)`);
      }
    }
  }
  if (!only || 'survey'.includes(only)) printSurveySizes();
} finally {
  await browser.close();
  await server.close();
}

/** The survey's gzip size (script-tag build) next to SurveyJS's (survey-core + survey-js-ui, minified, with its CSS). */
function printSurveySizes() {
  const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const manifest = JSON.parse(readFileSync('dist/embed/.vite/manifest.json', 'utf8'));
  const chunk = (test) => [...new Set(Object.entries(manifest).filter(([key]) => test.test(key) && !/\.es\.ts$/.test(key)).map(([, e]) => `dist/embed/${e.file}`))];
  // Every module of the widget (first chunk, FHIR part, lazy views) and its schemas.
  const survey = chunk(/^src\/widgets\/feedback-survey\/|^src\/core\/schemas\/feedback/);
  const shared = [...new Set(Object.values(manifest).filter((e) => e.name === 'runtime' || e.name === 'validation').map((e) => `dist/embed/${e.file}`))];
  const ours = survey.reduce((n, f) => n + gz(f), 0);
  const oursAll = ours + shared.reduce((n, f) => n + gz(f), 0);
  const theirs = ['node_modules/survey-core/survey.core.min.js', 'node_modules/survey-js-ui/survey-js-ui.min.js', 'node_modules/survey-core/survey-core.min.css'];
  const surveyJs = theirs.reduce((n, f) => n + gz(f), 0);
  console.log('\nfeedback survey size, gzip -9');
  console.log(`  fd-feedback-survey (widget, FHIR, views and its schemas)  ${kb(ours).padStart(8)}   with lit, core and zod/mini ${kb(oursAll)}`);
  console.log(`  SurveyJS 2.5.38 (survey-core + survey-js-ui + CSS)       ${kb(surveyJs).padStart(8)}   ratio ${(surveyJs / ours).toFixed(1)}× (${(surveyJs / oursAll).toFixed(1)}× with our runtime)`);
}
