import { parse } from 'csv-parse';
import type { ChargeItem, PayerRate, PriceFileSink, SourceMeta } from './model.js';
import { FieldReader, splitList } from './values.js';

/**
 * CMS CSV files (v2.0 / v3.0), tall (one row per payer and plan) and wide (one column group
 * per payer and plan). Row 1 names the file's general data, row 2 holds it, row 3 is the
 * header of the charges, rows 4+ are charges. Headers are matched after trimming the spaces
 * around `|` (`code | 1` = `code|1`), case-insensitively but for payer and plan names.
 */

const payerFields = ['negotiated_dollar', 'negotiated_percentage', 'negotiated_algorithm', 'methodology'] as const;
const perPayer = ['median_amount', '10th_percentile', '90th_percentile', 'count', 'additional_payer_notes', 'estimated_amount'] as const;
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

type Row = readonly string[];
type Cells = Record<string, string | undefined>;

interface Layout {
  tall: boolean;
  fixed: Map<string, number>;
  codes: Map<number, { code?: number; type?: number }>;
  /** Wide only: `payer|plan` → field → column. */
  payers: Map<string, { payer: string; plan: string; columns: Map<string, number> }>;
  names: string[];
  /** Tall only: rate field → column (`negotiated_dollar`, `methodology`, `median_amount`…). */
  tallRate: [string, number][];
}

const normalize = (header: string) =>
  header
    .split('|')
    .map((part) => part.trim())
    .join('|');

function layoutOf(header: Row, warn: (column: string, message: string) => void): Layout {
  const layout: Layout = { tall: false, fixed: new Map(), codes: new Map(), payers: new Map(), names: [], tallRate: [] };
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
  layout.tallRate = [...layout.fixed].map(([name, index]) => [name.replace(/^standard_charge\|/, ''), index]);
  return layout;
}

const cellsOf = (row: Row, columns: Iterable<[string, number]>): Cells => {
  const cells: Cells = {};
  for (const [name, index] of columns) cells[name] = row[index];
  return cells;
};

function rateOf(r: FieldReader, payer: string | undefined, plan: string | undefined, c: Cells, prefix: (f: string) => string, notesField: string): PayerRate | undefined {
  const rate: PayerRate = {
    payer: payer ?? '',
    plan: plan ?? '',
    methodology: r.methodology(prefix('methodology'), c.methodology) ?? 'other',
    dollar: r.cents(prefix('negotiated_dollar'), c.negotiated_dollar),
    percentage: r.percentage(prefix('negotiated_percentage'), c.negotiated_percentage),
    algorithm: r.text(prefix('negotiated_algorithm'), c.negotiated_algorithm),
    estimatedAmount: r.cents(prefix('estimated_amount'), c.estimated_amount),
    medianAmount: r.cents(prefix('median_amount'), c.median_amount),
    p10: r.cents(prefix('10th_percentile'), c['10th_percentile']),
    p90: r.cents(prefix('90th_percentile'), c['90th_percentile']),
    count: r.count(prefix('count'), c.count),
    notes: r.text(notesField, c.notes),
  };
  if (!r.failed && rate.dollar === undefined && rate.percentage === undefined && rate.algorithm === undefined) {
    r.error(prefix('negotiated_dollar'), 'a payer rate needs a negotiated dollar amount, percentage or algorithm');
  }
  return r.failed ? undefined : rate;
}

interface ParsedRecord {
  record: string[];
  info: { records: number; lines: number };
}

/**
 * Streams a CMS CSV file through csv-parse: records are read synchronously after each chunk
 * is written (no promise per row), and handed to the sink one by one.
 */
export async function parseCsv(text: AsyncIterable<string>, sink: PriceFileSink & { flush?(): Promise<void> }): Promise<SourceMeta> {
  const parser = parse({ info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_empty_values: true });
  let failure: Error | undefined;
  parser.on('error', (e) => (failure = e));
  const state = { meta: { format: 'csv-wide', locations: [] } as SourceMeta, metaHeader: [] as string[], layout: undefined as Layout | undefined, lineAfter: 1, stop: false };
  const drain = () => {
    let next: ParsedRecord | null;
    while ((next = parser.read() as ParsedRecord | null) !== null) {
      handleRecord(next, state, sink);
      // Rows 1–2 are shorter than the charges; from the header on, hold rows to its width so
      // csv-parse does not build a (relaxed) error object for every row.
      if (next.info.records === 3) (parser as unknown as { state: { expectedRecordLength?: number } }).state.expectedRecordLength = next.record.length;
    }
  };
  for await (const chunk of text) {
    if (failure) break;
    parser.write(chunk);
    drain();
    await sink.flush?.();
  }
  if (!failure) {
    parser.end();
    await new Promise<void>((resolve) => {
      parser.once('end', resolve);
      parser.once('error', () => resolve());
      parser.on('readable', drain);
      drain();
    });
  }
  if (failure) new FieldReader(sink, () => `line ${parser.info.lines}`).error('', `the CSV is broken and was read only up to here: ${failure.message}`);
  if (!state.layout) new FieldReader(sink, () => 'row 3').error('', 'wrong header: the file ends before the header of the charges (row 3)');
  return state.meta;
}

