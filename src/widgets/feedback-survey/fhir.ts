import type {
  FhirAnswerOption,
  FhirExtension,
  FhirItem,
  FhirValue,
  FhirValueSet,
  Questionnaire,
  QuestionnaireResponse,
  FhirResponseItem,
} from '../../core/schemas/feedback-fhir.js';
import { enabledIds } from './conditions.js';
import {
  UnrenderableItemError,
  valueScalar,
  walk,
  type Answers,
  type Coding,
  type Condition,
  type Control,
  type ItemExpressions,
  type Option,
  type Question,
  type SafetyNotice,
  type SurveyKind,
  type SurveyModel,
  type Value,
  type ValueType,
} from './model.js';

export { Computed } from './computed.js';

/**
 * FHIR R4 Questionnaire → render model, and answers → QuestionnaireResponse. Loaded only
 * when a survey is a Questionnaire, so Frontdesk surveys never download it.
 */

/** The FHIRPath extensions `expressions.ts` evaluates; any other expression extension is reported, never fatal. */
const evaluated: Readonly<Record<string, keyof Omit<ItemExpressions, 'variables'> | 'variable'>> = {
  variable: 'variable',
  calculatedExpression: 'calculated',
  initialExpression: 'initial',
  enableWhenExpression: 'enableWhen',
  answerExpression: 'answer',
};
const isExpression = (name: string) => /Expression$|PopulationContext$/.test(name);
/** An item's (or the Questionnaire's) FHIRPath, and development warnings for what is not evaluated. */
function expressionsOf(where: string, on: { extension?: FhirExtension[] | undefined }, warnings: string[]): ItemExpressions | undefined {
  const out: ItemExpressions = { variables: [] };
  let any = false;
  for (const e of on.extension ?? []) {
    const n = name(e);
    const x = e.valueExpression as { name?: string; language?: string; expression?: string } | undefined;
    const slot = evaluated[n];
    if (n === 'observationLinkPeriod') warnings.push('observationLinkPeriod: not pre-filled (no observation source).');
    if (!slot && !isExpression(n)) continue;
    if (!slot || x?.language !== 'text/fhirpath' || !x.expression) {
      warnings.push(`${where}: ${n} (${x?.language ?? 'no expression'}) is not evaluated; shown without it.`);
      continue;
    }
    any = true;
    if (slot === 'variable') out.variables.push({ name: x.name ?? '', expression: x.expression });
    else out[slot] = x.expression;
  }
  return any ? out : undefined;
}

const name = (e: FhirExtension): string => e.url.slice(e.url.lastIndexOf('/') + 1).replace(/^(sdc-)?questionnaire-/, '');
const ext = (item: { extension?: FhirExtension[] | undefined }, wanted: string): FhirExtension[] => (item.extension ?? []).filter((e) => name(e) === wanted);
const first = (item: { extension?: FhirExtension[] | undefined }, wanted: string): FhirExtension | undefined => ext(item, wanted)[0];
const code = (e: FhirExtension | undefined): string | undefined => e?.valueCodeableConcept?.coding?.[0]?.code ?? e?.valueCode;
const numberOf = (e: FhirExtension | undefined): number | undefined => e?.valueInteger ?? e?.valueDecimal;

const coding = (c: Coding): Coding => ({
  ...(c.system ? { system: c.system } : {}),
  ...(c.code ? { code: c.code } : {}),
  ...(c.display ? { display: c.display } : {}),
});

const scalarTypes = ['boolean', 'integer', 'decimal', 'date', 'dateTime', 'time', 'string', 'uri'] as const;
const key = (type: string) => type[0]?.toUpperCase() + type.slice(1);

