// `npm run bench` (after `npm run build:embed`): runs the benchmarks in Debian's Chromium, side by side in one page each,
// and prints medians and ratios. Not a timed test: figures for the closing notes.
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'vite';

const benches = [
  'scripts/bench/guard.bench.ts',
  'scripts/bench/wait-banner.bench.ts',
  'scripts/bench/picker.bench.ts',
  'scripts/bench/chat.bench.ts',
  'scripts/bench/prices.bench.ts',
  'scripts/bench/survey.bench.ts',
  'scripts/bench/fhir-forms.bench.ts',
];
// `BENCH=survey npm run bench` runs only the benchmarks whose file name contains `survey` (and skips the page test).
const only = process.env.BENCH;
// The script-tag bundle byte for byte, as a CDN serves it (Vite's module handling would change
// the bytes the loader's integrity hashes cover, and every chunk would be refused).
const rawEmbed = {
  name: 'raw-embed',
  // A block body: a function returned from configureServer would be called as Vite's post hook.
  configureServer: (s) => {
    s.middlewares.use((req, res, next) => {
      const file = /^\/dist\/embed\/([\w./-]+\.js)$/.exec(req.url ?? '')?.[1];
      if (!file || file.includes('..')) return next();
      res.setHeader('content-type', 'application/javascript');
      res.end(readFileSync(`dist/embed/${file}`));
    });
  },
};
// LHC-Forms' built files (the lforms dev dependency's dist/lforms), served as they are under /lforms/.
const lformsDir = 'node_modules/lforms/dist/lforms';
const types = { js: 'application/javascript', css: 'text/css', png: 'image/png' };
const rawLforms = {
  name: 'raw-lforms',
  configureServer: (s) => {
    s.middlewares.use((req, res, next) => {
      const file = /^\/lforms\/([\w./-]+\.(js|css|png))$/.exec(req.url ?? '');
      if (!file || file[1].includes('..')) return next();
      res.setHeader('content-type', types[file[2]]);
      res.end(readFileSync(`${lformsDir}/${file[1]}`));
    });
  },
};
const server = await createServer({ configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port: 5199 }, publicDir: false, plugins: [rawEmbed, rawLforms] });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium',
  // Loopback only: every other host name fails to resolve (a renderer that reaches for a terminology server gets nothing).
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
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
    if (rows[0] && 'form' in rows[0]) {
      printForms(rows);
      continue;
    }
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
  if (!only || 'fhir-forms'.includes(only)) printFhirSizes();
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

/** The FHIR forms side by side: items rendered, median ms, and LHC-Forms' time over ours. */
function printForms(rows) {
  const version = JSON.parse(readFileSync('node_modules/lforms/package.json', 'utf8')).version;
  console.log(`  real Questionnaires, fd-feedback-survey vs LHC-Forms ${version}: median ms from creating the form to its first frame`);
  console.log(`  ${'form'.padEnd(38)} ${'items'.padStart(5)}  ${'ours: shown'.padStart(11)} ${'ms'.padStart(7)}   ${'LHC: shown'.padStart(10)} ${'ms'.padStart(7)}   LHC/ours`);
  for (const r of rows) {
    const mine = `${String(r.oursShown).padStart(11)} ${r.oursMs.toFixed(1).padStart(7)}`;
    const theirs = r.refused ? `refused: ${r.refused}` : `${String(r.lhcShown).padStart(10)} ${r.lhcMs.toFixed(1).padStart(7)}   ${(r.lhcMs / r.oursMs).toFixed(2)}×`;
    console.log(`  ${r.form.padEnd(38)} ${String(r.items).padStart(5)}  ${mine}   ${theirs}`);
  }
  const both = rows.filter((r) => !r.refused);
  console.log(`  LHC-Forms rendered ${both.length} of ${rows.length}; where both did, LHC-Forms took ${(both.reduce((n, r) => n + r.lhcMs / r.oursMs, 0) / both.length).toFixed(2)}× our time on average`);
}

/** What each renderer downloads for a FHIR form (gzip -9): ours by part, LHC-Forms' four files. */
function printFhirSizes() {
  const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const manifest = JSON.parse(readFileSync('dist/embed/.vite/manifest.json', 'utf8'));
  const file = (key) => `dist/embed/${manifest[key].file}`;
  const shared = [...new Set(Object.values(manifest).filter((e) => e.name === 'runtime' || e.name === 'validation' || e.name === 'feedback').map((e) => `dist/embed/${e.file}`))];
  const parts = [
    ['survey first chunk', [file('src/widgets/feedback-survey/fd-feedback-survey.ts')]],
    ['FHIR part', [file('src/widgets/feedback-survey/fhir.ts')]],
    ['repeats/attachments part', [file('src/widgets/feedback-survey/extras.ts')]],
    ['FHIRPath chunk', [file('src/widgets/feedback-survey/expressions.ts')]],
    ['lit, core, zod/mini and the feedback schemas', shared],
  ];
  const lhcFiles = ['webcomponent/styles.css', 'webcomponent/assets/lib/zone.min.js', 'webcomponent/lhc-forms.js', 'fhir/R4/lformsFHIR.min.js'].map((f) => `${lformsDir}/${f}`);
  const ours = parts.reduce((n, [, files]) => n + files.reduce((m, f) => m + gz(f), 0), 0);
  const theirs = lhcFiles.reduce((n, f) => n + gz(f), 0);
  console.log('\nFHIR form renderer size, gzip -9 (everything a page loads for a Questionnaire with expressions)');
  for (const [name, files] of parts) console.log(`  ours: ${name.padEnd(46)} ${kb(files.reduce((m, f) => m + gz(f), 0)).padStart(9)}`);
  console.log(`  ours, all                                               ${kb(ours).padStart(9)}`);
  console.log(`  LHC-Forms (styles, zone.js, lhc-forms.js, R4 support)   ${kb(theirs).padStart(9)}   ratio ${(theirs / ours).toFixed(1)}×`);
}
