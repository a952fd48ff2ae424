// The live frontdesk-server for the browser end-to-end tests (test/e2e/): a web-test-runner plugin
// whose commands start real `frontdesk-server start` processes (server/dist/main.js, built on first
// use) on loopback, each group on a fresh database, and put a small loopback proxy in front of
// them — one port per browser, balancing between the group's processes (round robin, or pinned to
// one process by the test so it knows which process served what). Nothing runs until a test asks.
//
//   fd-live-start { group, origin }            → { baseUrl, lane }   (starts the group once; this browser's port), or { pending: true } while it starts
//   fd-live-route { group, backend }           → pins this browser's port to process `backend` (null: round robin)
//   fd-live-log   { group }                    → [{ method, path, backend }] served through this browser's port
//   fd-live-staff { group, backend, locationId, wait } → the status of PUT /staff/wait-times/… made directly on process `backend`
//   fd-live-output { group }                   → everything the group's processes printed (their logs)
//   fd-live-shot  { name }                     → saves a full-page screenshot of this browser's page to test-artifacts/console/<name>.png
//   fd-live-site                               → builds the demo site under /dist/demo-e2e/ (once), or { pending: true } while it builds
//   fd-live-console-log { group }              → [{ method, path, backend }] the runner's origin forwarded to a console group
//   fd-live-mail  { group }                    → every email the group's outbox sent to its SMTP sink (console groups)
//   fd-live-clock { group, at }                → moves the group's server clocks to `at` (ms; null: the real time) (console groups)
//
// The staff console's tests render <fd-console> in the test page itself: requests to
// /api/frontdesk/… on the test runner's own origin are forwarded to this browser's `console-*`
// group (so they are same-origin, as on a real deployment, with the session cookie and the
// console's Sec-Fetch-Site: same-origin): /staff/… to the group's second process, the rest (the
// patient's calls, from the demo site under /dist/demo-e2e/) to its first.
//
// Groups: `embedded` — one process on a fresh PGlite folder; `short-hold` — one process on its own
// PostgreSQL database with 6-second holds and a staff account; `pair` — two processes on one
// PostgreSQL database (LISTEN/NOTIFY between them) with a staff account.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, loopEnvironment, setClock } from './live-loop.mjs';

const root = new URL('..', import.meta.url).pathname;
const serverDir = join(root, 'server');
const practice = join(serverDir, 'practices/demo.yaml');
const STAFF = { email: 'desk@example-clinic.org', password: 'e2e staff password, loopback only' };
const PREFIX = '/api/frontdesk';

const groupSpecs = {
  embedded: { processes: 1, postgres: false, args: [] },
  'short-hold': { processes: 1, postgres: true, args: ['--hold-seconds', '6'] },
  pair: { processes: 2, postgres: true, args: [] },
  // The console's tests: one per browser (they change what they show), with a staff account and an imported price index;
  // `loop`: messages to patients go to a local SMTP sink, the links in them to the demo site, and the test moves the clock.
  // Two processes: staff calls go to the second, the patient's to the first (so what one side does reaches the other through another process).
  'console-chromium': { processes: 2, postgres: true, args: [], prices: true, loop: true },
  'console-firefox': { processes: 2, postgres: true, args: [], prices: true, loop: true },
};
const artifacts = join(root, 'test-artifacts', 'console');

const psql = (sql) => execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-qtAc', sql], { stdio: 'pipe' });

/**
 * Runs a Node script to completion without blocking the runner (its commands must keep answering
 * while a build or `user add` takes seconds on a busy machine); rejects with its output on failure.
 */
