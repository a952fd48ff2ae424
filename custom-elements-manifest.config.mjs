export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mocks/**', 'src/testing/**', 'src/cli/**'],
  litelement: true,
  outdir: '.',
};
