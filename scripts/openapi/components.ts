// The JSON Schemas of the contract, converted from the zod schemas the guard uses: refinements
// JSON Schema can express become patterns/formats/enums, the rest is published as
// `x-frontdesk-rules` (the same list the guard enforces), and the `$defs` zod makes for
// recursive FHIR items are hoisted into `components.schemas` so every `$ref` resolves.
import * as z from 'zod/mini';
import { Instant, SafeUrl, TimeZone } from '../../src/core/schemas/common.js';
import { rulesOf, type Rule } from '../../src/core/schemas/rules.js';
import timeZones from './time-zones.json' with { type: 'json' };

z.globalRegistry.add(Instant, { format: 'date-time', description: 'RFC 3339 instant with an explicit offset (Z or ±HH:MM), on a real calendar day, years 1900–2199.' });
z.globalRegistry.add(TimeZone, {
  description: 'IANA time-zone name (America/Phoenix); the list is the zones every current browser knows.',
  enum: timeZones,
});
z.globalRegistry.add(SafeUrl, { description: 'An https: link (ASCII host; punycode for others), a tel: or a mailto: link. http: and anything else is refused.' });

const prose: Record<Rule['rule'], (r: never) => string> = {
  after: (r: Extract<Rule, { rule: 'after' }>) => `${r.field} is later than ${r.than}`,
  ordered: (r: Extract<Rule, { rule: 'ordered' }>) => `${r.fields.join(' ≤ ')} (where present)`,
  'unique-sorted': (r: Extract<Rule, { rule: 'unique-sorted' }>) => `${r.field} holds each value once, in the order ${r.order.join(', ')}`,
  'one-present': (r: Extract<Rule, { rule: 'one-present' }>) => `at least one of ${r.fields.join(', ')} is present`,
  'at-most-when': (r: Extract<Rule, { rule: 'at-most-when' }>) => `when ${r.when} is ${r.in.join(' or ')}, ${r.field} is a whole number ≤ ${r.max}`,
};

/** Prose of a schema's rules, for its description. */
export const rulesProse = (rules: readonly Rule[]): string => rules.map((r) => (prose[r.rule] as (x: Rule) => string)(r)).join('; ');

type Json = Record<string, unknown>;

/** Rewrites `#/$defs/x` refs of one converted schema to `#/components/schemas/<owner>_x`. */
function rewriteRefs(value: unknown, owner: string): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, owner));
  if (!value || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/') ? `#/components/schemas/${owner}_${v.slice(8)}` : rewriteRefs(v, owner);
  }
  return out;
}

/**
 * FHIR's choice elements (`enableWhen.answer[x]`, `answerOption.value[x]`, `initial.value[x]`, an
 * answer's `value[x]`) hold exactly one value, as the guard checks (`oneValue` in
 * feedback-fhir.ts): said in JSON Schema as `oneOf` one-`required`-each. An extension (it has a
 * `url`) may hold nested extensions instead, so it is left as it is.
 */
function exactlyOneValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(exactlyOneValue);
  if (!value || typeof value !== 'object') return value;
  const out: Json = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exactlyOneValue(v)]));
  const properties = out.properties as Json | undefined;
  if (properties && !('url' in properties)) {
    const choices = Object.keys(properties).filter((k) => /^(value|answer)[A-Z]/.test(k));
    if (choices.length >= 5) out.oneOf = choices.map((k) => ({ required: [k] }));
  }
  return out;
}

/** Every component schema (and its hoisted `$defs`), keyed by name. */
export function componentSchemas(components: Readonly<Record<string, z.ZodMiniType>>): Record<string, Json> {
  const schemas: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(components)) {
    const generated = z.toJSONSchema(schema, {
      unrepresentable: 'any',
      io: 'input',
      override: (ctx) => {
        const rules = rulesOf(ctx.zodSchema);
        if (!rules.length) return;
        ctx.jsonSchema['x-frontdesk-rules'] = rules;
        const said = `Rules: ${rulesProse(rules)}.`;
        ctx.jsonSchema.description = ctx.jsonSchema.description ? `${ctx.jsonSchema.description} ${said}` : said;
      },
    }) as Json;
    delete generated.$schema;
    const defs = (generated.$defs ?? {}) as Record<string, unknown>;
    delete generated.$defs;
    schemas[name] = exactlyOneValue(rewriteRefs(generated, name)) as Json;
    for (const [def, body] of Object.entries(defs)) schemas[`${name}_${def}`] = exactlyOneValue(rewriteRefs(body, name)) as Json;
  }
  return schemas;
}