/** A FHIR value[x] (or answer[x]) as a typed value; `undefined` for what we do not model (references). */
export function fromFhirValue(v: Record<string, unknown>, prefix: 'value' | 'answer' = 'value'): Value | undefined {
  for (const type of scalarTypes) {
    const x = v[prefix + key(type)];
    if (typeof x === (type === 'boolean' ? 'boolean' : type === 'integer' || type === 'decimal' ? 'number' : 'string')) return { type, value: x } as Value;
  }
  const c = v[`${prefix}Coding`] as Coding | undefined;
  if (c) return { type: 'coding', value: coding(c) };
  const a = v[`${prefix}Attachment`] as Value['value'] | undefined;
  if (a && typeof a === 'object') return { type: 'attachment', value: a } as Value;
  const q = v[`${prefix}Quantity`] as { value?: number; unit?: string; system?: string; code?: string } | undefined;
  if (q && typeof q.value === 'number') return { type: 'quantity', value: { value: q.value, unit: q.unit, system: q.system, code: q.code } };
  return undefined;
}

/** A typed value as a FHIR `{ value[x]: … }`. */
export function toFhirValue(v: Value): Record<string, unknown> {
  const value =
    v.type === 'coding'
      ? coding(v.value)
      : v.type === 'quantity' || v.type === 'attachment'
        ? Object.fromEntries(Object.entries(v.value).filter(([, x]) => x !== undefined))
        : v.value;
  return { [`value${key(v.type)}`]: value };
}

const simple: Readonly<Record<string, [Control, ValueType]>> = {
  boolean: ['yes-no', 'boolean'],
  decimal: ['number', 'decimal'],
  integer: ['number', 'integer'],
  date: ['date', 'date'],
  dateTime: ['datetime', 'dateTime'],
  time: ['time', 'time'],
  string: ['text', 'string'],
  text: ['textarea', 'string'],
  url: ['url', 'uri'],
  quantity: ['quantity', 'quantity'],
  display: ['display', 'string'],
  group: ['group', 'string'],
  attachment: ['attachment', 'attachment'],
};

/** Files larger than this are refused when the item sets no `maxSize` (5 MB). */
const defaultMaxSize = 5 * 1024 * 1024;

const choiceControls: Readonly<Record<string, Control>> = {
  'radio-button': 'radio',
  'check-box': 'checkbox',
  'drop-down': 'dropdown',
  autocomplete: 'autocomplete',
};

/** What converting needs besides the item: contained resources, expanded external value sets, warnings. */
interface Scope {
  contained: readonly Record<string, unknown>[];
  valueSets: ReadonlyMap<string, FhirValueSet>;
  warnings: string[];
}

/** An option's score (`ordinalValue`, or R5's `itemWeight`), kept through value-set expansion. */
const weightOf = (on: { extension?: FhirExtension[] | undefined }): number | undefined => numberOf(first(on, 'ordinalValue') ?? first(on, 'itemWeight'));

/** The external value sets a Questionnaire's items point to (canonical URLs), for `expandValueSet`. */
export function externalValueSets(questionnaire: Questionnaire): string[] {
  const out = new Set<string>();
  const visit = (items: readonly FhirItem[]) => {
    for (const i of items) {
      if (i.answerValueSet && !i.answerValueSet.startsWith('#') && !i.answerOption?.length) out.add(i.answerValueSet);
      visit(i.item ?? []);
    }
  };
  visit(questionnaire.item ?? []);
  return [...out];
}

function optionsOf(item: FhirItem, scope: Scope): Option[] {
  if (item.answerOption?.length) {
    return item.answerOption.map((o: FhirAnswerOption, i) => {
      const value = fromFhirValue(o);
      if (!value) throw new UnrenderableItemError(item.linkId, `answerOption ${i + 1} has no supported value`);
      const label = valueScalar(value) === '' ? '' : value.type === 'coding' ? (value.value.display ?? value.value.code ?? '') : String(valueScalar(value));
      return { key: String(i), label, value, prefix: first(o, 'optionPrefix')?.valueString, weight: weightOf(o) };
    });
  }
  const ref = item.answerValueSet;
  if (!ref) return [];
  const vs = ref.startsWith('#') ? (scope.contained.find((r) => r.resourceType === 'ValueSet' && r.id === ref.slice(1)) as FhirValueSet | undefined) : scope.valueSets.get(ref);
  if (!vs) throw new Unavailable(`answerValueSet "${ref}" could not be expanded`);
  const concepts = vs.expansion?.contains ?? vs.compose?.include.flatMap((inc) => (inc.concept ?? []).map((c) => ({ ...c, system: inc.system }))) ?? [];
  if (!concepts.length) throw new Unavailable(`ValueSet "${ref}" lists no codes`);
  return concepts.map((c, i) => ({ key: String(i), label: c.display ?? c.code, value: { type: 'coding', value: coding(c) }, weight: weightOf(c as { extension?: FhirExtension[] }) }));
}

