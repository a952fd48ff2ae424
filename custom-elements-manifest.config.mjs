export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mocks/**', 'src/testing/**', 'src/cli/**'],
  litelement: true,
  outdir: '.',
  // package.json names custom-elements.json itself; the drift check's temporary output must not rewrite it.
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in file-system order, which differs between checkouts;
      // sort them so the committed manifest is the same on every machine.
      name: 'frontdesk-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