function runNode(args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} failed (${code}): ${text}`))));
  });
}

/** Runs `frontdesk-server …args` to completion (user add, prices import). */
const runCli = (args, env) => runNode([join(serverDir, 'dist/main.js'), ...args], { env });
const buildServer = () => runNode(['build.mjs'], { cwd: serverDir });

/** `frontdesk-server start` on port 0; resolves with the process and its origin once it listens. */
function startProcess(args, env, output) {
  const child = spawn(process.execPath, [join(serverDir, 'dist/main.js'), 'start', '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Never outlive the test runner, however it ends.
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
  return new Promise((resolve, reject) => {
    let text = '';
    const seen = (chunk) => {
      text += String(chunk);
      output.push(String(chunk));
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (match) resolve({ child, origin: match[1] });
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('exit', (code) => reject(new Error(`frontdesk-server exited (${code}) before listening:\n${text}`)));
  });
}

/** A loopback proxy to the group's processes: round robin per request, or pinned; logs what went where. */
function startProxy(backends) {
  const state = { pinned: null, next: 0, log: [] };
  const server = http.createServer((req, res) => {
    const backend = state.pinned ?? state.next++ % backends.length;
    state.log.push({ method: req.method, path: new URL(req.url, 'http://proxy.invalid').pathname.replace(PREFIX, ''), backend });
    const target = new URL(req.url, backends[backend].origin);
    const upstream = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
    // An event stream the browser closes closes its upstream request too.
    res.on('close', () => upstream.destroy());
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, state, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

/**
 * Starts a group: its database (a PostgreSQL database or a PGlite folder), its staff account and
 * its processes. Whatever step fails, everything already started is stopped and removed (the
 * database dropped, the folder deleted) before the error is thrown. `steps` replaces the steps
 * that touch the outside world (for the test of that cleanup).
 */
export async function startGroup(name, origin, steps = { psql, runCli, startProcess }) {
  const spec = groupSpecs[name];
  if (!spec) throw new Error(`no live server group "${name}"`);
  const output = [];
  const cleanups = [];
  const group = { output, backends: [], proxies: new Map(), consoleLog: [], staffSession: undefined, close: async () => {
    for (const proxy of group.proxies.values()) {
      proxy.server.closeAllConnections();
      proxy.server.close();
    }
    for (const b of group.backends) if (b.child.exitCode === null) {
      b.child.kill('SIGTERM');
      await new Promise((r) => b.child.once('exit', r));
    }
    // Every cleanup runs, even when one before it fails.
    const failures = [];
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        cleanup();
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length) throw new AggregateError(failures, `live server group "${name}": cleanup failed`);
  } };
  try {
    let env = {};
    let args = ['--practice', practice, '--origin', origin, ...spec.args];
    if (spec.postgres) {
      const db = `fd_e2e_${name.replaceAll('-', '_')}_${process.pid}`;
      steps.psql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      cleanups.push(() => steps.psql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`));
      steps.psql(`CREATE DATABASE ${db}`);
      env = { DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${db}` };
      await steps.runCli(['user', 'add', '--email', STAFF.email, '--name', 'Front desk'], { ...env, FRONTDESK_PASSWORD: STAFF.password });
      if (spec.prices) await steps.runCli(['prices', 'import', join(root, 'demo/data/prices.json')], env);
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'fd-e2e-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      args = [...args, '--data', dir];
    }
    if (spec.loop) {
      group.loop = await loopEnvironment(origin, cleanups);
      env = { ...env, ...group.loop.env };
    }
    for (let i = 0; i < spec.processes; i++) {
      // The first process seeds the practice; the others share what it wrote.
      group.backends.push(await steps.startProcess(i === 0 ? args : args.filter((a, j) => a !== '--practice' && args[j - 1] !== '--practice'), env, output));
    }
  } catch (error) {
    await group.close().catch((cleanup) => console.error(cleanup));
    throw error;
  }
  return group;
}

/** Signs in as staff once per group (the session is in the database, good on every process). */
async function staffSession(group) {
  group.staffSession ??= (async () => {
    const res = await fetch(`${group.backends[0].origin}${PREFIX}/staff/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(STAFF),
    });
    if (res.status !== 200) throw new Error(`staff sign-in: ${res.status}`);
    const { csrfToken } = await res.json();
    return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], csrfToken };
  })();
  return group.staffSession;
}