/** A port that may expand value sets (the feedback port's optional `expandValueSet`). */
interface Expander {
  expandValueSet?: ((input: { url: string; signal?: AbortSignal }) => Promise<FhirValueSet>) | undefined;
}

/**
 * Expands each external value set through the port, each within `timeoutMs`; one that fails,
 * times out or lists no codes is left out (its items then say they can't be shown).
 */
export async function expandAll(port: Expander, urls: readonly string[], signal: AbortSignal, timeoutMs: number): Promise<Map<string, FhirValueSet>> {
  const expand = port.expandValueSet;
  const out = new Map<string, FhirValueSet>();
  if (!expand || !urls.length) return out;
  await Promise.all(
    urls.map(async (url) => {
      try {
        const vs = await expand({ url, signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) });
        if (vs.expansion?.contains?.length) out.set(url, vs);
      } catch {
        signal.throwIfAborted();
      }
    }),
  );
  return out;
}

/** An item this form cannot show (its value set did not expand…): it says so in the form, the rest stays answerable. */
class Unavailable extends Error {}

function convert(item: FhirItem, scope: Scope): Question {
  const { warnings } = scope;
  const expressions = expressionsOf(`Item "${item.linkId}"`, item, warnings);
  const choice = item.type === 'choice' || item.type === 'open-choice';
  const base = simple[item.type];
  let options: Option[] = [];
  try {
    if (!choice && !base) throw new Unavailable(`type "${item.type}" is not supported`);
    options = choice ? optionsOf(item, scope) : [];
    if (choice && !options.length && item.type === 'choice' && expressions?.answer === undefined) throw new Unavailable('a choice item needs answerOption, answerValueSet or answerExpression');
  } catch (error) {
    if (!(error instanceof Unavailable)) throw error;
    warnings.push(`Item "${item.linkId}": ${error.message}; the form says it can't be shown.`);
    return { ...blank(item), control: 'unavailable', reason: error.message };
  }
  const wanted = code(first(item, 'itemControl'));
  let control: Control;
  let valueType: ValueType;
  if (choice) {
    control = (wanted ? choiceControls[wanted] : undefined) ?? (item.repeats ? 'checkbox' : options.length > 7 ? 'dropdown' : 'radio');
    if (item.repeats && control !== 'autocomplete') control = 'checkbox';
    valueType = options[0]?.value.type ?? 'string';
  } else {
    [control, valueType] = base ?? ['text', 'string'];
    if (wanted === 'slider' && (valueType === 'integer' || valueType === 'decimal')) control = 'slider';
  }
  const q: Question = {
    ...blank(item),
    control: expressions?.calculated ? 'calculated' : control,
    valueType,
    // A calculated item is the form's to fill, not the patient's.
    readOnly: (item.readOnly ?? false) || expressions?.calculated !== undefined,
    min: numberOf(first(item, 'minValue')),
    max: numberOf(first(item, 'maxValue')),
    step: numberOf(first(item, 'sliderStepValue')),
    maxLength: item.maxLength,
    ...(item.type === 'attachment'
      ? { maxSize: numberOf(first(item, 'maxSize')) ?? defaultMaxSize, mimeTypes: ext(item, 'mimeType').flatMap((e) => (e.valueCode ? [e.valueCode] : [])) }
      : {}),
    options,
    openChoice: item.type === 'open-choice',
    unit: first(item, 'unit')?.valueCoding,
    units: ext(item, 'unitOption').flatMap((e) => (e.valueCoding ? [e.valueCoding] : [])),
    entryFormat: first(item, 'entryFormat')?.valueString,
    orientation: first(item, 'choiceOrientation')?.valueCode === 'horizontal' ? 'horizontal' : first(item, 'choiceOrientation') ? 'vertical' : undefined,
    initial: [
      ...(item.initial ?? []).flatMap((v: FhirValue) => {
        const value = fromFhirValue(v);
        return value ? [value] : [];
      }),
      ...options.filter((_o, i) => item.answerOption?.[i]?.initialSelected).map((o) => o.value),
    ],
    expressions,
  };
  // Help and instructions arrive as display children (or, from some tools, on the item itself).
  const category = first(item, 'displayCategory');
  if (category && item.type !== 'display') q.help = category.valueCodeableConcept?.text;
  for (const child of item.item ?? []) {
    const kind = code(first(child, 'displayCategory')) ?? code(first(child, 'itemControl'));
    if (child.type === 'display' && (kind === 'help' || kind === 'flyover' || kind === 'instructions')) {
      if (kind === 'instructions') q.instructions = child.text;
      else q.help = child.text;
      continue;
    }
    q.children.push(convert(child, scope));
  }
  return q;
}

