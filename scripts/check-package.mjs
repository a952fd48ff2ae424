// Checks the package as npm would publish it (run after `npm run build`):
// - publint (strict): the exports map, files and fields;
// - @arethetypeswrong/cli, esm-only profile: every entry's types resolve under node16/bundler;
// - @wc-toolkit/cem-validator, every rule an error: custom-elements.json's paths, definitions,
//   exported types and the package.json fields tools look for;
// - every module path in custom-elements.json is a file in the tarball, and every element's
//   declaration module exports it;
// - the metadata registries and tools link to: repository (git+https), homepage and bugs.
// Prints one line per check; exits 1 on the first that fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateCem } from '@wc-toolkit/cem-validator';

const dir = mkdtempSync(join(tmpdir(), 'fd-pack-'));
const run = (cmd, args, options = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
const fail = (what, detail) => {
  console.error(`✗ ${what}\n${detail}`);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
};

try {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir]));
  const tarball = join(dir, packed.filename);
  const files = new Set(packed.files.map((f) => f.path));
  console.log(`packed ${packed.filename}: ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} KB`);

  try {
    run('npx', ['publint', '--strict', '--pack', 'npm']);
    console.log('✓ publint --strict: no problems');
  } catch (e) {
    fail('publint', `${e.stdout}${e.stderr}`);
  }

  try {
    run('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped']);
    console.log('✓ attw --profile esm-only: no problems');
  } catch (e) {
    fail('attw --profile esm-only', `${e.stdout}${e.stderr}`);
  }

  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const rules = {
    packageJson: { packageType: 'error', main: 'error', module: 'error', types: 'error', exports: 'error', customElementsProperty: 'error', publishedCem: 'error' },
    manifest: { schemaVersion: 'error', modulePath: 'error', definitionPath: 'error', typeDefinitionPath: 'error', exportTypes: 'error', tagName: 'error' },
  };
  try {
    await validateCem(manifest, { packageJsonPath: './package.json', rules });
    console.log('✓ cem-validator (every rule an error): 0 errors, 0 warnings');
  } catch (e) {
    fail('cem-validator', String(e));
  }

  const missing = manifest.modules.map((m) => m.path).filter((path) => !files.has(path));
  if (missing.length) fail('custom-elements.json module paths', `not in the package: ${missing.join(', ')}`);
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => [m, d]));
  const unexported = elements.filter(([m, d]) => !m.exports?.some((e) => e.kind === 'js' && e.declaration.name === d.name)).map(([, d]) => d.name);
  if (unexported.length) fail('custom-elements.json exports', `declared but not exported: ${unexported.join(', ')}`);
  console.log(`✓ custom-elements.json: ${manifest.modules.length} module paths in the package, ${elements.length} elements exported`);

  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const links = { 'repository.url': pkg.repository?.url, homepage: pkg.homepage, 'bugs.url': pkg.bugs?.url };
  const bad = Object.entries(links).filter(([field, url]) => !(field === 'repository.url' ? /^git\+https:\/\/\S+\.git$/ : /^https:\/\/\S+$/).test(url ?? ''));
  if (pkg.repository?.type !== 'git' || bad.length) fail('package.json metadata', `missing or malformed: ${bad.map(([f]) => f).join(', ') || 'repository.type'}`);
  console.log(`✓ package.json metadata: repository ${pkg.repository.url}, homepage, bugs`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
