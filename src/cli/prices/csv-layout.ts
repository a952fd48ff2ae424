import type { Row } from './csv-scan.js';

/**
 * The columns of a CMS CSV file's charges header (row 3), found once: fixed columns, code
 * columns, and (wide files) one column group per payer and plan. Headers are matched after
 * trimming the spaces around `|` (`code | 1` = `code|1`), case-insensitively but for payer
 * and plan names.
 */
export const payerFields = ['negotiated_dollar', 'negotiated_percentage', 'negotiated_algorithm', 'methodology'] as const;
export const perPayer = ['median_amount', '10th_percentile', '90th_percentile', 'count', 'additional_payer_notes', 'estimated_amount'] as const;
const fixedColumns = new Set([
  'description',
  'setting',
  'modifiers',
  'drug_unit_of_measurement',
  'drug_type_of_measurement',
  'standard_charge|gross',
  'standard_charge|discounted_cash',
  'standard_charge|min',
  'standard_charge|max',
  'additional_generic_notes',
  // tall only
  'payer_name',
  'plan_name',
  'standard_charge|negotiated_dollar',
  'standard_charge|negotiated_percentage',
  'standard_charge|negotiated_algorithm',
  'standard_charge|methodology',
  ...perPayer,
]);

export interface Layout {
  tall: boolean;
  fixed: Map<string, number>;
  codes: Map<number, { code?: number; type?: number }>;
  /** Wide only: `payer|plan` → field → column. */
  payers: Map<string, { payer: string; plan: string; columns: Map<string, number> }>;
  names: string[];
  /** Tall only: rate field → column (`negotiated_dollar`, `methodology`, `median_amount`…). */
  tallRate: [string, number][];
  /** Code columns in order: `code|n` and `code|n|type` (-1 when absent). */
  codeList: { n: number; code: number; type: number }[];
  /** Columns that describe the item, not a rate (a tall file repeats them row after row). */
  itemColumns: number[];
}

export const normalize = (header: string) =>
  header
    .split('|')
    .map((part) => part.trim())
    .join('|');

export function layoutOf(header: Row, warn: (column: string, message: string) => void): Layout {
  const layout: Layout = { tall: false, fixed: new Map(), codes: new Map(), payers: new Map(), names: [], tallRate: [], codeList: [], itemColumns: [] };
  header.forEach((raw, index) => {
    const name = normalize(raw);
    const lower = name.toLowerCase();
    layout.names[index] = name;
    if (!name) return;
    const code = /^code\|(\d+)(\|type)?$/.exec(lower);
    if (code) {
      const n = Number(code[1]);
      const entry = layout.codes.get(n) ?? {};
      if (code[2]) entry.type = index;
      else entry.code = index;
      layout.codes.set(n, entry);
      return;
    }
    if (fixedColumns.has(lower)) return void layout.fixed.set(lower, index);
    const parts = name.split('|');
    const head = parts[0].toLowerCase();
    const field = head === 'standard_charge' && parts.length === 4 ? parts[3].toLowerCase() : parts.length === 3 ? head : undefined;
    if (field && (head === 'standard_charge' ? (payerFields as readonly string[]).includes(field) : (perPayer as readonly string[]).includes(field))) {
      // Some files (the CMS v2.0 wide example among them) write spaces in payer and plan names as `_`.
      const [payer, plan] = [parts[1], parts[2]].map((part) => part.replace(/_/g, ' ').trim());
      const key = `${payer}|${plan}`;
      const group = layout.payers.get(key) ?? { payer, plan, columns: new Map<string, number>() };
      group.columns.set(field, index);
      layout.payers.set(key, group);
      return;
    }
    warn(name, 'not a column of the CMS template: ignored');
  });
  layout.tall = layout.fixed.has('payer_name');
  layout.codeList = [...layout.codes].sort((a, b) => a[0] - b[0]).map(([n, c]) => ({ n, code: c.code ?? -1, type: c.type ?? -1 }));
  const itemFields = ['description', 'setting', 'modifiers', 'drug_unit_of_measurement', 'drug_type_of_measurement', 'standard_charge|gross', 'standard_charge|discounted_cash', 'standard_charge|min', 'standard_charge|max'];
  layout.itemColumns = [...itemFields.map((f) => layout.fixed.get(f) ?? -1), ...layout.codeList.flatMap((c) => [c.code, c.type])];
  const rateField = (name: string) => name.replace(/^standard_charge\|/, '');
  const rateFields = new Set<string>([...payerFields, ...perPayer, 'additional_generic_notes']);
  layout.tallRate = [...layout.fixed].filter(([name]) => rateFields.has(rateField(name))).map(([name, index]) => [rateField(name), index]);
  return layout;
}

