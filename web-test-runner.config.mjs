import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const chromium = process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium';
const firefox = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const only = process.env.FD_BROWSERS?.split(',');

const browsers = [
  {
    name: 'chromium',
    launcher: chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  },
  {
    name: 'firefox',
    launcher: chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: firefox,
        headless: true,
        // Test pages run side by side in background tabs: lift Firefox's background timer
        // clamp (1 s) and budget throttling, or every setTimeout(0) costs a second.
        extraPrefsFirefox: {
          'dom.min_background_timeout_value': 0,
          'dom.min_background_timeout_value_without_budget_throttling': 0,
          'dom.timeout.enable_budget_timer_throttling': false,
          'dom.timeout.background_throttling_max_budget': -1,
          'dom.timeout.throttling_delay': -1,
        },
      },
    }),
  },
].filter((b) => !only || only.includes(b.name));

const worker = readFileSync(new URL('./public/mockServiceWorker.js', import.meta.url));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  browsers: browsers.map((b) => b.launcher),
  concurrency: 2,
  concurrentBrowsers: 2,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 8000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname, target: 'es2022' })],
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') {
        ctx.type = 'application/javascript';
        ctx.set('Service-Worker-Allowed', '/');
        ctx.body = worker;
        return undefined;
      }
      return next();
    },
  ],
  filterBrowserLogs: ({ type, args }) => (type === 'error' || type === 'warn') && !String(args[0]).includes('Lit is in dev mode'),
};
