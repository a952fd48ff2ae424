// Random instances of openapi.yaml's response schemas, generated from the DOCUMENT by
// json-schema-faker (the generator inside Stoplight Prism), seeded, with the document's
// `x-frontdesk-rules` applied as the document states them. Nothing here reads the zod schemas.
import { readFileSync } from 'node:fs';
import { JSONSchemaFaker as jsf } from 'json-schema-faker';
import YAML from 'yaml';

export const doc = YAML.parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));

const without = (value, key) => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));

/**
 * What the generator reads: the document's components, each schema saying the same set of
 * values in the words json-schema-faker 0.5.9 reads right (it misreads these four):
 * - a `date`/`date-time` string keeps its format, not its pattern (it draws from the pattern,
 *   which allows 02-31, then fails making a date of it; the formats below give real instants);
 * - a string with an `enum` (the IANA zones) keeps the enum, not its pattern (it draws from the
 *   pattern and never looks at the enum);
 * - an array without `minItems` gets JSON Schema's default 0 outright (else its length is drawn
 *   from a range starting at -100 and can pass `maxItems`);
 * - a number's `exclusiveMinimum`/`exclusiveMaximum` (2020-12 numbers) is said the draft-4 way
 *   (`minimum` + `exclusiveMinimum: true`), the only form it reads.
 */
const components = JSON.parse(JSON.stringify(doc.components), (key, value) => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  let v = value;
  if ((v.format === 'date-time' || v.format === 'date' || v.enum) && v.pattern) v = without(v, 'pattern');
  if (v.type === 'array' && v.minItems === undefined) v = { ...v, minItems: 0 };
  if (typeof v.exclusiveMinimum === 'number') v = { ...without(v, 'exclusiveMinimum'), minimum: v.exclusiveMinimum, exclusiveMinimum: true };
  if (typeof v.exclusiveMaximum === 'number') v = { ...without(v, 'exclusiveMaximum'), maximum: v.exclusiveMaximum, exclusiveMaximum: true };
  return v;
});

/** Seeded PRNG (mulberry32): the same seed gives the same instances. */
export function seeded(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const resolve = (schema) => {
  let s = schema;
  while (s && s.$ref) s = s.$ref.split('/').slice(1).reduce((node, key) => node[key], doc);
  return s;
};

/**
 * Every JSON response the widgets read: `{ operationId, method, path, schema }` (200/201). The
 * staff endpoints frontdesk-server adds (tag "Staff (frontdesk-server)") are read by no widget.
 */
export function jsonResponses() {
  const out = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const content = op?.responses?.['200']?.content ?? op?.responses?.['201']?.content;
      const schema = content?.['application/json']?.schema;
      if (schema && !op.tags?.some((t) => t.startsWith('Staff'))) out.push({ operationId: op.operationId, method: method.toUpperCase(), path, schema });
    }
  }
  return out;
}

/** Only the components `schema` reaches (json-schema-faker copies whatever root it is given, on every call). */
const reached = new Map();
function componentsFor(schema) {
  const key = JSON.stringify(schema);
  if (reached.has(key)) return reached.get(key);
  const names = new Set();
  const walk = (node) =>
    JSON.stringify(node, (k, v) => {
      if (k === '$ref' && typeof v === 'string') {
        const name = v.split('/').pop();
        if (!names.has(name)) {
          names.add(name);
          walk(components.schemas[name]);
        }
      }
      return v;
    });
  walk(schema);
  const subset = { schemas: Object.fromEntries([...names].map((n) => [n, components.schemas[n]])) };
  reached.set(key, subset);
  return subset;
}
const fake = (schema) => jsf.generate({ ...schema, components: componentsFor(schema) });

let random = Math.random;
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const two = (n) => String(n).padStart(2, '0');

