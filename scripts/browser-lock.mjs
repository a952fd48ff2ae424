// The browser lock: on a 2-core machine only one browser suite runs at a time. Long scripts
// (mutation runs, reliability runs) take it per batch, so other runs can go in between.
import { spawn } from 'node:child_process';

export const BROWSER_LOCK = '/tmp/fd-browser.lock';

/** Holds the browser lock until the returned function is called (a `flock` child waiting on its stdin). */
export function takeBrowserLock() {
  return new Promise((resolve) => {
    const holder = spawn('flock', [BROWSER_LOCK, 'sh', '-c', 'echo locked; cat >/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
    holder.stdout.once('data', () => resolve(() => holder.stdin.end()));
  });
}
