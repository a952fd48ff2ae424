import type * as z from 'zod/mini';

type Def = { type: string; shape?: Record<string, z.ZodMiniType>; element?: z.ZodMiniType; innerType?: z.ZodMiniType; getter?: () => z.ZodMiniType; options?: z.ZodMiniType[] };
const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema one step down `key`, through optional and lazy wrappers and the first union member that has `key`. */
function child(schema: z.ZodMiniType, key: PropertyKey): z.ZodMiniType | undefined {
  const def = defOf(schema);
  if (def.options) return def.options.map((o) => child(o, key)).find(Boolean);
  if (def.type === 'optional' && def.innerType) return child(def.innerType, key);
  if (def.type === 'lazy' && def.getter) return child(def.getter(), key);
  if (def.type === 'object') return def.shape?.[key as string];
  if (def.type === 'array' && typeof key === 'number') return def.element;
  return undefined;
}

/** The deepest prefix of `path` that is an optional field present in `data`, if any. */
function optionalPrefix(schema: z.ZodMiniType, data: unknown, path: readonly PropertyKey[]): PropertyKey[] | undefined {
  let found: PropertyKey[] | undefined;
  let s: z.ZodMiniType | undefined = schema;
  let value = data;
  for (let i = 0; i < path.length && s; i++) {
    const key = path[i];
    if (!value || typeof value !== 'object' || !(key in value)) break;
    s = child(s, key);
    value = (value as Record<PropertyKey, unknown>)[key];
    if (s && defOf(s).type === 'optional') found = path.slice(0, i + 1);
  }
  return found;
}

/**
 * For a response that fails its schema: a copy without the optional fields the issues point
 * at, and their paths; undefined when an issue concerns a required part (the whole answer is
 * then refused). A bad optional field (an `http:` photo link) costs that field only.
 */
export function dropOptional(schema: z.ZodMiniType, data: unknown, issues: readonly z.core.$ZodIssue[]): { data: unknown; paths: string[] } | undefined {
  const prefixes: PropertyKey[][] = [];
  for (const issue of issues) {
    const prefix = optionalPrefix(schema, data, issue.path);
    if (!prefix) return undefined;
    prefixes.push(prefix);
  }
  const copy: unknown = structuredClone(data);
  for (const prefix of prefixes) {
    const parent = prefix.slice(0, -1).reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], copy) as Record<PropertyKey, unknown> | undefined;
    if (parent) Reflect.deleteProperty(parent, prefix[prefix.length - 1]);
  }
  return { data: copy, paths: [...new Set(prefixes.map((p) => p.join('.')))] };
}