/** What every item has, whatever its type: identity, text, conditions, occurrences. */
function blank(item: FhirItem): Question {
  const minOccurs = numberOf(first(item, 'minOccurs'));
  return {
    id: item.linkId,
    control: 'unavailable',
    valueType: 'string',
    label: item.text ?? '',
    prefix: item.prefix,
    required: (item.required ?? false) || (minOccurs ?? 0) > 0,
    repeats: item.repeats ?? false,
    readOnly: item.readOnly ?? false,
    hidden: first(item, 'hidden')?.valueBoolean === true,
    minOccurs,
    maxOccurs: numberOf(first(item, 'maxOccurs')),
    options: [],
    openChoice: false,
    enableWhen: (item.enableWhen ?? []).map((c) => {
      const answer = fromFhirValue(c, 'answer');
      if (!answer) throw new UnrenderableItemError(item.linkId, `enableWhen on "${c.question}" has an unsupported answer type`);
      return { question: c.question, operator: c.operator, answer };
    }),
    enableBehavior: item.enableBehavior ?? 'all',
    initial: [],
    children: [],
  };
}

const kinds = new Set<string>(['feedback', 'intake', 'screening']);
const sub = (e: FhirExtension, wanted: string) => (e.extension ?? []).find((x) => x.url === wanted);

/**
 * Frontdesk's own Questionnaire extensions: `survey-kind` (valueCode feedback | intake | screening)
 * and `safety-notice` (sub-extensions `text`, and one or more `condition`s each with `question`,
 * `operator` and `answer[x]`, as enableWhen), shown while any condition holds.
 */
function safetyNotices(questionnaire: Questionnaire): SafetyNotice[] {
  return ext(questionnaire, 'safety-notice').flatMap((e) => {
    const text = sub(e, 'text')?.valueString;
    const when = (e.extension ?? []).filter((x) => x.url === 'condition').flatMap((c) => {
      const question = sub(c, 'question')?.valueString;
      const operator = sub(c, 'operator')?.valueCode as Condition['operator'] | undefined;
      const answer = fromFhirValue(sub(c, 'answer') ?? {});
      return question && operator && answer ? [{ question, operator, answer }] : [];
    });
    return text && when.length ? [{ text, when }] : [];
  });
}

/**
 * A Questionnaire as the render model. `valueSets` holds the external value sets expanded for it
 * (by canonical URL); an item whose value set is missing says so in the form. Throws
 * `UnrenderableItemError` naming, in the patient's words, every required item it cannot show.
 */
