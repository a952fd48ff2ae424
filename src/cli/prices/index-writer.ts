import { codeTypes, methodologies } from '../../core/schemas/pricing.js';
import { indexSettings, type PriceIndexSource, type ServiceRow } from '../../adapters/price-index/format.js';
import { categories, categoryOf } from './categories.js';
import type { ChargeItem, PayerRate, PriceFileProblem, PriceFileSink, SourceMeta } from './model.js';
import { itemKey, mergeAmounts } from './parse.js';
import { nameKey, type PlainNames } from './names.js';
import { writeShardedIndex, type WrittenIndex } from './shards.js';
import { RateSpill } from './spill.js';

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

/** A value as a number of the spill: NaN for none. */
const n = (v: number | null | undefined): number => (v === undefined || v === null ? NaN : v);

/**
 * A copy of `text` that holds no reference to the chunk it was cut from: the CSV scanner's cells
 * are slices of a 256 KB chunk, and a service name kept for the whole build must not keep its
 * chunk alive (memory would grow with the file).
 */
const own = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

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
 * A price-file sink that builds the sharded index while the file is read: rates (the bulk of
 * any file) go to a spill on disk as they arrive; only the services and the dictionaries stay
 * in memory. `finish` writes the shards, the search part and the manifest (shards.ts). Memory
 * grows with the number of distinct services, not the file.
 */
export class IndexWriter implements PriceFileSink {
  private readonly services: ServiceRow[] = [];
  private readonly serviceIndex = new Map<string, number>();
  private readonly ids = new Set<string>();
  private readonly dollars: { min: number; max: number }[] = [];
  private readonly payers = new Map<string, number>();
  /** Payer → plan → index into `planRows`. */
  private readonly plans = new Map<string, Map<string, number>>();
  private readonly planRows: [number, string][] = [];
  private readonly texts = new Map<string, number>();
  private readonly codeTypes = new Map<string, number>();
  private readonly spill = new RateSpill();
  private rateCount = 0;
  /** The file being read (several files make one index). */
  private source = 0;
  readonly summary: IndexSummary = { items: 0, services: 0, rates: 0, payers: 0, plans: 0, modifiers: 0, errors: 0, warnings: 0 };

  constructor(
    private readonly onProblem: (problem: PriceFileProblem) => void = () => {},
    private readonly names: PlainNames = new Map(),
  ) {}

  private text(value: string | undefined): number | null {
    if (value === undefined) return null;
    let i = this.texts.get(value);
    if (i === undefined) this.texts.set(own(value), (i = this.texts.size));
    return i;
  }

  private plan(payer: string, plan: string): number {
    let plans = this.plans.get(payer);
    if (!plans) this.plans.set(own(payer), (plans = new Map<string, number>()));
    let i = plans.get(plan);
    if (i === undefined) {
      let p = this.payers.get(payer);
      if (p === undefined) this.payers.set(own(payer), (p = this.payers.size));
      plans.set(own(plan), (i = this.planRows.length));
      this.planRows.push([p, own(plan)]);
    }
    return i;
  }

  /** Starts the next input file: its services stay apart from the same items of other files. */
  nextSource(): void {
    this.source++;
    this.last = undefined;
  }

  /**
   * The last item the parser handed in and its service: a tall file hands the same item (the
   * same arrays) row after row, which then skips the key, the merge and the clean-up.
   */
  private last?: { input: ChargeItem; service: number; modifiers: number };

  private sameAsLast(item: ChargeItem): number | undefined {
    const last = this.last?.input;
    if (!last || last.codes !== item.codes || last.modifiers !== item.modifiers || last.drug !== item.drug) return undefined;
    const same =
      last.description === item.description &&
      last.setting === item.setting &&
      last.grossCharge === item.grossCharge &&
      last.discountedCash === item.discountedCash &&
      last.minimum === item.minimum &&
      last.maximum === item.maximum &&
      last.notes === item.notes;
    return same ? this.last?.service : undefined;
  }

