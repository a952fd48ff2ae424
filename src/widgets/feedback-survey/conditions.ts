import type { Answers, Condition, Question, Value } from './model.js';

/**
 * FHIR R4 `enableWhen` semantics, for both survey formats:
 * - `exists`: whether the question has an answer equals the condition's boolean.
 * - every other operator is false when the question has no answer (R5 makes this explicit);
 * - `=` and the orderings hold when ANY answer meets them; `!=` holds when NO answer equals.
 * - Orderings apply to numbers, quantities in the same unit, and dates/times/strings
 *   (ISO text orders correctly at equal precision); for booleans and codings they are false.
 * - `enableBehavior` `all` (the default) or `any` combines several conditions.
 * - An answer to a question that is itself disabled does not count (conditions chain).
 */

const num = (v: Value): number | undefined => (v.type === 'integer' || v.type === 'decimal' ? v.value : undefined);

/** Orders two values: negative, 0, positive; `undefined` when they cannot be ordered (different R4 types never can). */
export function compareValues(a: Value, b: Value): number | undefined {
  const x = num(a);
  const y = num(b);
  if (x !== undefined && y !== undefined) return x - y;
  if (a.type === 'quantity' && b.type === 'quantity') {
    const ua = a.value.code ?? a.value.unit;
    const ub = b.value.code ?? b.value.unit;
    return ua && ub && ua !== ub ? undefined : a.value.value - b.value.value;
  }
  // Strict R4 typing: a string never equals or orders against a date, a time or a URI.
  if (a.type !== b.type || typeof a.value !== 'string' || typeof b.value !== 'string') return undefined;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

/** Whether two values are equal: codings by system and code, and only ever a coding with a coding (strict R4 typing). */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a.type === 'coding' || b.type === 'coding') {
    if (a.type !== 'coding' || b.type !== 'coding') return false;
    const [ca, cb] = [a.value, b.value];
    if (ca.system && cb.system && ca.system !== cb.system) return false;
    return ca.code !== undefined ? ca.code === cb.code : ca.display !== undefined && ca.display === cb.display;
  }
  if (a.type === 'boolean' || b.type === 'boolean') return a.type === b.type && a.value === b.value;
  return compareValues(a, b) === 0;
}

const none: ReadonlySet<string> = new Set();

/** Whether one condition holds for a question's answers. */
export function conditionHolds(condition: Condition, answers: readonly Value[] | undefined): boolean {
  const list = answers ?? [];
  const { operator, answer } = condition;
  if (operator === 'exists') return (list.length > 0) === (answer.type === 'boolean' ? answer.value : true);
  if (!list.length) return false;
  if (operator === '=') return list.some((v) => valuesEqual(v, answer));
  if (operator === '!=') return !list.some((v) => valuesEqual(v, answer));
  return list.some((v) => {
    const c = compareValues(v, answer);
    if (c === undefined) return false;
    return operator === '>' ? c > 0 : operator === '<' ? c < 0 : operator === '>=' ? c >= 0 : c <= 0;
  });
}

/** Whether a question's own conditions hold (ignoring its parents). */
export function conditionsHold(q: Pick<Question, 'enableWhen' | 'enableBehavior'>, answers: Answers): boolean {
  if (!q.enableWhen.length) return true;
  const check = (c: Condition) => conditionHolds(c, answers[c.question]);
  return q.enableBehavior === 'any' ? q.enableWhen.some(check) : q.enableWhen.every(check);
}

/**
 * The ids of the questions that are enabled, given the answers: a question is enabled when
 * its parent is and its conditions hold over the answers of enabled questions only. Solved
 * by iteration to a fixed point (bounded, so a cycle in a bad definition cannot hang).
 * `off`: questions an `enableWhenExpression` turned off (FHIRPath, evaluated elsewhere).
 */
export function enabledIds(roots: readonly Question[], answers: Answers, off: ReadonlySet<string> = none): Set<string> {
  let enabled: Set<string> | undefined;
  let before: Set<string> | undefined;
  for (let round = 0; round < 50; round++) {
    const counted: Record<string, readonly Value[]> = {};
    for (const [id, values] of Object.entries(answers)) if (!enabled || enabled.has(id)) counted[id] = values;
    const next = new Set<string>();
    const visit = (items: readonly Question[]) => {
      for (const q of items) {
        if (off.has(q.id) || !conditionsHold(q, counted)) continue;
        next.add(q.id);
        visit(q.children);
      }
    };
    visit(roots);
    if (enabled && next.size === enabled.size && [...next].every((id) => enabled?.has(id))) return next;
    before = enabled;
    enabled = next;
  }
  // No fixed point (a cycle of conditions in a bad definition flips back and forth): only the
  // questions enabled either way stay enabled, whatever the number of rounds.
  return new Set([...(enabled ?? [])].filter((id) => before?.has(id)));
}

/** The answers of enabled questions only: what is submitted (hidden answers are dropped). */
export function enabledAnswers(roots: readonly Question[], answers: Answers, off: ReadonlySet<string> = none): Record<string, readonly Value[]> {
  const enabled = enabledIds(roots, answers, off);
  const out: Record<string, readonly Value[]> = {};
  for (const [id, values] of Object.entries(answers)) if (enabled.has(id) && values.length) out[id] = values;
  return out;
}