function handleRecord({ record, info }: ParsedRecord, state: { meta: SourceMeta; metaHeader: string[]; layout: Layout | undefined; lineAfter: number; stop: boolean }, sink: PriceFileSink): void {
  const { meta } = state;
  const rowNo = info.records;
  const line = state.lineAfter;
  state.lineAfter = info.lines + 1;
  const at = (column: string) => `row ${rowNo}${line !== rowNo ? ` (line ${line})` : ''}${column ? `, column "${column}"` : ''}`;
  const r = new FieldReader(sink, at);
  if (state.stop) return;
  if (rowNo === 1) {
    state.metaHeader = record.map((h) => normalize(h).toLowerCase());
    for (const required of ['hospital_name', 'last_updated_on', 'version']) {
      if (!state.metaHeader.includes(required)) r.error(required, `wrong header: row 1 must name the file's general data (${required} is missing)`);
    }
    return;
  }
  if (rowNo === 2) {
    const get = (name: string) => record[state.metaHeader.indexOf(name)];
    meta.hospitalName = r.text('hospital_name', get('hospital_name'));
    meta.lastUpdatedOn = r.text('last_updated_on', get('last_updated_on'));
    meta.version = r.text('version', get('version'));
    meta.locations = splitList(get('location_name') ?? get('hospital_location'));
    return;
  }
  if (rowNo === 3) {
    const layout = (state.layout = layoutOf(record, (column, message) => r.warn(column, message)));
    meta.format = layout.tall ? 'csv-tall' : 'csv-wide';
    const missing = ['description', 'setting'].filter((c) => !layout.fixed.has(c));
    if (!layout.codes.get(1)?.code) missing.push('code|1');
    if (!layout.codes.get(1)?.type) missing.push('code|1|type');
    if (layout.tall) missing.push(...['plan_name', 'standard_charge|methodology'].filter((c) => !layout.fixed.has(c)));
    else if (!layout.payers.size && !layout.fixed.has('standard_charge|gross') && !layout.fixed.has('standard_charge|discounted_cash')) {
      missing.push('payer_name (tall) or standard_charge|<payer>|<plan>|… (wide)');
    }
    if (missing.length) {
      r.error('', `wrong header: required column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} missing; the charges were not read`);
      state.stop = true;
    }
    return;
  }
  const l = state.layout!;
  const cell = (name: string) => record[l.fixed.get(name) ?? -1];
  const description = r.text('description', cell('description'), true);
  const setting = r.setting('setting', cell('setting'));
  const modifiers = splitList(cell('modifiers'));
  const codes: ChargeItem['codes'] = [];
  for (const [n, columns] of [...l.codes].sort((a, b) => a[0] - b[0])) {
    const code = r.text(`code|${n}`, record[columns.code ?? -1]);
    if (!code) continue;
    const type = r.codeType(`code|${n}|type`, record[columns.type ?? -1]);
    if (type) codes.push({ code, type });
  }
  const isModifierRow = !codes.length && modifiers.length > 0;
  if (!codes.length && !isModifierRow) r.error('code|1', 'required value is missing');
  const drugAmount = r.number('drug_unit_of_measurement', cell('drug_unit_of_measurement'));
  const drugUnit = r.text('drug_type_of_measurement', cell('drug_type_of_measurement'));
  const item: ChargeItem = {
    description: description ?? '',
    codes,
    setting: setting ?? 'both',
    drug: drugAmount && drugUnit ? { amount: drugAmount, unit: drugUnit } : undefined,
    modifiers,
    grossCharge: r.cents('standard_charge|gross', cell('standard_charge|gross')),
    discountedCash: r.cents('standard_charge|discounted_cash', cell('standard_charge|discounted_cash')),
    minimum: r.cents('standard_charge|min', cell('standard_charge|min')),
    maximum: r.cents('standard_charge|max', cell('standard_charge|max')),
    notes: l.tall ? undefined : r.text('additional_generic_notes', cell('additional_generic_notes')),
    rates: [],
  };
  if (r.failed) return;

  const payerRows: { payer: string | undefined; plan: string | undefined; reader: FieldReader; cells: Cells; prefix: (f: string) => string; notes: string }[] = [];
  if (l.tall) {
    const cells = cellsOf(record, l.tallRate);
    cells.notes = cells.additional_generic_notes;
    const payer = r.text('payer_name', cell('payer_name'));
    const plan = r.text('plan_name', cell('plan_name'));
    if (payer || plan) {
      if (!payer) r.error('payer_name', 'required value is missing');
      if (!plan) r.error('plan_name', 'required value is missing');
      const prefix = (f: string) => (f.startsWith('negotiated') || f === 'methodology' ? `standard_charge|${f}` : f);
      payerRows.push({ payer, plan, reader: r, cells, prefix, notes: 'additional_generic_notes' });
    } else if (!isModifierRow) {
      item.notes = r.text('additional_generic_notes', cell('additional_generic_notes'));
    }
  } else {
    for (const group of l.payers.values()) {
      const cells = cellsOf(record, group.columns);
      if (!Object.values(cells).some((v) => v?.trim())) continue;
      cells.notes = cells.additional_payer_notes;
      const prefix = (f: string) =>
        f.startsWith('negotiated') || f === 'methodology' ? `standard_charge|${group.payer}|${group.plan}|${f}` : `${f}|${group.payer}|${group.plan}`;
      payerRows.push({ payer: group.payer, plan: group.plan, reader: new FieldReader(sink, at), cells, prefix, notes: prefix('additional_payer_notes') });
    }
  }
  if (isModifierRow) {
    const payers = payerRows.flatMap(({ payer, plan, reader, cells, notes }) => {
      const text = reader.text(notes, cells.notes);
      return payer && plan && text ? [{ payer, plan, description: text }] : [];
    });
    if (!r.failed) sink.modifier?.({ code: modifiers.join('|'), description: item.description, setting: item.setting, payers }, at(''));
  } else {
    for (const p of payerRows) {
      const rate = rateOf(p.reader, p.payer, p.plan, p.cells, p.prefix, p.notes);
      if (rate) item.rates.push(rate);
    }
    // In a tall file a bad payer cell drops the row (it is one rate); in a wide one, that payer's rate.
    if (!(l.tall && r.failed)) sink.item(item, at(''));
  }
}