  private findService(item: ChargeItem, where: string): number {
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
      return [t, own(c.code)];
    });
    const named = item.codes.map((c) => this.names.get(nameKey(c))).find(Boolean);
    const category = categories.findIndex(([cid]) => cid === (named?.category ?? categoryOf(item.codes)));
    const i = this.services.length;
    this.services.push([
      id,
      own(item.description),
      codes,
      indexSettings.indexOf(item.setting) as 0 | 1 | 2,
      item.grossCharge ?? null,
      item.discountedCash ?? null,
      item.minimum ?? null,
      item.maximum ?? null,
      category,
      item.drug?.amount ?? null,
      item.drug ? own(item.drug.unit) : null,
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
    let s = this.sameAsLast(input);
    let modifiers = this.last?.modifiers ?? NaN;
    if (s === undefined) {
      const problems = this.summary.errors + this.summary.warnings;
      const item: ChargeItem = {
        ...input,
        description: this.clip(input.description, 2000, where, 'description'),
        notes: this.clip(input.notes, 4000, where, 'additional_generic_notes'),
        codes: input.codes.filter((c) => c.code.length <= 40),
        modifiers: input.modifiers.filter((m) => m.length <= 40),
      };
      if (item.codes.length < input.codes.length) this.problem({ where, message: 'a code longer than 40 characters was left out', severity: 'warning' });
      if (!item.codes.length) return;
      s = this.findService(item, where);
      modifiers = item.modifiers.length ? this.text(item.modifiers.join('|')) ?? NaN : NaN;
      this.last = problems === this.summary.errors + this.summary.warnings ? { input, service: s, modifiers } : undefined;
    }
    for (const original of input.rates) this.rate(s, original, modifiers, where);
  }

  private rate(s: number, rate: PayerRate, modifiers: number, where: string): void {
    let { p10, medianAmount: median, p90, count } = rate;
    if (p10 !== undefined || median !== undefined || p90 !== undefined) {
      const known = [p10, median, p90].filter((v) => v !== undefined);
      if (known.some((v, i) => i > 0 && v < known[i - 1])) {
        this.problem({ where, message: `${rate.payer} ${rate.plan}: percentiles out of order (10th ≤ median ≤ 90th): left out`, severity: 'warning' });
        p10 = median = p90 = undefined;
      }
    }
    if (count !== undefined && count.length > 40) count = undefined;
    const dollar = rate.dollar;
    if (dollar !== undefined) {
      const d = this.dollars[s];
      if (dollar < d.min) d.min = dollar;
      if (dollar > d.max) d.max = dollar;
    }
    this.rateCount++;
    const at = this.spill.row(s);
    const buffer = this.spill.buffer;
    buffer[at] = s;
    buffer[at + 1] = this.plan(rate.payer, rate.plan);
    buffer[at + 2] = methodologies.indexOf(rate.methodology);
    buffer[at + 3] = n(dollar);
    buffer[at + 4] = n(rate.percentage);
    buffer[at + 5] = n(this.text(this.clip(rate.algorithm, 4000, where, 'standard_charge_algorithm')));
    buffer[at + 6] = n(rate.estimatedAmount);
    buffer[at + 7] = n(median);
    buffer[at + 8] = n(p10);
    buffer[at + 9] = n(p90);
    buffer[at + 10] = n(this.text(count));
    buffer[at + 11] = n(this.text(this.clip(rate.notes, 4000, where, 'additional_payer_notes')));
    buffer[at + 12] = modifiers;
  }

  /** Lets the spill's writes catch up (the parsers call it after each chunk). */
  flush(): Promise<void> {
    return this.spill.flush();
  }

  modifier(): void {
    this.summary.modifiers++;
  }

  problem(problem: PriceFileProblem): void {
    if (problem.severity === 'error') this.summary.errors++;
    else this.summary.warnings++;
    this.onProblem(problem);
  }

  /**
   * Writes the charge shards, the search part and the manifest at `output` (the sources are
   * the files read, in order), and removes the spill.
   */
  async finish(output: string, files: readonly { meta: SourceMeta; fileName: string; url?: string }[], shardBytes?: number): Promise<{ summary: IndexSummary; written: WrittenIndex }> {
    try {
      await this.spill.flush(0);
      for (const [i, row] of this.services.entries()) {
        const d = this.dollars[i];
        if (row[6] == null && Number.isFinite(d.min)) row[6] = d.min;
        if (row[7] == null && Number.isFinite(d.max)) row[7] = d.max;
        if (row[6] != null && row[7] != null && row[6] > row[7]) {
          this.problem({ where: `service "${row[1]}"`, message: 'standard_charge|min is above standard_charge|max: both left out', severity: 'warning' });
          row[6] = row[7] = null;
        }
      }
      const sources: PriceIndexSource[] = files.map(({ meta, fileName, url }) => ({
        fileName,
        lastUpdatedOn: meta.lastUpdatedOn ?? '',
        version: meta.version ?? '',
        ...(meta.hospitalName ? { hospitalName: meta.hospitalName } : {}),
        ...(url ? { url } : {}),
        fileFormat: meta.format,
        ...(meta.locations.length ? { locations: meta.locations } : {}),
      }));
      this.tally();
      const written = await writeShardedIndex(output, {
        sources,
        codeTypes: [...this.codeTypes.keys()].filter((t): t is (typeof codeTypes)[number] => (codeTypes as readonly string[]).includes(t)),
        payers: [...this.payers.keys()],
        plans: this.planRows,
        categories: categories.map(([id, name]) => [id, name]),
        texts: [...this.texts.keys()],
        services: this.services,
        spill: this.spill,
        problems: { errors: this.summary.errors, warnings: this.summary.warnings },
      }, shardBytes);
      return { summary: this.summary, written };
    } finally {
      this.spill.remove();
    }
  }

  /** Rates read so far. */
  get rates(): number {
    return this.rateCount;
  }

  /** Counts services, rates, payers and plans into the summary. */
  tally(): IndexSummary {
    return Object.assign(this.summary, { services: this.services.length, rates: this.rateCount, payers: this.payers.size, plans: this.planRows.length });
  }

  /** Removes the spill of a build that writes nothing. */
  abort(): void {
    this.spill.remove();
  }
}
