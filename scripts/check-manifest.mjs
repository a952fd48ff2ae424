// Fails when custom-elements.json is not what the analyzer makes from the JSDoc now.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory, so keep it relative.
const out = join('.tmp', `cem-${process.pid}`);
try {
  execFileSync('npx', ['cem', 'analyze', '--outdir', out, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // missing: reported below
  }
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date with the JSDoc in src/. Run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
