// Fails when `npm install` would rewrite package-lock.json: resolves package.json (and the server
// workspace's) in a scratch folder with --package-lock-only (no node_modules touched, no scripts
// run; the npm registry answers as for `npm ci`) and compares the lockfile byte for byte.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'fd-lock-'));
try {
  mkdirSync(join(dir, 'server'));
  for (const file of ['package.json', 'package-lock.json', 'server/package.json']) copyFileSync(file, join(dir, file));
  execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel', 'error'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (readFileSync(join(dir, 'package-lock.json'), 'utf8') !== readFileSync('package-lock.json', 'utf8')) {
    console.error('`npm install` rewrites package-lock.json: run it, check the diff and commit the result.');
    process.exit(1);
  }
  console.log('package-lock.json: `npm install` leaves it unchanged.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
