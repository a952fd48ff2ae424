import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { toQuestionnaireResponse } from './fhir.js';
import { walk, type Answers, type ItemExpressions, type Option, type Question, type SurveyModel, type Value } from './model.js';

/**
 * SDC FHIRPath over the answers, with HL7's engine (`fhirpath` and its R4 model): variables,
 * `calculatedExpression`, `initialExpression`, `enableWhenExpression`, `answerExpression`.
 * A chunk of its own, loaded only for a Questionnaire that has expressions. `%resource` is the
 * QuestionnaireResponse the answers make, `%questionnaire` the definition (expanded value sets
 * as answerOptions, so `ordinalValue` scores work), and `%patient` / `%user` the page's launch
 * context, when it gives one.
 */

/** What the expressions say for the current answers. */
export interface Evaluation {
  /** Calculated items' values. */
  calculated: Record<string, Value[]>;
  /** Items an `enableWhenExpression` turned off. */
  off: Set<string>;
  /** Options from `answerExpression`. */
  options: Record<string, Option[]>;
  /** Items whose expressions could not be evaluated (shown as "calculated by the practice"). */
  failed: Set<string>;
}

export type LaunchContext = Readonly<Record<string, unknown>>;

type Env = Record<string, unknown>;

const run = (resource: unknown, expression: string, env: Env): unknown[] => {
  const out = fhirpath.evaluate(resource, expression, env as never, r4, { resolveInternalTypes: true });
  if (!Array.isArray(out)) throw new Error('asynchronous FHIRPath is not supported');
  return out as unknown[];
};

/** The variables an item defines, added to its parent's environment in order. */
function scope(resource: unknown, variables: ItemExpressions['variables'], env: Env): Env {
  const next = { ...env };
  for (const v of variables) next[v.name] = run(resource, v.expression, next);
  return next;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** A FHIRPath result as the item's typed values; `undefined` when it does not fit the item. */
export function toValues(q: Question, result: readonly unknown[]): Value[] | undefined {
  const out: Value[] = [];
  for (const x of result) {
    if (typeof x === 'number') {
      if (q.valueType === 'integer') out.push({ type: 'integer', value: Math.round(x) });
      else if (q.valueType === 'decimal') out.push({ type: 'decimal', value: x });
      else if (q.valueType === 'quantity') out.push({ type: 'quantity', value: { value: x, unit: q.unit?.display ?? q.unit?.code, system: q.unit?.system, code: q.unit?.code } });
      else if (q.valueType === 'string') out.push({ type: 'string', value: String(x) });
      else return undefined;
    } else if (typeof x === 'boolean' && q.valueType === 'boolean') out.push({ type: 'boolean', value: x });
    else if (typeof x === 'string' && ['string', 'date', 'dateTime', 'time', 'uri'].includes(q.valueType)) out.push({ type: q.valueType, value: x } as Value);
    else if (isRecord(x) && typeof x.code === 'string' && q.valueType === 'coding') {
      out.push({ type: 'coding', value: { system: x.system as string | undefined, code: x.code, display: x.display as string | undefined } });
    } else if (isRecord(x) && typeof x.value === 'number' && (q.valueType === 'quantity' || q.valueType === 'decimal')) {
      out.push(q.valueType === 'decimal' ? { type: 'decimal', value: x.value } : { type: 'quantity', value: { value: x.value, unit: x.unit as string | undefined, system: x.system as string | undefined, code: x.code as string | undefined } });
    } else return undefined;
  }
  return out;
}

const optionOf = (x: unknown, i: number): Option | undefined => {
  if (isRecord(x) && typeof x.code === 'string') {
    const c = { system: x.system as string | undefined, code: x.code, display: x.display as string | undefined };
    return { key: `x${i}`, label: c.display ?? c.code, value: { type: 'coding', value: c } };
  }
  if (typeof x === 'string') return { key: `x${i}`, label: x, value: { type: 'string', value: x } };
  if (typeof x === 'number') return { key: `x${i}`, label: String(x), value: { type: Number.isInteger(x) ? 'integer' : 'decimal', value: x } };
  return undefined;
};

const baseEnv = (model: SurveyModel, context: LaunchContext | undefined): Env => ({ questionnaire: model.fhirpath?.questionnaire, ...context });

/** One pass over every item's expressions, for these answers. */
function pass(model: SurveyModel, answers: Answers, context: LaunchContext | undefined, off: ReadonlySet<string>): Evaluation {
  const ev: Evaluation = { calculated: {}, off: new Set(), options: {}, failed: new Set() };
  const resource = toQuestionnaireResponse(model, answers, new Date(0).toISOString(), off);
  let root: Env;
  try {
    root = scope(resource, model.fhirpath?.variables ?? [], { ...baseEnv(model, context), resource });
  } catch {
    // The form's own variables fail: every expression depends on them.
    for (const q of model.pages.flatMap((p) => [...walk(p.items)])) if (q.expressions) ev.failed.add(q.id);
    return ev;
  }
  const visit = (items: readonly Question[], env: Env) => {
    for (const q of items) {
      const x = q.expressions;
      let here = env;
      try {
        if (x) {
          here = scope(resource, x.variables, env);
          if (x.calculated !== undefined) {
            const values = toValues(q, run(resource, x.calculated, here));
            if (values) ev.calculated[q.id] = values;
            else ev.failed.add(q.id);
          }
          if (x.enableWhen !== undefined && run(resource, x.enableWhen, here)[0] !== true) ev.off.add(q.id);
          if (x.answer !== undefined) ev.options[q.id] = run(resource, x.answer, here).flatMap((r, i) => optionOf(r, i) ?? []);
        }
      } catch {
        ev.failed.add(q.id);
      }
      visit(q.children, here);
    }
  };
  visit(model.pages.flatMap((p) => p.items), root);
  return ev;
}

const same = (a: Evaluation, b: Evaluation) => JSON.stringify(a.calculated) === JSON.stringify(b.calculated) && [...a.off].join() === [...b.off].join();

/**
 * The expressions' results for the answers: calculated values feed later calculations and
 * conditions, so passes repeat until nothing changes (at most 5, for a badly chained form).
 */
export function evaluate(model: SurveyModel, answers: Answers, context?: LaunchContext): Evaluation {
  let ev = pass(model, answers, context, new Set());
  for (let i = 0; i < 5; i++) {
    const next = pass(model, { ...answers, ...ev.calculated }, context, ev.off);
    if (same(next, ev)) return next;
    ev = next;
  }
  return ev;
}

/**
 * `initialExpression` values (pre-population) over the page's launch context, for the items
 * that have one; only when the page gave a context (else nothing is pre-filled).
 */
export function initialValues(model: SurveyModel, context: LaunchContext | undefined): Record<string, Value[]> {
  const out: Record<string, Value[]> = {};
  if (!context) return out;
  const resource = toQuestionnaireResponse(model, {}, new Date(0).toISOString());
  const visit = (items: readonly Question[], env: Env) => {
    for (const q of items) {
      try {
        const here = q.expressions ? scope(resource, q.expressions.variables, env) : env;
        const values = q.expressions?.initial !== undefined ? toValues(q, run(resource, q.expressions.initial, here)) : undefined;
        if (values?.length) out[q.id] = values;
        visit(q.children, here);
      } catch {
        // An initial value that cannot be worked out is simply not pre-filled.
      }
    }
  };
  try {
    visit(model.pages.flatMap((p) => p.items), scope(resource, model.fhirpath?.variables ?? [], { ...baseEnv(model, context), resource }));
  } catch {
    // Same: no pre-filling.
  }
  return out;
}
