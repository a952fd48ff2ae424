import type { ChargeItem, ModifierInfo, PayerRate, PriceFileSink, SourceMeta } from './model.js';
import { JsonBrokenError, JsonScanner } from './json-scan.js';
import { FieldReader } from './values.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);

/** A reader whose field names are JSON paths below `base`. */
const reader = (sink: PriceFileSink, base: string) => new FieldReader(sink, (field) => (field ? `${base}.${field}` : base));

function parseRate(sink: PriceFileSink, path: string, value: unknown): PayerRate | undefined {
  const r = reader(sink, path);
  if (!isObject(value)) return r.error('', 'expected an object');
  const payer = r.text('payer_name', value.payer_name, true);
  const plan = r.text('plan_name', value.plan_name, true);
  const methodology = r.methodology('methodology', value.methodology);
  const rate: PayerRate = {
    payer: payer ?? '',
    plan: plan ?? '',
    methodology: methodology ?? 'other',
    dollar: r.cents('standard_charge_dollar', value.standard_charge_dollar),
    percentage: r.percentage('standard_charge_percentage', value.standard_charge_percentage),
    algorithm: r.text('standard_charge_algorithm', value.standard_charge_algorithm),
    estimatedAmount: r.cents('estimated_amount', value.estimated_amount),
    medianAmount: r.cents('median_amount', value.median_amount),
    p10: r.cents('10th_percentile', value['10th_percentile']),
    p90: r.cents('90th_percentile', value['90th_percentile']),
    count: r.count('count', value.count),
    notes: r.text('additional_payer_notes', value.additional_payer_notes),
  };
  if (!r.failed && rate.dollar === undefined && rate.percentage === undefined && rate.algorithm === undefined) {
    r.error('', 'a payer rate needs standard_charge_dollar, standard_charge_percentage or standard_charge_algorithm');
  }
  return r.failed ? undefined : rate;
}

/** One `standard_charge_information[i]` → one item per `standard_charges[j]` (one per setting). */
function parseItem(sink: PriceFileSink, path: string, value: unknown): void {
  const r = reader(sink, path);
  if (!isObject(value)) return r.error('', 'expected an object');
  const description = r.text('description', value.description, true);
  const codes: ChargeItem['codes'] = [];
  const codeList = list(value.code_information);
  if (!codeList?.length) r.error('code_information', 'required: at least one code');
  codeList?.forEach((entry, i) => {
    const c = reader(sink, `${path}.code_information[${i}]`);
    const code = isObject(entry) ? c.text('code', entry.code) : undefined;
    const type = isObject(entry) ? c.codeType('type', entry.type) : undefined;
    if (!code) c.warn('code', 'empty code: left out');
    else if (type) codes.push({ code, type });
  });
  if (!r.failed && !codes.length) r.error('code_information', 'no usable code');
  let drug: ChargeItem['drug'];
  if (isObject(value.drug_information)) {
    const amount = r.number('drug_information.unit', value.drug_information.unit);
    const unit = r.text('drug_information.type', value.drug_information.type);
    if (amount && unit) drug = { amount, unit };
  } else if (codes.some((c) => c.type === 'NDC')) r.warn('drug_information', 'an NDC item should say its drug unit and type');
  const charges = list(value.standard_charges);
  if (!charges?.length) r.error('standard_charges', 'required: at least one standard charge');
  if (r.failed || !description) return;
  charges?.forEach((charge, j) => {
    const cpath = `${path}.standard_charges[${j}]`;
    const c = reader(sink, cpath);
    if (!isObject(charge)) return c.error('', 'expected an object');
    const setting = c.setting('setting', charge.setting);
    const item: ChargeItem = {
      description,
      codes,
      setting: setting ?? 'both',
      drug,
      modifiers: (list(charge.modifier_code) ?? []).filter((m): m is string => typeof m === 'string'),
      grossCharge: c.cents('gross_charge', charge.gross_charge),
      discountedCash: c.cents('discounted_cash', charge.discounted_cash),
      minimum: c.cents('minimum', charge.minimum),
      maximum: c.cents('maximum', charge.maximum),
      notes: c.text('additional_generic_notes', charge.additional_generic_notes),
      rates: [],
    };
    if (c.failed) return;
    list(charge.payers_information)?.forEach((payer, k) => {
      const rate = parseRate(sink, `${cpath}.payers_information[${k}]`, payer);
      if (rate) item.rates.push(rate);
    });
    sink.item(item, cpath);
  });
}

function parseModifier(sink: PriceFileSink, path: string, value: unknown): void {
  const r = reader(sink, path);
  if (!isObject(value)) return r.error('', 'expected an object');
  const code = r.text('code', value.code, true);
  const description = r.text('description', value.description, true);
  const setting = value.setting === undefined ? undefined : r.setting('setting', value.setting);
  const payers: ModifierInfo['payers'] = [];
  list(value.modifier_payer_information)?.forEach((entry, i) => {
    const p = reader(sink, `${path}.modifier_payer_information[${i}]`);
    if (!isObject(entry)) return p.error('', 'expected an object');
    const payer = p.text('payer_name', entry.payer_name, true);
    const plan = p.text('plan_name', entry.plan_name, true);
    const text = p.text('description', entry.description, true);
    if (payer && plan && text) payers.push({ payer, plan, description: text });
  });
  if (!r.failed && code && description) sink.modifier?.({ code, description, setting, payers }, path);
}

/**
 * Streams a CMS JSON file (v2.0 / v3.0) through the scanner (json-scan.ts): each
 * `standard_charge_information` element is checked and handed to the sink as soon as it is
 * complete, then dropped, so memory stays flat however long the file is. A syntax error ends
 * the parse (a JSON stream cannot be resynchronised) and is reported with its position;
 * everything before it is kept.
 */
export async function parseJson(text: AsyncIterable<string>, sink: PriceFileSink & { flush?(): Promise<void> }): Promise<SourceMeta> {
  const meta: SourceMeta = { format: 'json', locations: [] };
  const top = reader(sink, '$');
  let seenItems = false;
  const scanner = new JsonScanner(new Set(['standard_charge_information', 'modifier_information']), {
    element(key, index, value) {
      if (key === 'standard_charge_information') {
        seenItems = true;
        parseItem(sink, `$.standard_charge_information[${index}]`, value);
      } else parseModifier(sink, `$.modifier_information[${index}]`, value);
    },
    member(key, value) {
      if (key === 'hospital_name') meta.hospitalName = top.text(key, value);
      else if (key === 'last_updated_on') meta.lastUpdatedOn = top.text(key, value);
      else if (key === 'version') meta.version = top.text(key, value);
      else if ((key === 'location_name' || key === 'hospital_location') && Array.isArray(value)) {
        meta.locations = value.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
      }
    },
  });
  let failed: Error | undefined;
  try {
    for await (const chunk of text) {
      scanner.write(chunk);
      await sink.flush?.();
    }
    scanner.end();
  } catch (err) {
    if (!(err instanceof JsonBrokenError)) throw err;
    failed = err;
  }
  if (failed) top.error('', `the JSON is broken and was read only up to the error: ${failed.message}`);
  if (!seenItems && !failed) top.error('standard_charge_information', 'required: the list of standard charges is missing or empty');
  return meta;
}
