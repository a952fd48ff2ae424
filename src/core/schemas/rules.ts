import * as z from 'zod/mini';

/**
 * Rules between fields that JSON Schema cannot say. Each schema that has some lists them
 * here as data: the guard enforces exactly this list (`withRules`), and the OpenAPI document
 * publishes the same list as `x-frontdesk-rules`, so a backend and the guard read one text.
 * Field names are dotted paths inside the object; absent optional fields satisfy every rule.
 */
export type Rule =
  /** `field` is later than `than` (two instants, or two `HH:MM` times of one day). */
  | { rule: 'after'; field: string; than: string }
  /** The numbers present among `fields` never decrease, in that order. */
  | { rule: 'ordered'; fields: readonly string[] }
  /** The array `field` holds each value once, in the order of `order`. */
  | { rule: 'unique-sorted'; field: string; order: readonly string[] }
  /** At least one of `fields` is present. */
  | { rule: 'one-present'; fields: readonly string[] }
  /** When `when` equals one of `in`, the number `field` (if present) is a whole number ≤ `max`. */
  | { rule: 'at-most-when'; field: string; max: number; when: string; in: readonly string[] };

const at = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);

const timeOfDay = /^\d{2}:\d{2}$/;
const later = (a: unknown, b: unknown): boolean => {
  if (typeof a !== 'string' || typeof b !== 'string') return true;
  return timeOfDay.test(a) && timeOfDay.test(b) ? a > b : Date.parse(a) > Date.parse(b);
};

/** The path of the first field that breaks `rule` in `value`, or undefined when it holds. */
export function broken(rule: Rule, value: unknown): string | undefined {
  switch (rule.rule) {
    case 'after':
      return later(at(value, rule.field), at(value, rule.than)) ? undefined : rule.field;
    case 'ordered': {
      let last = -Infinity;
      for (const field of rule.fields) {
        const n = at(value, field);
        if (typeof n !== 'number') continue;
        if (n < last) return field;
        last = n;
      }
      return undefined;
    }
    case 'unique-sorted': {
      const list = at(value, rule.field);
      if (!Array.isArray(list)) return undefined;
      const ranks = list.map((v) => rule.order.indexOf(v as string));
      return ranks.every((r, i) => i === 0 || r > (ranks[i - 1])) ? undefined : rule.field;
    }
    case 'one-present':
      return rule.fields.some((f) => at(value, f) !== undefined) ? undefined : '';
    case 'at-most-when': {
      const n = at(value, rule.field);
      const hit = rule.in.includes(at(value, rule.when) as string);
      return !hit || n === undefined || (typeof n === 'number' && Number.isInteger(n) && n <= rule.max) ? undefined : rule.field;
    }
  }
}

const listed = new WeakMap<object, readonly Rule[]>();

/** The rules a schema was given with `withRules` (for the OpenAPI document). */
export const rulesOf = (schema: object): readonly Rule[] => listed.get(schema) ?? [];

/** `schema` checked against `rules`: one issue per broken rule, at the field that breaks it. */
export function withRules<S extends z.ZodMiniObject>(schema: S, rules: readonly Rule[]): S {
  const checked = schema.check(
    ...rules.map((rule) =>
      z.superRefine((value: z.output<S>, ctx) => {
        const path = broken(rule, value);
        if (path !== undefined) ctx.addIssue({ code: 'custom', message: `rule ${rule.rule} broken`, path: path ? path.split('.') : [], input: value });
      }),
    ),
  );
  listed.set(checked, rules);
  return checked;
}
