import { html, nothing, type TemplateResult } from 'lit';
import type { Question, SurveyModel } from './model.js';
import type { QuestionContext } from './questions.js';

/**
 * Repeating groups (a family history: one relative, then another): the model is expanded into
 * one subtree per instance. Instance 1 keeps the Questionnaire's ids; instance n's items get
 * `#n` ids (their `linkId` stays the Questionnaire's), and conditions inside an instance read
 * that instance's answers. Everything else (conditions, validation, the QuestionnaireResponse,
 * FHIRPath) works on the expanded model, where each instance is one more item with the same linkId.
 */

/** How many instances each repeating group has (absent: 1). */
export type Instances = Readonly<Record<string, number>>;

const suffixed = (id: string, n: number) => (n === 1 ? id : `${id}#${n}`);

function ids(q: Question, out = new Set<string>()): Set<string> {
  out.add(q.id);
  for (const c of q.children) ids(c, out);
  return out;
}

/** A copy of a group's subtree for instance `n` (1-based). */
function instance(q: Question, n: number, inside: ReadonlySet<string>): Question {
  return {
    ...q,
    id: suffixed(q.id, n),
    linkId: q.linkId ?? q.id,
    instance: q.control === 'group' && q.repeats && q.id === [...inside][0] ? n : q.instance,
    enableWhen: q.enableWhen.map((c) => (inside.has(c.question) ? { ...c, question: suffixed(c.question, n) } : c)),
    children: q.children.map((c) => instance(c, n, inside)),
  };
}

function expandItems(items: readonly Question[], counts: Instances): Question[] {
  return items.flatMap((q) => {
    const children = expandItems(q.children, counts);
    const base = { ...q, children };
    if (q.control !== 'group' || !q.repeats) return [base];
    const count = Math.max(1, Math.min(counts[q.id] ?? 1, q.maxOccurs ?? Infinity));
    const inside = ids(base);
    return Array.from({ length: count }, (_, i) => instance(base, i + 1, inside));
  });
}

/** The model with every repeating group expanded to its instances. */
export function expandRepeats(model: SurveyModel, counts: Instances): SurveyModel {
  return { ...model, pages: model.pages.map((p) => ({ ...p, items: expandItems(p.items, counts) })) };
}

/** What a repeating group's instance offers: another instance, or removing this one. */
export interface RepeatActions {
  count: (groupId: string) => number;
  add: (group: Question) => void;
  remove: (group: Question, n: number) => void;
}

const baseId = (q: Question) => q.linkId ?? q.id;

/**
 * The buttons after a repeating group's instance: "Remove" on each when there are several,
 * "Add another" after the last while `maxOccurs` allows. Real buttons with the group's name,
 * so keyboard and screen-reader users know which instance they act on.
 */
export function renderRepeatControls(q: Question, c: QuestionContext, actions: RepeatActions): TemplateResult | typeof nothing {
  const n = q.instance;
  if (n === undefined) return nothing;
  const id = baseId(q);
  const count = actions.count(id);
  const name = q.label || c.t.item;
  return html`<div class="nav repeat" part="repeat">
    ${count > 1
      ? html`<button class="fd-button" data-variant="secondary" part="remove-button" type="button" @click=${() => actions.remove(q, n)}>${c.t.removeInstance(name, n)}</button>`
      : nothing}
    ${n === count && count < (q.maxOccurs ?? Infinity)
      ? html`<button class="fd-button" data-variant="secondary" part="add-button" type="button" @click=${() => actions.add(q)}>${c.t.addInstance(name)}</button>`
      : nothing}
  </div>`;
}

/** The answers after removing instance `n` of a group that had `count`: later instances move up one. */
export function removeInstance<T>(answers: Readonly<Record<string, T>>, group: Question, n: number, count: number): Record<string, T> {
  const base = [...ids(group)].map((id) => id.replace(/#\d+$/, ''));
  const moved = new Map<string, string>();
  for (const id of base) for (let k = n; k < count; k++) moved.set(suffixed(id, k), suffixed(id, k + 1));
  const gone = new Set(base.map((id) => suffixed(id, count)));
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(answers)) if (!gone.has(key) && !moved.has(key)) out[key] = value;
  for (const [to, from] of moved) {
    const value = answers[from];
    if (value !== undefined) out[to] = value;
  }
  return out;
}
