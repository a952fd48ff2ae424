import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { codeTypes, methodologies } from '../../core/schemas/pricing.js';
import {
  indexSettings,
  priceIndexFormat,
  priceIndexVersion,
  type PriceIndex,
  type RateRow,
  type ServiceRow,
} from '../../adapters/price-index/format.js';
import { categories, categoryOf } from './categories.js';
import type { ChargeItem, PriceFileProblem, PriceFileSink, SourceMeta } from './model.js';
import { itemKey, mergeAmounts } from './parse.js';
import { nameKey, type PlainNames } from './names.js';

/** 32-bit FNV-1a, base 36: a short service id that stays the same when the file is rebuilt. */
const hash = (text: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
};

/**
 * Codes in the order a patient can use them: the widget shows (and `fd-estimate` reports) the
 * first, so CPT/HCPCS/DRG/NDC come before a hospital's own (LOCAL, CDM) and revenue codes.
 */
const codeRank = (type: string): number =>
  type === 'CPT' ? 0 : type === 'HCPCS' ? 1 : type === 'CDT' ? 2 : type.endsWith('DRG') ? 3 : type === 'NDC' ? 4 : type === 'LOCAL' ? 6 : type === 'CDM' ? 7 : type === 'RC' ? 8 : 5;

/** Drops trailing nulls: `[1, 2, null, null]` → `[1, 2]`. */
const trim = <T extends unknown[]>(row: T): T => {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
  return row.slice(0, end).map((v) => v ?? null) as T;
};

export interface IndexSummary {
  items: number;
  services: number;
  rates: number;
  payers: number;
  plans: number;
  modifiers: number;
  errors: number;
  warnings: number;
}

/**
 * A price-file sink that writes the index while the file is read: rates go to the output as
 * they arrive (the bulk of any file); only the services and the dictionaries stay in memory,
 * and are written last. Memory grows with the number of distinct services, not the file.
 */
export class IndexWriter implements PriceFileSink {
  private readonly services: ServiceRow[] = [];
  private readonly serviceIndex = new Map<string, number>();
  private readonly ids = new Set<string>();
  private readonly dollars: { min: number; max: number }[] = [];
  private readonly payers = new Map<string, number>();
  private readonly plans = new Map<string, number>();
  private readonly planRows: [number, string][] = [];
  private readonly texts = new Map<string, number>();
  private readonly codeTypes = new Map<string, number>();
  private pending: string[] = [];
  private pendingBytes = 0;
  private rateCount = 0;
  /** The file being read (several files make one index). */
  private source = 0;
  readonly summary: IndexSummary = { items: 0, services: 0, rates: 0, payers: 0, plans: 0, modifiers: 0, errors: 0, warnings: 0 };

  constructor(
    private readonly out: Writable,
    private readonly onProblem: (problem: PriceFileProblem) => void = () => {},
    private readonly names: PlainNames = new Map(),
  ) {
    this.push(`{"format":${JSON.stringify(priceIndexFormat)},"version":${priceIndexVersion},"rates":[`);
  }

  private push(text: string): void {
    this.pending.push(text);
    this.pendingBytes += text.length;
  }

  private text(value: string | undefined): number | null {
    if (value === undefined) return null;
    let i = this.texts.get(value);
    if (i === undefined) this.texts.set(value, (i = this.texts.size));
    return i;
  }

  private plan(payer: string, plan: string): number {
    const key = `${payer}\u0000${plan}`;
    let i = this.plans.get(key);
    if (i === undefined) {
      let p = this.payers.get(payer);
      if (p === undefined) this.payers.set(payer, (p = this.payers.size));
      this.plans.set(key, (i = this.planRows.length));
      this.planRows.push([p, plan]);
    }
    return i;
  }

  /** Starts the next input file: its services stay apart from the same items of other files. */
  nextSource(): void {
    this.source++;
  }

  private service(item: ChargeItem, where: string): number {
    const key = `${this.source}\u0000${itemKey(item)}`;
    const known = this.serviceIndex.get(key);
    if (known !== undefined) {
      const row = this.services[known];
      const had = { grossCharge: row[4] ?? undefined, discountedCash: row[5] ?? undefined, minimum: row[6] ?? undefined, maximum: row[7] ?? undefined };
      const merged = mergeAmounts(had, item, where, (p) => this.problem(p));
      [row[4], row[5], row[6], row[7]] = [merged.grossCharge ?? null, merged.discountedCash ?? null, merged.minimum ?? null, merged.maximum ?? null];
      row[11] ??= this.text(item.notes);
      return known;
    }
    let id = `s${hash(key)}`;
    for (let n = 2; this.ids.has(id); n++) id = `s${hash(key)}-${n}`;
    this.ids.add(id);
    const codes = [...item.codes].sort((a, b) => codeRank(a.type) - codeRank(b.type)).flatMap((c) => {
      let t = this.codeTypes.get(c.type);
      if (t === undefined) this.codeTypes.set(c.type, (t = this.codeTypes.size));
      return [t, c.code];
    });
    const named = item.codes.map((c) => this.names.get(nameKey(c))).find(Boolean);
    const category = categories.findIndex(([cid]) => cid === (named?.category ?? categoryOf(item.codes)));
    const i = this.services.length;
    this.services.push([
      id,
      item.description,
      codes,
      indexSettings.indexOf(item.setting) as 0 | 1 | 2,
      item.grossCharge ?? null,
      item.discountedCash ?? null,
      item.minimum ?? null,
      item.maximum ?? null,
      category,
      item.drug?.amount ?? null,
      item.drug?.unit ?? null,
      this.text(item.notes),
      named?.plainName ?? null,
      this.source || null,
    ]);
    this.serviceIndex.set(key, i);
    this.dollars.push({ min: Infinity, max: -Infinity });
    return i;
  }

