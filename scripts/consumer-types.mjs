// Type-checks the consumer apps in test/consumers/<framework>/ against the package as npm packs it
// (run after `npm run build`): the tarball is unpacked into .tmp/…/node_modules/frontdesk-widgets,
// each app copied beside it, so `frontdesk-widgets` resolves to the tarball and the framework's own
// types to this repository's node_modules (devDependencies; no network).
// - good.*, app.* and main.*: a strict check must pass;
// - bad.*: every line marked `expect: <why>` must fail, and nothing else may;
// - the app (app.tsx or main.ts, exporting `mount`) is built with Vite into .tmp/consumer-apps/<framework>/,
//   where test/frameworks/consumer-apps.test.ts (the browser suite, after this in npm test) books through it.
// Prints one line per app and case; exits 1 on any mismatch.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve('.tmp', `consumers-${process.pid}`);
const tsc = resolve('node_modules/typescript/bin/tsc');

/** Runs a TypeScript-based checker on the app's tsconfig narrowed to `files`; returns its output ('' when clean). */
function typeCheck(bin, dir, files) {
  const config = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8'));
  const project = `tsconfig.${files.at(-1)}.json`;
  writeFileSync(join(dir, project), JSON.stringify({ ...config, include: files }));
  try {
    execFileSync(process.execPath, [bin, '-p', project, '--pretty', 'false'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (e) {
    // ngc colours its diagnostics whatever --pretty says.
    return `${e.stdout}${e.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  }
}

/**
 * svelte-check (strict TypeScript in the components, Svelte's own warnings as errors) on the app's
 * tsconfig narrowed to `files`; its machine output as `file(line,col): message` lines, '' when clean.
 */
function svelteCheck(dir, files) {
  const config = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8'));
  const project = `tsconfig.${files.at(-1)}.json`;
  writeFileSync(join(dir, project), JSON.stringify({ ...config, include: files }));
  const bin = resolve('node_modules/svelte-check/bin/svelte-check');
  const args = [bin, '--workspace', dir, '--tsconfig', project, '--output', 'machine', '--fail-on-warnings'];
  let out;
  try {
    out = execFileSync(process.execPath, args, { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    out = `${e.stdout}${e.stderr}`;
  }
  const problems = [...out.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):(\d+) (.*)$/gm)].map(([, level, file, line, col, message]) => `${file}(${line},${col}): ${level} ${JSON.parse(message)}`);
  if (!/COMPLETED \d+ FILES/.test(out)) problems.push(`svelte-check did not complete: ${out}`);
  return problems.join('\n');
}

/** Where the apps are built for test/consumers/apps.test.ts (kept after this script; npm test runs it before the browser tests). */
const apps = resolve('.tmp', 'consumer-apps');
const plugins = {
  react: async () => [],
  vue: async () => [(await import('@vitejs/plugin-vue')).default({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('fd-') } } })],
  svelte: async () => [(await import('@sveltejs/vite-plugin-svelte')).svelte({ configFile: false })],
};

/**
 * Builds the app's entry (`app.tsx`, else `main.ts`: it exports `mount(container, props)`) with Vite,
 * as a vendor's build would, into one ES module: the widgets from the tarball, the framework from
 * our devDependencies. Returns '' when built, else the error.
 */
async function buildApp(framework, dir) {
  const entry = ['app.tsx', 'main.ts'].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!entry) return `no app.tsx or main.ts in test/consumers/${framework}`;
  const { build } = await import('vite');
  try {
    await build({
      configFile: false,
      root: dir,
      logLevel: 'error',
      plugins: await plugins[framework](),
      define: { 'process.env.NODE_ENV': '"production"' },
      build: { outDir: join(apps, framework), emptyOutDir: true, minify: false, lib: { entry, formats: ['es'], fileName: () => 'app.js' } },
    });
    return '';
  } catch (e) {
    return String(e);
  }
}

/** How each framework's check is run on one file. */
const checkers = {
  react: (dir, file) => typeCheck(tsc, dir, [file]),
  // vue-tsc with strictTemplates: the tags' props and listeners from GlobalComponents (env.d.ts imports them).
  vue: (dir, file) => typeCheck(resolve('node_modules/vue-tsc/bin/vue-tsc.js'), dir, ['env.d.ts', file]),
  // svelte-check: the tags' props and `on<event>` handlers from SvelteHTMLElements (env.d.ts imports them).
  svelte: (dir, file) => svelteCheck(dir, ['env.d.ts', file]),
  // ngc (the Angular compiler) with strictTemplates: the bindings against the generated directives (frontdesk-widgets/angular).
  angular: (dir, file) => typeCheck(resolve('node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js'), dir, [file]),
};

let failed = 0;
const say = (ok, text) => {
  if (!ok) failed++;
  console.log(`${ok ? '✓' : '✗'} ${text}`);
};

try {
  mkdirSync(join(root, 'node_modules', 'frontdesk-widgets'), { recursive: true });
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', root], { encoding: 'utf8' }));
  execFileSync('tar', ['-xzf', join(root, packed.filename), '--strip-components=1', '-C', join(root, 'node_modules', 'frontdesk-widgets')]);
  // `node scripts/consumer-types.mjs vue` checks only that app.
  const only = process.argv.slice(2);
  for (const framework of readdirSync('test/consumers').filter((f) => !only.length || only.includes(f))) {
    const check = checkers[framework];
    if (!check) throw new Error(`no checker for test/consumers/${framework}`);
    const dir = join(root, framework);
    cpSync(join('test/consumers', framework), dir, { recursive: true });
    for (const file of readdirSync(dir).filter((f) => /^(good|bad|app|main)\./.test(f))) {
      const out = check(dir, file);
      const errorLines = new Set([...out.matchAll(new RegExp(`${file.replace('.', '\\.')}[(:](\\d+)[,:]`, 'g'))].map((m) => Number(m[1])));
      if (!file.startsWith('bad')) {
        say(out === '', `${framework}/${file}: strict check passes${out ? `\n${out}` : ''}`);
        continue;
      }
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      const expected = lines.flatMap((text, i) => (/expect: (.+?)( \*\/\}| -->|$)/.exec(text) ? [[i + 1, /expect: (.+?)( \*\/\}| -->|$)/.exec(text)[1]]] : []));
      for (const [line, why] of expected) {
        // `quoted` words in the reason must be in that line's message (the error is the one meant).
        const said = out.split('\n').filter((l) => l.includes(`${file}(${line},`) || l.includes(`${file}:${line}:`)).join('\n');
        const words = [...why.replaceAll('\\`', '`').matchAll(/`([^`]+)`/g)].map((m) => m[1]);
        say(errorLines.has(line) && words.every((w) => said.includes(w)), `${framework}/${file}:${line} fails (${why})${said ? `: ${said.slice(0, 160)}` : ''}`);
      }
      const unexpected = [...errorLines].filter((l) => !expected.some(([e]) => e === l));
      say(unexpected.length === 0 && expected.length > 0, `${framework}/${file}: no other error${unexpected.length ? `\n${out}` : ''}`);
    }
    if (framework === 'angular') continue; // type-checked only: see docs/decisions/018
    const built = await buildApp(framework, dir);
    say(built === '', `${framework}: the browser app built by Vite into ${relative('.', join(apps, framework))}${built ? `\n${built}` : ''}`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
console.log(failed ? `${failed} consumer check(s) failed` : 'consumer type checks: all passed');
process.exit(failed ? 1 : 0);
