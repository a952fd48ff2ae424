/**
 * Every lazily loaded part goes through `chunk`: in the script-tag bundle the build rewrites each
 * `import('./x.js')` to `chunk(() => import('./x.js'), 'x-<hash>.js')`, and the loader's `verify`
 * (set once it starts) fetches that chunk and the chunks it imports with the integrity hashes built
 * into the loader, before the import runs. A chunk whose bytes differ is refused and never runs.
 * In the npm package nothing is rewritten: the app's bundler loads the parts.
 */
export type ChunkVerifier = (name: string) => Promise<unknown>;

let verify: ChunkVerifier | undefined;

export const setChunkVerifier = (verifier: ChunkVerifier): void => {
  verify = verifier;
};

export const chunk = <T>(load: () => Promise<T>, name: string): Promise<T> => (verify ? verify(name).then(load) : load());
