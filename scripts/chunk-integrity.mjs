// A Vite plugin for the script-tag bundle: every chunk is integrity-checked before it runs.
// 1. transform: each `import('./x.js')` in src/ (but the loader) becomes
//    `chunk(() => import('./x.js'), "<mark>")` (src/core/chunk.ts).
// 2. generateBundle: each mark becomes the name of the chunk that import loads; then the sha256 of
//    every chunk as written, with the chunks it imports, is built into the loader
//    (`CHUNKS`, `API_CHUNK`), which fetches them through <link rel="modulepreload" integrity>.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

const MARK = 'fd-chunk-mark';
const helper = resolve(import.meta.dirname, '../src/core/chunk.ts');
const dynamicImport = /\bimport\((\s*(['"`])[^'"`\n]+\2\s*)\)/g;

/** @returns {import('vite').Plugin} */
export function chunkIntegrity() {
  return {
    name: 'frontdesk:chunk-integrity',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || /[\\/]src[\\/]embed[\\/]frontdesk\.ts$/.test(id) || id === helper) return null;
      let found = false;
      const out = code.replace(dynamicImport, (_, specifier) => {
        found = true;
        return `__fdChunk(() => import(${specifier}), ${JSON.stringify(MARK)})`;
      });
      // The import goes last (imports are hoisted) so the lines above keep their numbers.
      return found ? { code: `${out}\nimport { chunk as __fdChunk } from ${JSON.stringify(helper)};\n`, map: null } : null;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
      const inFolder = (fileName) => fileName.replace(/^chunks\//, '');
      // `import("./x.js")` may be followed by `.then(m=>m.y)` when a module was merged into a shared chunk.
      const site = new RegExp(`import\\(([\`'"])\\./([^\`'"]+)\\1\\)((?:\\.then\\([^()]*\\))?),([\`'"])${MARK}\\4`, 'g');
      for (const c of chunks) {
        c.code = c.code.replace(site, (_, q, name, then, q2) => `import(${q}./${name}${q})${then},${q2}${name}${q2}`);
        if (c.code.includes(MARK)) this.error(`chunk-integrity: an import in ${c.fileName} was not resolved to a chunk`);
      }
      const loader = chunks.find((c) => c.isEntry);
      const hashed = chunks.filter((c) => c !== loader);
      const at = new Map(hashed.map((c, i) => [c.fileName, i]));
      const table = hashed.map((c) => [
        inFolder(c.fileName).replace(/\.js$/, ''),
        createHash('sha256').update(c.code).digest('base64'),
        c.imports.map((file) => at.get(file)),
      ]);
      const api = chunks.find((c) => c.facadeModuleId?.endsWith('/src/embed/api.ts'));
      let uses = 0;
      loader.code = loader.code
        .replace(/\bCHUNKS\b/g, () => (uses++, JSON.stringify(table)))
        .replace(/\bAPI_CHUNK\b/g, () => JSON.stringify(inFolder(api.fileName)));
      if (uses !== 1) this.error(`chunk-integrity: the loader must name CHUNKS once (found ${uses})`);
    },
  };
}
