// `npm run bench` (after `npm run build:embed`): runs the benchmarks in Debian's Chromium, side by side in one page each,
// and prints medians and ratios. Not a timed test: figures for the closing notes.
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';

const benches = ['scripts/bench/guard.bench.ts', 'scripts/bench/wait-banner.bench.ts', 'scripts/bench/picker.bench.ts', 'scripts/bench/prices.bench.ts'];
const server = await createServer({ configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port: 5199 }, publicDir: false });
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

  for (const bench of benches) {
    const rows = await page.evaluate(async (path) => (await import(/* @vite-ignore */ path)).run(), `/${bench}`);
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
} finally {
  await browser.close();
  await server.close();
}