// Formats json-schema-faker leaves to the user, each a random value of that format.
jsf.format('date-time', () => {
  const ms = Date.UTC(2000, 0, 1) + Math.floor(random() * 100 * 365.25 * 86_400_000);
  const offset = pick([0, 0, -420, -360, 60, 330, -600]);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  return offset === 0 ? `${local}Z` : `${local}${offset < 0 ? '-' : '+'}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
});
jsf.format('date', () => new Date(Date.UTC(1920, 0, 1) + Math.floor(random() * 100 * 365 * 86_400_000)).toISOString().slice(0, 10));

/** One instance of `schema` (a schema of the document, `$ref`s into its components). */
export function generate(schema, rng, options = {}) {
  random = rng;
  jsf.option({
    random: rng,
    alwaysFakeOptionals: false,
    optionalsProbability: 0.6,
    maxItems: options.maxItems ?? 3,
    refDepthMax: 3,
    failOnInvalidFormat: true,
    failOnInvalidTypes: true,
  });
  const value = fake(schema);
  return applyRules(schema, value);
}

const get = (value, path) => path.split('.').reduce((v, k) => (v && typeof v === 'object' ? v[k] : undefined), value);
function set(value, path, next) {
  const keys = path.split('.');
  const last = keys.pop();
  const parent = keys.reduce((v, k) => (v && typeof v === 'object' ? v[k] : undefined), value);
  if (parent && typeof parent === 'object') parent[last] = next;
}
const schemaAt = (schema, path) => path.split('.').reduce((s, k) => resolve(resolve(s)?.properties?.[k]), schema);
const hhmm = /^\d{2}:\d{2}$/;
const minutesOf = (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
const timeOf = (m) => `${two(Math.floor(m / 60))}:${two(m % 60)}`;

/** Makes `value` keep one rule, as the document words it (a rule already kept is left alone). */
function keep(rule, value, schema) {
  switch (rule.rule) {
    case 'after': {
      const [a, b] = [get(value, rule.field), get(value, rule.than)];
      if (typeof a !== 'string' || typeof b !== 'string') return;
      if (hhmm.test(a) && hhmm.test(b)) {
        if (a > b) return;
        const opens = Math.min(minutesOf(b), 1438);
        set(value, rule.than, timeOf(opens));
        set(value, rule.field, timeOf(int(opens + 1, 1439)));
      } else if (!(Date.parse(a) > Date.parse(b))) {
        set(value, rule.field, new Date(Date.parse(b) + int(1, 600) * 60_000).toISOString());
      }
      return;
    }
    case 'ordered': {
      // Lower each earlier number to the one after it: every value stays within its own bounds' ceiling.
      const present = rule.fields.filter((f) => typeof get(value, f) === 'number');
      for (let i = present.length - 2; i >= 0; i--) {
        const next = get(value, present[i + 1]);
        if (get(value, present[i]) > next) set(value, present[i], next);
      }
      return;
    }
    case 'unique-sorted': {
      const list = get(value, rule.field);
      if (Array.isArray(list)) set(value, rule.field, rule.order.filter((x) => list.includes(x)));
      return;
    }
    case 'one-present': {
      if (rule.fields.some((f) => get(value, f) !== undefined)) return;
      const field = pick(rule.fields);
      set(value, field, fake(schemaAt(schema, field)));
      return;
    }
    case 'at-most-when': {
      const n = get(value, rule.field);
      if (rule.in.includes(get(value, rule.when)) && typeof n === 'number' && !(Number.isInteger(n) && n <= rule.max)) {
        const floor = Math.ceil(resolve(schemaAt(schema, rule.field))?.minimum ?? 1);
        set(value, rule.field, int(Math.min(floor, rule.max), rule.max));
      }
      return;
    }
  }
}

/** Applies every `x-frontdesk-rules` entry found along `schema` to `value`, innermost first. */
export function applyRules(schema, value) {
  const s = resolve(schema);
  if (!s || value === null || typeof value !== 'object') return value;
  for (const branch of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) applyRules(branch, value);
  // `oneOf` one-`required`-each (FHIR's value[x]): exactly one of those keys, as the document says
  // (json-schema-faker merges one branch in but leaves the other optional keys it drew).
  const choices = (s.oneOf ?? []).map((b) => b.required?.length === 1 && Object.keys(b).length === 1 && b.required[0]).filter(Boolean);
  if (choices.length === (s.oneOf ?? []).length && choices.length && !Array.isArray(value)) {
    const present = choices.filter((k) => value[k] !== undefined);
    const kept = present.length ? pick(present) : pick(choices);
    for (const k of choices) if (k !== kept) Reflect.deleteProperty(value, k);
    if (value[kept] === undefined) value[kept] = fake(s.properties[kept]);
  }
  if (Array.isArray(value)) {
    if (s.items) value.forEach((item) => applyRules(s.items, item));
    return value;
  }
  for (const [key, sub] of Object.entries(s.properties ?? {})) if (key in value) applyRules(sub, value[key]);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') {
    for (const key of Object.keys(value)) if (!(key in (s.properties ?? {}))) applyRules(s.additionalProperties, value[key]);
  }
  // Twice: keeping one rule (a lowered minimum, a clamped maximum) never breaks one kept before it.
  for (let round = 0; round < 2; round++) for (const rule of s['x-frontdesk-rules'] ?? []) keep(rule, value, s);
  return value;
}
