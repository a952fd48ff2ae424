import { layoutOf, normalize, type Layout } from './csv-layout.js';
import { CsvBrokenError, CsvScanner, type CsvRecordInfo, type Row } from './csv-scan.js';
import type { ChargeItem, PayerRate, PriceFileSink, SourceMeta } from './model.js';
import { FieldReader, splitList } from './values.js';

/**
 * CMS CSV files (v2.0 / v3.0), tall (one row per payer and plan) and wide (one column group
 * per payer and plan). Row 1 names the file's general data, row 2 holds it, row 3 is the
 * header of the charges (see csv-layout.ts), rows 4+ are charges.
 */

/**
 * The columns of one payer's rate (a tall file: the row's rate columns; a wide one: one column
 * group per payer and plan) and their names for problems, found once per file (-1: absent).
 */
interface RateColumns {
  payer?: string;
  plan?: string;
  methodology: number;
  dollar: number;
  percentage: number;
  algorithm: number;
  estimated: number;
  median: number;
  p10: number;
  p90: number;
  count: number;
  notes: number;
  /** Every column of the group: a wide row with none of them filled has no rate for that plan. */
  all: number[];
  name: Record<'methodology' | 'dollar' | 'percentage' | 'algorithm' | 'estimated' | 'median' | 'p10' | 'p90' | 'count' | 'notes', string>;
}

function rateColumns(columns: ReadonlyMap<string, number>, column: (field: string) => string, notes: string, group?: { payer: string; plan: string }): RateColumns {
  const at = (field: string) => columns.get(field) ?? -1;
  return {
    ...group,
    methodology: at('methodology'),
    dollar: at('negotiated_dollar'),
    percentage: at('negotiated_percentage'),
    algorithm: at('negotiated_algorithm'),
    estimated: at('estimated_amount'),
    median: at('median_amount'),
    p10: at('10th_percentile'),
    p90: at('90th_percentile'),
    count: at('count'),
    notes: at(notes),
    all: [...columns.values()],
    name: {
      methodology: column('methodology'),
      dollar: column('negotiated_dollar'),
      percentage: column('negotiated_percentage'),
      algorithm: column('negotiated_algorithm'),
      estimated: column('estimated_amount'),
      median: column('median_amount'),
      p10: column('10th_percentile'),
      p90: column('90th_percentile'),
      count: column('count'),
      notes: column(notes),
    },
  };
}

const tallColumns = (l: Layout): RateColumns =>
  rateColumns(new Map(l.tallRate), (f) => (f.startsWith('negotiated') || f === 'methodology' ? `standard_charge|${f}` : f), 'additional_generic_notes');

const wideColumns = (group: { payer: string; plan: string; columns: ReadonlyMap<string, number> }): RateColumns =>
  rateColumns(
    group.columns,
    (f) => (f.startsWith('negotiated') || f === 'methodology' ? `standard_charge|${group.payer}|${group.plan}|${f}` : `${f}|${group.payer}|${group.plan}`),
    'additional_payer_notes',
    group,
  );

/**
 * `row[i]`, undefined for an absent column (-1): `row[-1]` would look the property "-1" up on
 * the array's prototypes, for each absent rate column of every rate.
 */
const cellAt = (row: Row, i: number): string | undefined => (i < 0 ? undefined : row[i]);

function rateOf(r: FieldReader, payer: string | undefined, plan: string | undefined, row: Row, c: RateColumns): PayerRate | undefined {
  const { name } = c;
  const rate: PayerRate = {
    payer: payer ?? '',
    plan: plan ?? '',
    methodology: r.methodology(name.methodology, cellAt(row, c.methodology)) ?? 'other',
    dollar: r.cents(name.dollar, cellAt(row, c.dollar)),
    percentage: r.percentage(name.percentage, cellAt(row, c.percentage)),
    algorithm: r.text(name.algorithm, cellAt(row, c.algorithm)),
    estimatedAmount: r.cents(name.estimated, cellAt(row, c.estimated)),
    medianAmount: r.cents(name.median, cellAt(row, c.median)),
    p10: r.cents(name.p10, cellAt(row, c.p10)),
    p90: r.cents(name.p90, cellAt(row, c.p90)),
    count: r.count(name.count, cellAt(row, c.count)),
    notes: r.text(name.notes, cellAt(row, c.notes)),
  };
  if (!r.failed && rate.dollar === undefined && rate.percentage === undefined && rate.algorithm === undefined) {
    r.error(name.dollar, 'a payer rate needs a negotiated dollar amount, percentage or algorithm');
  }
  return r.failed ? undefined : rate;
}

interface CsvState {
  meta: SourceMeta;
  metaHeader: string[];
  layout: Layout | undefined;
  stop: boolean;
  /** Tall files: the last row and the item read from it without a problem. */
  memo?: { record: Row; item: ChargeItem };
  /** The rate columns: one group (tall) or one per payer and plan (wide). */
  rates?: RateColumns[];
}