  /** Cuts a text to the length the pricing schema accepts (the browser refuses longer ones). */
  private clip<T extends string | undefined>(text: T, max: number, where: string, field: string): T {
    if (text === undefined || text.length <= max) return text;
    this.problem({ where, message: `${field} is longer than ${max} characters: shortened`, severity: 'warning' });
    return `${text.slice(0, max - 1)}…` as T;
  }

  item(input: ChargeItem, where: string): void {
    this.summary.items++;
    const item: ChargeItem = {
      ...input,
      description: this.clip(input.description, 2000, where, 'description'),
      notes: this.clip(input.notes, 4000, where, 'additional_generic_notes'),
      codes: input.codes.filter((c) => c.code.length <= 40),
      modifiers: input.modifiers.filter((m) => m.length <= 40),
    };
    if (item.codes.length < input.codes.length) this.problem({ where, message: 'a code longer than 40 characters was left out', severity: 'warning' });
    if (!item.codes.length) return;
    const s = this.service(item, where);
    for (const original of item.rates) {
      const rate = { ...original, algorithm: this.clip(original.algorithm, 4000, where, 'standard_charge_algorithm'), notes: this.clip(original.notes, 4000, where, 'additional_payer_notes') };
      const known = [rate.p10, rate.medianAmount, rate.p90].filter((v) => v !== undefined);
      if (known.some((v, i) => i > 0 && v < known[i - 1])) {
        this.problem({ where, message: `${rate.payer} ${rate.plan}: percentiles out of order (10th ≤ median ≤ 90th): left out`, severity: 'warning' });
        rate.p10 = rate.medianAmount = rate.p90 = undefined;
      }
      if (rate.count !== undefined && rate.count.length > 40) rate.count = undefined;
      if (rate.dollar !== undefined) {
        const d = this.dollars[s];
        d.min = Math.min(d.min, rate.dollar);
        d.max = Math.max(d.max, rate.dollar);
      }
      const row: RateRow = [
        s,
        this.plan(rate.payer, rate.plan),
        methodologies.indexOf(rate.methodology),
        rate.dollar ?? null,
        rate.percentage ?? null,
        this.text(rate.algorithm),
        rate.estimatedAmount ?? null,
        rate.medianAmount ?? null,
        rate.p10 ?? null,
        rate.p90 ?? null,
        this.text(rate.count),
        this.text(rate.notes),
        item.modifiers.length ? item.modifiers.join('|') : null,
      ];
      this.push(`${this.rateCount++ ? ',' : ''}${JSON.stringify(trim(row))}`);
    }
  }

  modifier(): void {
    this.summary.modifiers++;
  }

  problem(problem: PriceFileProblem): void {
    if (problem.severity === 'error') this.summary.errors++;
    else this.summary.warnings++;
    this.onProblem(problem);
  }

  /** Writes what is buffered once it is worth a write, waiting for the output to drain. */
  async flush(force = false): Promise<void> {
    if (!force && this.pendingBytes < 1 << 16) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.pendingBytes = 0;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  /** Writes the services, the dictionaries and the sources (one per file read), and closes the output. */
  async finish(files: readonly { meta: SourceMeta; fileName: string; url?: string }[]): Promise<IndexSummary> {
    this.push('],"services":[');
    for (const [i, row] of this.services.entries()) {
      const d = this.dollars[i];
      if (row[6] == null && Number.isFinite(d.min)) row[6] = d.min;
      if (row[7] == null && Number.isFinite(d.max)) row[7] = d.max;
      if (row[6] != null && row[7] != null && row[6] > row[7]) {
        this.problem({ where: `service "${row[1]}"`, message: 'standard_charge|min is above standard_charge|max: both left out', severity: 'warning' });
        row[6] = row[7] = null;
      }
      this.push(`${i ? ',' : ''}${JSON.stringify(trim(row))}`);
      await this.flush();
    }
    await this.flush(true);
    const tail: Omit<PriceIndex, 'format' | 'version' | 'rates' | 'services'> = {
      sources: files.map(({ meta, fileName, url }) => ({
        fileName,
        lastUpdatedOn: meta.lastUpdatedOn ?? '',
        version: meta.version ?? '',
        ...(meta.hospitalName ? { hospitalName: meta.hospitalName } : {}),
        ...(url ? { url } : {}),
        fileFormat: meta.format,
        ...(meta.locations.length ? { locations: meta.locations } : {}),
      })),
      settings: indexSettings,
      codeTypes: [...this.codeTypes.keys()].filter((t): t is (typeof codeTypes)[number] => (codeTypes as readonly string[]).includes(t)),
      methodologies: [...methodologies],
      payers: [...this.payers.keys()],
      plans: this.planRows,
      categories: categories.map(([id, name]) => [id, name]),
      texts: [...this.texts.keys()],
      problems: { errors: this.summary.errors, warnings: this.summary.warnings },
    };
    this.push(`],${JSON.stringify(tail).slice(1)}`);
    await this.flush(true);
    this.out.end();
    await once(this.out, 'finish');
    Object.assign(this.summary, { services: this.services.length, rates: this.rateCount, payers: this.payers.size, plans: this.planRows.length });
    return this.summary;
  }
}
