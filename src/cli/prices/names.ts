import { parse } from 'csv-parse/sync';
import { categories } from './categories.js';
import type { PriceFileProblem, ServiceCode } from './model.js';

/** A practice's own words for its services: `code_type,code,plain_name[,category]`, keyed `TYPE:code`. */
export type PlainNames = Map<string, { plainName?: string; category?: string }>;

export const nameKey = (code: ServiceCode): string => `${code.type}:${code.code}`;

/**
 * Reads a plain-names CSV (a spreadsheet the practice keeps): for each billing code, the name
 * patients would use ("Brain MRI") and optionally a category id (`imaging`, `labs`…). The
 * indexer gives a service the names of its first code found here.
 */
export function readPlainNames(text: string, problem: (p: PriceFileProblem) => void): PlainNames {
  const names: PlainNames = new Map();
  const rows: string[][] = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true });
  const header = (rows[0] ?? []).map((h) => h.toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const [type, code, plain, category] = [col('code_type'), col('code'), col('plain_name'), col('category')];
  if (type < 0 || code < 0 || plain < 0) {
    problem({ where: 'names row 1', message: 'wrong header: code_type, code and plain_name are required', severity: 'error' });
    return names;
  }
  const known = new Set<string>(categories.map(([id]) => id));
  rows.slice(1).forEach((row, i) => {
    const where = `names row ${i + 2}`;
    if (!row[type] || !row[code]) return problem({ where, message: 'code_type and code are required', severity: 'error' });
    const c = row[category] ?? '';
    if (c && !known.has(c)) problem({ where, message: `unknown category "${c}" (${[...known].join(', ')}): left out`, severity: 'warning' });
    names.set(`${row[type].toUpperCase()}:${row[code]}`, {
      ...(row[plain] ? { plainName: row[plain].slice(0, 200) } : {}),
      ...(c && known.has(c) ? { category: c } : {}),
    });
  });
  return names;
}