/** Forwards /api/frontdesk/… on the runner's origin to a console group's process (streams included). */
function forward(ctx, backend) {
  ctx.respond = false;
  const target = new URL(ctx.req.url, backend.origin);
  return new Promise((resolve) => {
    const upstream = http.request(target, { method: ctx.req.method, headers: { ...ctx.req.headers, host: target.host } }, (answer) => {
      // The runner reports what koa thinks the status is (404 while respond is false).
      ctx.status = answer.statusCode ?? 502;
      ctx.res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(ctx.res);
      resolve();
    });
    upstream.on('error', () => {
      if (!ctx.res.headersSent) ctx.res.writeHead(502);
      ctx.res.end();
      resolve();
    });
    ctx.req.pipe(upstream);
    ctx.res.on('close', () => upstream.destroy());
  });
}

export function liveServersPlugin() {
  const groups = new Map();
  const lanes = new Map();
  let built;
  let site;
  const laneOf = (session) => {
    if (!lanes.has(session.browser)) lanes.set(session.browser, lanes.size);
    return lanes.get(session.browser);
  };
  const group = (name, origin) => {
    if (!groups.has(name)) {
      // Built once, in the background: a command must answer within 20 s, and a build on a busy
      // machine can take longer (a synchronous build also stalled every other test's commands).
      built ??= buildServer();
      groups.set(name, built.then(() => startGroup(name, origin)));
    }
    return groups.get(name);
  };
  const stopAll = async () => {
    for (const g of groups.values()) await (await g.catch(() => undefined))?.close().catch((error) => console.error(error));
    groups.clear();
  };
  return {
    name: 'frontdesk-live-servers',
    /** Middleware for the runner's config (before its own files): the console group's API on the runner's origin. */
    async consoleApi(ctx, next) {
      if (!ctx.path.startsWith(`${PREFIX}/`)) return next();
      const name = /Firefox\//.test(ctx.get('user-agent')) ? 'console-firefox' : 'console-chromium';
      const g = groups.has(name) ? await groups.get(name).catch(() => undefined) : undefined;
      if (!g) return next();
      const backend = ctx.path.startsWith(`${PREFIX}/staff/`) ? g.backends.length - 1 : 0;
      g.consoleLog.push({ method: ctx.method, path: ctx.path.replace(PREFIX, ''), backend });
      await forward(ctx, g.backends[backend]);
      return undefined;
    },
    async serverStop() {
      await stopAll();
    },
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('fd-live-')) return undefined;
      if (command === 'fd-live-shot') {
        mkdirSync(artifacts, { recursive: true });
        const page = session.browser.getPage(session.id);
        await page.screenshot({ path: join(artifacts, `${String(payload.name).replace(/[^\w-]/g, '_')}.png`), fullPage: true });
        return true;
      }
      if (command === 'fd-live-site') {
        site ??= buildSite();
        return Promise.race([site.then(() => true), new Promise((r) => setTimeout(r, 10_000, { pending: true }))]);
      }
      const lane = laneOf(session);
      const starting = group(payload.group, payload.origin);
      // A command must answer within 20 s: while a group is still starting (a fresh database
      // on a busy machine), say so, and the browser asks again.
      if (command === 'fd-live-start' && !(await Promise.race([starting.then(() => true), new Promise((r) => setTimeout(r, 10_000, false))]))) return { pending: true };
      const g = await starting;
      if (!g.proxies.has(lane)) g.proxies.set(lane, await startProxy(g.backends));
      const proxy = g.proxies.get(lane);
      switch (command) {
        case 'fd-live-start':
          return { baseUrl: `${proxy.url}${PREFIX}`, lane };
        case 'fd-live-route':
          proxy.state.pinned = payload.backend;
          return true;
        case 'fd-live-log':
          return proxy.state.log;
        case 'fd-live-output':
          return g.output.join('');
        case 'fd-live-console-log':
          return g.consoleLog;
        case 'fd-live-mail':
          return g.loop?.mails ?? [];
        case 'fd-live-clock':
          setClock(g, payload.at);
          return true;
        case 'fd-live-staff': {
          const { cookie, csrfToken } = await staffSession(g);
          const res = await fetch(`${g.backends[payload.backend].origin}${PREFIX}/staff/wait-times/${encodeURIComponent(payload.locationId)}`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
            body: JSON.stringify(payload.wait),
          });
          return res.status;
        }
        default:
          throw new Error(`unknown command ${command}`);
      }
    },
  };
}