export function fromQuestionnaire(questionnaire: Questionnaire, valueSets: ReadonlyMap<string, FhirValueSet> = new Map()): SurveyModel {
  const warnings: string[] = [];
  const root = expressionsOf('Questionnaire', questionnaire, warnings);
  const contained = (questionnaire.contained ?? []) as Array<Record<string, unknown>>;
  const items = (questionnaire.item ?? []).map((i) => convert(i, { contained, valueSets, warnings }));
  const missing = [...walk(items)].filter((q) => q.control === 'unavailable' && q.required);
  if (missing.length) throw new UnrenderableItemError(missing[0]?.id ?? '', missing.map((q) => q.reason ?? '').join('; '), missing.map((q) => q.label || q.id));
  const id = questionnaire.id ?? questionnaire.url ?? questionnaire.name ?? 'questionnaire';
  const launchContext = ext(questionnaire, 'launchContext').flatMap((e) => {
    const n = sub(e, 'name');
    return [n?.valueCoding?.code ?? n?.valueId ?? n?.valueCode].filter((x): x is string => typeof x === 'string');
  });
  const usesFhirpath = Boolean(root) || [...walk(items)].some((q) => q.expressions);
  const kind = first(questionnaire, 'survey-kind')?.valueCode;
  return {
    id,
    source: 'fhir',
    title: questionnaire.title ?? questionnaire.name ?? '',
    intro: questionnaire.description,
    pages: [{ items }],
    warnings: [...new Set(warnings)],
    // Only a canonical URL (with its version) identifies the Questionnaire; a local id is no reference.
    canonical: questionnaire.url ? `${questionnaire.url}${questionnaire.version ? `|${questionnaire.version}` : ''}` : undefined,
    kind: kind && kinds.has(kind) ? (kind as SurveyKind) : undefined,
    extras: [...walk(items)].some((q) => q.control === 'attachment' || (q.control === 'group' && q.repeats)),
    safety: safetyNotices(questionnaire),
    fhirpath: usesFhirpath ? { questionnaire: withExpansions(questionnaire, valueSets), variables: root?.variables ?? [], launchContext } : undefined,
  };
}

/** The Questionnaire the FHIRPath engine sees as `%questionnaire`: expanded value sets become answerOptions (ordinalValue kept). */
function withExpansions(questionnaire: Questionnaire, valueSets: ReadonlyMap<string, FhirValueSet>): unknown {
  if (!valueSets.size) return questionnaire;
  const copy = (items: readonly FhirItem[] | undefined): FhirItem[] | undefined =>
    items?.map((i) => {
      const vs = i.answerValueSet ? valueSets.get(i.answerValueSet) : undefined;
      const contains = vs?.expansion?.contains;
      return { ...i, ...(contains && !i.answerOption ? { answerOption: contains.map(({ extension, ...c }) => ({ valueCoding: c, ...(extension ? { extension } : {}) })) } : {}), item: copy(i.item) };
    });
  return { ...questionnaire, item: copy(questionnaire.item) };
}

/**
 * The answers as a FHIR R4 QuestionnaireResponse: one item per answered, enabled question
 * (by linkId, with its text), value[x] by the question's type, groups nested as in the
 * Questionnaire, children of a question under its answer. Answers of disabled questions
 * are left out; so are empty groups. No subject: patient context travels apart, if at all.
 */
export function toQuestionnaireResponse(model: SurveyModel, answers: Answers, authored: string, off?: ReadonlySet<string>): QuestionnaireResponse {
  const roots = model.pages.flatMap((p) => p.items);
  const enabled = enabledIds(roots, answers, off);
  const build = (items: readonly Question[]): FhirResponseItem[] =>
    items.flatMap((q): FhirResponseItem[] => {
      if (!enabled.has(q.id) || q.control === 'display' || q.control === 'unavailable') return [];
      const text = { linkId: q.linkId ?? q.id, ...(q.label ? { text: q.label } : {}) };
      const children = build(q.children);
      if (q.control === 'group') return children.length ? [{ ...text, item: children }] : [];
      const values = answers[q.id] ?? [];
      if (!values.length) return children.length ? [{ ...text, item: children }] : [];
      return [{ ...text, answer: values.map((v, i) => ({ ...toFhirValue(v), ...(i === 0 && children.length ? { item: children } : {}) })) }];
    });
  const item = build(roots);
  // R4 allows no empty arrays: an unanswered form has no `item`; no canonical, no `questionnaire`.
  return {
    resourceType: 'QuestionnaireResponse',
    ...(model.canonical ? { questionnaire: model.canonical } : {}),
    status: 'completed',
    authored,
    ...(item.length ? { item } : {}),
  };
}
