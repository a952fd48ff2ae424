// What the patient-loop end-to-end test (test/e2e/patient-loop.test.ts) adds to a live server
// group (scripts/live-servers.mjs): a local SMTP sink the server's outbox sends to, a clock the
// test moves (scripts/fake-clock.mjs, preloaded into the server process), and the demo site built
// for `npm start` (VITE_FRONTDESK_API=/api/frontdesk) under /dist/demo-e2e/ of the test runner's
// origin, where the runner serves it and forwards its API calls to the group.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const root = new URL('..', import.meta.url).pathname;
export const SITE = '/dist/demo-e2e';

/** A local SMTP sink on loopback: every message the server's outbox sent, parsed, in order of arrival. */
export async function smtpSink() {
  const mails = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (m) => {
          mails.push({ to: m.to && !Array.isArray(m.to) ? m.to.text : '', subject: m.subject ?? '', text: m.text ?? '', messageId: m.messageId ?? '' });
          callback();
        },
        (error) => callback(error),
      );
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  return { url: `smtp://127.0.0.1:${server.server.address().port}`, mails, close: () => server.close() };
}

/**
 * The environment that gives a group's processes the sink, the demo site's links and a clock
 * the test moves; `cleanups` gets what undoes it. `origin` is the test runner's (the site's).
 */
export async function loopEnvironment(origin, cleanups) {
  const sink = await smtpSink();
  cleanups.push(() => sink.close());
  const dir = mkdtempSync(join(tmpdir(), 'fd-clock-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const clockFile = join(dir, 'offset');
  writeFileSync(clockFile, '0');
  const env = {
    NODE_OPTIONS: `--import=${new URL('./fake-clock.mjs', import.meta.url).href}`,
    FD_FAKE_CLOCK_FILE: clockFile,
    FRONTDESK_SMTP_URL: sink.url,
    FRONTDESK_MAIL_FROM: 'Desert Sage Health <desk@example-clinic.org>',
    FRONTDESK_OUTBOX_POLL_MS: '250',
    FRONTDESK_SITE_URL: `${origin}${SITE}/`,
    FRONTDESK_MANAGE_URL: `${origin}${SITE}/book.html#change-title`,
    FRONTDESK_SURVEY_URL: `${origin}${SITE}/feedback.html`,
    FRONTDESK_PUBLIC_API_URL: `${origin}/api/frontdesk`,
  };
  return { env, mails: sink.mails, clockFile };
}

/** Moves the group's processes' clocks to `at` (ms since the epoch; `null`: the real time). */
export function setClock(group, at) {
  writeFileSync(group.loop.clockFile, String(at === null ? 0 : at - Date.now()));
  for (const b of group.backends) b.child.kill('SIGUSR2');
}

/** Builds the demo site as `npm start` does, under /dist/demo-e2e/ (once per run). */
export function buildSite() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'demo/vite.config.ts', '--base', `${SITE}/`, '--outDir', join(root, SITE), '--logLevel', 'error'], {
      cwd: root,
      env: { ...process.env, VITE_FRONTDESK_API: '/api/frontdesk' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`demo build failed (${code}): ${text}`))));
  });
}
