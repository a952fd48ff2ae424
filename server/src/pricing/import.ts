import { mkdtempSync, openSync, readSync, closeSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { categoriesOf, chargesOf, payersOf } from '../../../src/adapters/price-index/charges.js';
import { loadUrl } from '../../../src/adapters/price-index/load.js';
import { buildIndex } from '../../../src/cli/prices/build.js';
import type { PriceFileProblem } from '../../../src/cli/prices/model.js';
import type { Charges, Service } from '../../../src/core/schemas/pricing.js';
import type { Database } from '../db/port.js';

/** How many problems an import keeps for the console (all are counted). */
export const KEPT_PROBLEMS = 200;
/** Older imports are deleted after a new one goes live, keeping this many (the live one included). */
export const KEPT_IMPORTS = 3;

export interface ImportSummary {
  services: number;
  rates: number;
  plans: number;
  payers: number;
  errors: number;
  warnings: number;
}

export interface ImportResult {
  importId: number;
  summary: ImportSummary;
  problems: PriceFileProblem[];
}

/** Whether `path` is an index written by `frontdesk-prices build` (its manifest names the format at the start). */
function isPriceIndex(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    return /"format"\s*:\s*"frontdesk-price-index"/.test(head.subarray(0, n).toString('utf8'));
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/** `fetch` for the index's own `file:` URLs (the reader fetches its parts by URL). */
const fileFetch: typeof fetch = async (input) => {
  const url = input instanceof Request ? input.url : String(input);
  try {
    return new Response(await readFile(fileURLToPath(url)), { headers: { 'content-type': 'application/json' } });
  } catch {
    return new Response('missing', { status: 404 });
  }
};

/**
 * `frontdesk-server prices import <index.json | CMS files…>`: a price index written by
 * `frontdesk-prices build` is read as it is; CMS Hospital Price Transparency files are first
 * built into one with the same code (`buildIndex`: the same parsers, problems and plain names).
 * The index is then read with the price-index adapter's own reader and stored, each service
 * with its charges for every plan, in one transaction that makes it the live index.
 */
export async function importPrices(db: Database, inputs: readonly string[], options: { names?: string; onProblem?: (p: PriceFileProblem) => void } = {}): Promise<ImportResult> {
  if (!inputs.length) throw new Error('Give a price index (prices.json) or CMS price files.');
  const problems: PriceFileProblem[] = [];
  let errors = 0;
  let warnings = 0;
  const onProblem = (p: PriceFileProblem) => {
    if (p.severity === 'error') errors++;
    else warnings++;
    if (problems.length < KEPT_PROBLEMS) problems.push(p);
    options.onProblem?.(p);
  };
  const work = mkdtempSync(join(tmpdir(), 'frontdesk-prices-'));
  try {
    let manifest: string;
    if (inputs.length === 1 && isPriceIndex(resolve(inputs[0]))) {
      manifest = resolve(inputs[0]);
    } else {
      manifest = join(work, 'prices.json');
      const built = await buildIndex({ inputs: inputs.map((i) => (/^https?:/i.test(i) || i === '-' ? i : resolve(i))), output: manifest, names: options.names, onProblem });
      if (built.fatal) throw new Error(`No prices imported: ${built.fatal}`);
    }
    const loaded = await loadUrl(pathToFileURL(manifest).href, fileFetch);
    const rows: { position: number; id: string; service: Service; charges: Charges }[] = [];
    let rates = 0;
    for (let s = 0; s < loaded.services.length; s++) {
      const charges = await chargesOf(loaded, s, () => true);
      rates += charges.rates.length;
      rows.push({ position: s, id: loaded.services[s].id, service: loaded.services[s], charges });
    }
    const payers = payersOf(loaded);
    const summary: ImportSummary = { services: rows.length, rates, plans: loaded.planIds.length, payers: payers.length, errors, warnings };
    const importId = await db.transaction(async (tx) => {
      const [created] = await tx.query<{ id: number }>(
        'INSERT INTO price_imports (inputs, sources, summary, problems, payers, categories) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
        [JSON.stringify(inputs.map((i) => basename(i))), JSON.stringify(loaded.header.sources), JSON.stringify(summary), JSON.stringify(problems), JSON.stringify(payers), JSON.stringify(categoriesOf(loaded))],
      );
      for (let i = 0; i < rows.length; i += 500) {
        await tx.query(
          `INSERT INTO price_services (import_id, position, id, service, charges)
           SELECT $1, x.position, x.id, x.service, x.charges FROM jsonb_to_recordset($2::jsonb) AS x(position int, id text, service jsonb, charges jsonb)`,
          [created.id, JSON.stringify(rows.slice(i, i + 500))],
        );
      }
      await tx.query('UPDATE price_imports SET live = false WHERE live');
      await tx.query('UPDATE price_imports SET live = true WHERE id = $1', [created.id]);
      await tx.query('DELETE FROM price_imports WHERE id NOT IN (SELECT id FROM price_imports ORDER BY id DESC LIMIT $1)', [KEPT_IMPORTS]);
      return created.id;
    });
    return { importId, summary, problems };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
