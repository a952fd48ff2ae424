// `npm run bench`: runs the benchmarks in Debian's Chromium, side by side in one page each,
// and prints medians and ratios. Not a timed test: figures for the closing notes.
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';

const benches = ['scripts/bench/guard.bench.ts', 'scripts/bench/wait-banner.bench.ts', 'scripts/bench/picker.bench.ts'];
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
