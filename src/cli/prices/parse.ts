import { decodeText, type DecodeStats } from './decode.js';
import { parseCsv } from './csv.js';
import { parseJson } from './json.js';
import type { ChargeItem, ModifierInfo, PriceFileProblem, PriceFileSink, SourceMeta } from './model.js';
import { isoDate, isSupportedVersion } from './values.js';

export interface ParseResult {
  meta: SourceMeta;
  decode: DecodeStats;
}

/**
 * Parses a CMS Hospital Price Transparency file (v2.0 or v3.0; JSON, CSV tall or CSV wide;
 * UTF-8 or Windows-1252) from a byte stream, handing each charge item to the sink as it is
 * read. Problems go to `sink.problem` with their row/column or JSON path; the rest of the
 * file is still read. Memory does not grow with the file.
 */
export async function parsePriceFile(source: AsyncIterable<Uint8Array | string>, sink: PriceFileSink & { flush?(): Promise<void> }): Promise<ParseResult> {
  const decode: DecodeStats = { bytes: 0 };
  const text = decodeText(source, decode);
  // Peek at the first characters that are not blank: `{` is JSON, anything else CSV.
  const head: string[] = [];
  let next = await text.next();
  while (!next.done && !next.value.trim()) {
    head.push(next.value);
    next = await text.next();
  }
  if (next.done) {
    sink.problem({ where: 'file', message: 'the file is empty', severity: 'error' });
    return { meta: { format: 'json', locations: [] }, decode };
  }
  head.push(next.value);
  const kind = next.value.trimStart().startsWith('{') ? 'json' : 'csv';
  const rest = (async function* () {
    yield* head;
    yield* text;
  })();
  const meta = kind === 'json' ? await parseJson(rest, sink) : await parseCsv(rest, sink);
  const where = (field: string) => (meta.format === 'json' ? `$.${field}` : `row 2, column "${field}"`);
  if (decode.windows1252From !== undefined) {
    sink.problem({ where: `byte ${decode.windows1252From}`, message: 'not valid UTF-8: read as Windows-1252 from here on', severity: 'warning' });
  }
  if (!meta.version) sink.problem({ where: where('version'), message: 'required value is missing', severity: 'error' });
  else if (!isSupportedVersion(meta.version)) {
    sink.problem({ where: where('version'), message: `unsupported version ${JSON.stringify(meta.version)}: this reader knows 2.x and 3.x; read as 3.0`, severity: 'error' });
  }
  if (!meta.hospitalName) sink.problem({ where: where('hospital_name'), message: 'required value is missing', severity: 'error' });
  const date = isoDate(meta.lastUpdatedOn);
  if (!date) {
    sink.problem({
      where: where('last_updated_on'),
      message: meta.lastUpdatedOn ? `not a date: ${JSON.stringify(meta.lastUpdatedOn)} (YYYY-MM-DD or M/D/YYYY)` : 'required value is missing',
      severity: 'error',
    });
  }
  meta.lastUpdatedOn = date;
  return { meta, decode };
}

/** What identifies one service across formats: the same item in JSON, tall and wide CSV. */
export const itemKey = (item: ChargeItem): string =>
  JSON.stringify([item.description, item.setting, item.codes.map((c) => `${c.type}:${c.code}`), item.modifiers, item.drug ?? null]);

type Amounts = Pick<ChargeItem, 'grossCharge' | 'discountedCash' | 'minimum' | 'maximum'>;

/**
 * Merges the item-level amounts of two records of one item (tall rows repeat them): the lowest
 * minimum and the highest maximum; a gross charge or cash price that differs is reported and
 * the first kept.
 */
export function mergeAmounts(known: Amounts, next: Amounts, where: string, problem: PriceFileSink['problem']): Amounts {
  const pick = (field: 'grossCharge' | 'discountedCash', column: string) => {
    const [a, b] = [known[field], next[field]];
    if (a !== undefined && b !== undefined && a !== b) {
      problem({ where, message: `${column} differs from an earlier record of the same item (${a / 100} vs ${b / 100}): the first is kept`, severity: 'warning' });
    }
    return a ?? b;
  };
  const min = [known.minimum, next.minimum].filter((v) => v !== undefined);
  const max = [known.maximum, next.maximum].filter((v) => v !== undefined);
  return {
    grossCharge: pick('grossCharge', 'standard_charge|gross'),
    discountedCash: pick('discountedCash', 'standard_charge|discounted_cash'),
    minimum: min.length ? Math.min(...min) : undefined,
    maximum: max.length ? Math.max(...max) : undefined,
  };
}

export interface PriceFile extends ParseResult {
  items: ChargeItem[];
  modifiers: ModifierInfo[];
  problems: PriceFileProblem[];
}

/**
 * The whole file in memory, in a canonical order (for tests, and for small files): items
 * with the same key are merged (a tall file gives one row per rate; a wide one may split a
 * plan's second rate onto its own row), rates sorted.
 */
export async function readPriceFile(source: AsyncIterable<Uint8Array | string>): Promise<PriceFile> {
  const items = new Map<string, ChargeItem>();
  const modifiers = new Map<string, ModifierInfo>();
  const problems: PriceFileProblem[] = [];
  const problem = (p: PriceFileProblem) => void problems.push(p);
  const result = await parsePriceFile(source, {
    item(item, where) {
      const key = itemKey(item);
      const known = items.get(key);
      if (!known) return void items.set(key, { ...item, rates: [...item.rates] });
      known.rates.push(...item.rates);
      Object.assign(known, mergeAmounts(known, item, where, problem));
      known.notes ??= item.notes;
    },
    modifier(modifier) {
      const known = modifiers.get(modifier.code);
      if (known) known.payers.push(...modifier.payers);
      else modifiers.set(modifier.code, { ...modifier, payers: [...modifier.payers] });
    },
    problem,
  });
  const byJson = <T>(a: T, b: T) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
  const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return {
    ...result,
    items: [...items.values()].map((item) => clean({ ...item, rates: item.rates.map(clean).sort(byJson) })).sort(byJson),
    modifiers: [...modifiers.values()].map((m) => clean({ ...m, payers: [...m.payers].sort(byJson) })).sort(byJson),
    problems,
  };
}