/** Streams a CMS CSV file through the record scanner, handing items to the sink one by one. */
export async function parseCsv(text: AsyncIterable<string>, sink: PriceFileSink & { flush?(): Promise<void> }): Promise<SourceMeta> {
  const state: CsvState = { meta: { format: 'csv-wide', locations: [] }, metaHeader: [], layout: undefined, stop: false };
  const scanner = new CsvScanner((cells, info) => handleRecord(cells, info, state, sink));
  try {
    for await (const chunk of text) {
      scanner.write(chunk);
      await sink.flush?.();
    }
    scanner.end();
  } catch (e) {
    if (!(e instanceof CsvBrokenError)) throw e;
    new FieldReader(sink, () => `line ${e.line}`).error('', `the CSV is broken and was read only up to here: ${e.message}`);
  }
  if (!state.layout) new FieldReader(sink, () => 'row 3').error('', 'wrong header: the file ends before the header of the charges (row 3)');
  return state.meta;
}

/** Whether any of `columns` holds more than blanks (a wide row's rate for a plan). */
function filled(record: Row, columns: readonly number[]): boolean {
  for (const c of columns) {
    const cell = record[c];
    if (!cell) continue;
    const first = cell.charCodeAt(0);
    if ((first > 32 && first < 127) || cell.trim()) return true;
  }
  return false;
}

/** Whether two tall rows describe the same item (their item cells are equal). */
const sameItem = (a: Row, b: Row, columns: readonly number[]): boolean => {
  for (const c of columns) if (a[c] !== b[c]) return false;
  return true;
};

function readItem(record: Row, l: Layout, r: FieldReader): ChargeItem | undefined {
  const cell = (name: string) => cellAt(record, l.fixed.get(name) ?? -1);
  const description = r.text('description', cell('description'), true);
  const setting = r.setting('setting', cell('setting'));
  const modifiers = splitList(cell('modifiers'));
  const codes: ChargeItem['codes'] = [];
  for (const { n, code: codeColumn, type: typeColumn } of l.codeList) {
    const code = r.text(`code|${n}`, record[codeColumn]);
    if (!code) continue;
    const type = r.codeType(`code|${n}|type`, record[typeColumn]);
    if (type) codes.push({ code, type });
  }
  if (!codes.length && !modifiers.length) r.error('code|1', 'required value is missing');
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
  return r.failed ? undefined : item;
}

function handleRecord(record: Row, { row: rowNo, line }: CsvRecordInfo, state: CsvState, sink: PriceFileSink): void {
  const { meta } = state;
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
  const cell = (name: string) => cellAt(record, l.fixed.get(name) ?? -1);
  let item: ChargeItem | undefined;
  if (l.tall) {
    if (state.memo && sameItem(state.memo.record, record, l.itemColumns)) item = { ...state.memo.item, rates: [] };
    else {
      item = readItem(record, l, r);
      state.memo = item && !r.problems ? { record, item: { ...item } } : undefined;
    }
  } else item = readItem(record, l, r);
  if (!item) return;
  const isModifierRow = !item.codes.length;

  const payerRows: { payer: string | undefined; plan: string | undefined; reader: FieldReader; columns: RateColumns }[] = [];
  if (l.tall) {
    const payer = r.text('payer_name', cell('payer_name'));
    const plan = r.text('plan_name', cell('plan_name'));
    if (payer || plan) {
      if (!payer) r.error('payer_name', 'required value is missing');
      if (!plan) r.error('plan_name', 'required value is missing');
      payerRows.push({ payer, plan, reader: r, columns: (state.rates ??= [tallColumns(l)])[0] });
    } else if (!isModifierRow) {
      item.notes = r.text('additional_generic_notes', cell('additional_generic_notes'));
    }
  } else {
    for (const columns of (state.rates ??= [...l.payers.values()].map(wideColumns))) {
      if (filled(record, columns.all)) payerRows.push({ payer: columns.payer, plan: columns.plan, reader: new FieldReader(sink, at), columns });
    }
  }
  if (isModifierRow) {
    const payers = payerRows.flatMap(({ payer, plan, reader, columns }) => {
      const text = reader.text(columns.name.notes, record[columns.notes]);
      return payer && plan && text ? [{ payer, plan, description: text }] : [];
    });
    if (!r.failed) sink.modifier?.({ code: item.modifiers.join('|'), description: item.description, setting: item.setting, payers }, at(''));
  } else {
    for (const p of payerRows) {
      const rate = rateOf(p.reader, p.payer, p.plan, record, p.columns);
      if (rate) item.rates.push(rate);
    }
    // In a tall file a bad payer cell drops the row (it is one rate); in a wide one, that payer's rate.
    if (!(l.tall && r.failed)) sink.item(item, at(''));
  }
}
