import { careSettings, codeTypes, methodologies } from '../../core/schemas/pricing.js';
import type { CareSetting, CodeType, Methodology, PriceFileSink } from './model.js';

/**
 * Field readers shared by the JSON and CSV parsers: each reads one value, reports what is
 * wrong with it (naming the row/column or JSON path) and marks the record `failed` when a
 * required value is missing or unreadable, so the caller drops just that record.
 */
/** What real files write for "no value" (`N/A`, `-`, `null`…): read as empty, not as an error. */
const placeholder = /^(n\/?a|none|null|-+|\.)$/i;

/** Text that is already clean: no leading, trailing or repeated white space (most cells). */
const clean = /^\S+(?: \S+)*$/;
const plainNumber = /^\d+(?:\.\d+)?$/;
const knownMethodologies: ReadonlySet<string> = new Set(methodologies);

export class FieldReader {
  failed = false;
  /** How many problems this reader reported. */
  problems = 0;

  constructor(
    private readonly sink: PriceFileSink,
    /** Names a field for a message: `row 14, column "standard_charge|gross"` or `$.…gross_charge`. */
    readonly where: (field: string) => string,
  ) {}

  error(field: string, message: string): undefined {
    this.failed = true;
    this.problems++;
    this.sink.problem({ where: this.where(field), message, severity: 'error' });
    return undefined;
  }

  warn(field: string, message: string): void {
    this.problems++;
    this.sink.problem({ where: this.where(field), message, severity: 'warning' });
  }

  text(field: string, value: unknown, required = false): string | undefined {
    if (value === undefined || value === null || value === '') return required ? this.error(field, 'required value is missing') : undefined;
    if (typeof value !== 'string' && typeof value !== 'number') return this.error(field, `expected text, found ${typeof value}`);
    const text = typeof value === 'string' && clean.test(value) ? value : String(value).replace(/\s+/g, ' ').trim();
    if (!text || (!required && placeholder.test(text))) return required ? this.error(field, 'required value is missing') : undefined;
    return text;
  }

  /** A dollar amount (number, or text such as `1200`, `$1,200.50`) → integer cents. */
  cents(field: string, value: unknown, required = false): number | undefined {
    const dollars = this.number(field, value, required);
    return dollars === undefined ? undefined : Math.round(dollars * 100);
  }

  number(field: string, value: unknown, required = false): number | undefined {
    if (typeof value === 'string' && plainNumber.test(value)) return Number(value);
    if (value === undefined || value === null || (typeof value === 'string' && (!value.trim() || placeholder.test(value.trim())))) {
      return required ? this.error(field, 'required value is missing') : undefined;
    }
    let n: number;
    if (typeof value === 'number') n = value;
    else if (typeof value === 'string') {
      const cleaned = value.trim().replace(/^\$/, '').replace(/,(?=\d{3}(\D|$))/g, '');
      n = /^\d+(\.\d+)?$|^\.\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
    } else n = Number.NaN;
    if (!Number.isFinite(n)) return this.error(field, `not a number: ${JSON.stringify(value)}`);
    if (n < 0) return this.error(field, `must not be negative: ${JSON.stringify(value)}`);
    return n;
  }

  /** A percentage as published (`80`, `80%`, `62.5`). */
  percentage(field: string, value: unknown): number | undefined {
    return this.number(field, typeof value === 'string' ? value.trim().replace(/\s*%$/, '') : value);
  }

  setting(field: string, value: unknown): CareSetting | undefined {
    const text = this.text(field, value, true)?.toLowerCase();
    if (text === undefined) return undefined;
    return (careSettings as readonly string[]).includes(text) ? (text as CareSetting) : this.error(field, `unknown setting ${JSON.stringify(text)} (inpatient, outpatient or both)`);
  }

  methodology(field: string, value: unknown): Methodology | undefined {
    // Most files write the template's words as they are.
    if (typeof value === 'string' && knownMethodologies.has(value)) return value as Methodology;
    const text = this.text(field, value, true)?.toLowerCase();
    if (text === undefined) return undefined;
    return (methodologies as readonly string[]).includes(text) ? (text as Methodology) : this.error(field, `unknown methodology ${JSON.stringify(text)}`);
  }

  /** A code type; an unknown one is reported and the code left out (returns undefined without failing the record). */
  codeType(field: string, value: unknown): CodeType | undefined {
    const text = this.text(field, value)?.toUpperCase();
    if (text === undefined) {
      this.warn(field, 'code without a type: left out');
      return undefined;
    }
    if ((codeTypes as readonly string[]).includes(text)) return text as CodeType;
    this.warn(field, `unknown code type ${JSON.stringify(text)}: code left out`);
    return undefined;
  }

  /** `count` of v3.0: `0`, `1 through 10` or a whole number ≥ 11. */
  count(field: string, value: unknown): string | undefined {
    const text = this.text(field, value);
    if (text === undefined) return undefined;
    if (!/^(0|1 through 10|1[1-9]|[2-9]\d|[1-9]\d{2,})$/.test(text)) this.warn(field, `count should be 0, "1 through 10" or a number ≥ 11, found ${JSON.stringify(text)}`);
    return text;
  }
}

/** `2026-04-01`, `4/1/2026` or `04/01/2026` → `2026-04-01`; anything else → undefined. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : [];
  if (!y || !m || !d) return undefined;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

/** The template versions this parser reads: 2.x and 3.x. */
export const isSupportedVersion = (version: string): boolean => /^[23]\.\d+(\.\d+)?$/.test(version);

/** `a | b|c` → `['a', 'b', 'c']` (CSV lists; odd spacing around the bar is common). */
export const splitList = (value: string | undefined): string[] =>
  value
    ? value
        .split('|')
        .map((part) => part.trim())
        .filter((part) => part && !placeholder.test(part))
    : [];
