#!/usr/bin/env node
// The browsers the browser tests drive: Debian's Chromium and Firefox ESR at their fixed paths
// (or CHROMIUM_BIN / FIREFOX_BIN), limited by FD_BROWSERS. One source for `.ci/run`, `npm test`
// (its first step) and web-test-runner.config.mjs.
//
//   node scripts/ensure-browsers.mjs          installs what is missing with apt when run as root,
//                                             else prints ONE line saying what to run and exits 1
//   node scripts/ensure-browsers.mjs --check  never installs: the line and exit 1 when one is missing
//
// FD_NO_APT=1 behaves as a machine without apt (to see the line without uninstalling anything).
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DEBIAN = { chromium: '/usr/lib/chromium/chromium', firefox: '/usr/bin/firefox-esr' };
const PACKAGE = { chromium: 'chromium', firefox: 'firefox-esr' };
const VARIABLE = { chromium: 'CHROMIUM_BIN', firefox: 'FIREFOX_BIN' };

/** The browsers the tests will launch: name → executable path. */
export function browserPaths(env = process.env) {
  const only = env.FD_BROWSERS?.split(',').map((b) => b.trim());
  const all = { chromium: env.CHROMIUM_BIN || DEBIAN.chromium, firefox: env.FIREFOX_BIN || DEBIAN.firefox };
  return Object.fromEntries(Object.entries(all).filter(([name]) => !only || only.includes(name)));
}

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The browsers whose executable is missing. */
export function missingBrowsers(env = process.env) {
  return Object.entries(browserPaths(env))
    .filter(([, path]) => !executable(path))
    .map(([name, path]) => ({ name, path, overridden: Boolean(env[VARIABLE[name]]) }));
}

/** The one line that says exactly what to run (undefined when nothing is missing). */
export function missingBrowsersLine(env = process.env) {
  const missing = missingBrowsers(env);
  if (!missing.length) return undefined;
  const overridden = missing.filter((m) => m.overridden);
  if (overridden.length) {
    const fix = overridden.map((m) => `${VARIABLE[m.name]}=${m.path}`).join(', ');
    return `Browser tests: ${fix} is not an executable; point it at the browser binary or unset it to use Debian's (apt-get install -y ${overridden.map((m) => PACKAGE[m.name]).join(' ')}).`;
  }
  const packages = missing.map((m) => PACKAGE[m.name]).join(' ');
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  return `Browser tests need ${missing.map((m) => m.path).join(' and ')}: run \`${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages}\` (or set ${missing.map((m) => VARIABLE[m.name]).join(' and ')} to ${missing.length > 1 ? 'the binaries' : 'the binary'}), then npm test again.`;
}

function canApt(env) {
  if (env.FD_NO_APT === '1' || process.getuid?.() !== 0) return false;
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function ensure(env, checkOnly) {
  const missing = missingBrowsers(env);
  if (!missing.length) return 0;
  if (!checkOnly && !missing.some((m) => m.overridden) && canApt(env)) {
    const packages = missing.map((m) => PACKAGE[m.name]);
    console.log(`Installing ${packages.join(' ')} with apt (the browser tests need them)`);
    const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: aptEnv }).status === 0;
    if (run(['update', '-qq']) && run(['install', '-y', '-qq', '--no-install-recommends', ...packages]) && !missingBrowsers(env).length) return 0;
  }
  console.error(missingBrowsersLine(env));
  return 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(ensure(process.env, process.argv.includes('--check')));
