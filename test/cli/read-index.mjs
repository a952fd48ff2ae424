// Reads a sharded price index (manifest + search part + every shard) back into one object shaped
// like the whole-file index of format 1 (`services` rows with amounts, `rates`), for assertions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

const json = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The paths of a manifest's shards (`<folder>/c.<hash>/<n>.json`). */
export const shardPaths = (manifest) => Array.from({ length: manifest.shardCount }, (_, n) => `${manifest.shards}${n}.json`);

export function readIndex(manifestFile) {
  const manifest = json(manifestFile);
  const dir = dirname(manifestFile);
  const search = json(join(dir, manifest.search));
  const shards = shardPaths(manifest).map((path) => json(join(dir, path)));
  const charges = new Map();
  const rates = [];
  for (const shard of shards) {
    const text = (i) => (i === null || i === undefined ? null : shard.texts[i]);
    for (const row of shard.services) charges.set(row[0], { row, text });
    for (const r of shard.rates) rates.push([r[0], r[1], r[2], r[3] ?? null, r[4] ?? null, text(r[5]), r[6] ?? null, r[7] ?? null, r[8] ?? null, r[9] ?? null, text(r[10]), text(r[11]), r[12] ?? null]);
  }
  const services = search.services.map(([id, description, codes, setting, , category, plainName], s) => {
    const { row, text } = charges.get(s);
    const [, gross, cash, min, max, drugAmount, drugUnit, notes, source] = row;
    return [id, description, codes, setting, gross ?? null, cash ?? null, min ?? null, max ?? null, category ?? null, drugAmount ?? null, drugUnit ?? null, text(notes), plainName ?? null, source ?? null];
  });
  return { ...manifest, searchPart: search, shardFiles: shards, services, rates };
}

/** The files and folders in the manifest's folder that the manifest does not name (should be none). */
export function strayParts(manifestFile) {
  const manifest = json(manifestFile);
  const folder = manifest.search.split('/')[0];
  const dir = join(dirname(manifestFile), folder);
  if (!existsSync(dir)) return [];
  const named = new Set([manifest.search, manifest.shards.replace(/\/$/, ''), ...shardPaths(manifest)]);
  return readdirSync(dir, { recursive: true }).filter((name) => !named.has(`${folder}/${name.split(sep).join('/')}`));
}
