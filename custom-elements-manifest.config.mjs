import { cemPackage } from './scripts/cem-package.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mocks/**', 'src/testing/**', 'src/cli/**', 'src/react/**'],
  litelement: true,
  outdir: '.',
  // package.json names custom-elements.json itself; the drift check's temporary output must not rewrite it.
  packagejson: false,
  // The published manifest: dist paths, public elements only, typed events, documented tokens
  // (scripts/cem-package.mjs). Its output lists modules in a fixed order, the same on every machine.
  plugins: [cemPackage()],
};
