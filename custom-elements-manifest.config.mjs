export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mocks/**', 'src/testing/**', 'src/cli/**'],
  litelement: true,
  outdir: '.',
  // package.json names custom-elements.json itself; the drift check's temporary output must not rewrite it.
  packagejson: false,
};
