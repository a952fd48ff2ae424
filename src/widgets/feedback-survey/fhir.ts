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
import { UnrenderableItemError, type Answers, type Coding, type Control, type Option, type Question, type SurveyModel, type Value, type ValueType } from './model.js';

/**
 * FHIR R4 Questionnaire → render model, and answers → QuestionnaireResponse. Loaded only
 * when a survey is a Questionnaire, so Frontdesk surveys never download it.
 */

/**
 * FHIRPath and other expression extensions this version does not evaluate (calculatedExpression,
 * initialExpression, variable, enableWhenExpression, answerExpression…): reported, never fatal.
 */
const isExpression = (name: string) => /Expression$|^variable$|PopulationContext$/.test(name);
/** The development warnings for expressions on `where` (an item or the Questionnaire). */
const expressions = (where: string, on: { extension?: FhirExtension[] | undefined }, warnings: string[]) => {
  for (const e of on.extension ?? []) if (isExpression(name(e))) warnings.push(`${where}: ${name(e)} (FHIRPath) is not supported yet; shown without it.`);
};

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
  const q = v[`${prefix}Quantity`] as { value?: number; unit?: string; system?: string; code?: string } | undefined;
  if (q && typeof q.value === 'number') return { type: 'quantity', value: { value: q.value, unit: q.unit, system: q.system, code: q.code } };
  return undefined;
}

/** A typed value as a FHIR `{ value[x]: … }`. */
export function toFhirValue(v: Value): Record<string, unknown> {
  const value =
    v.type === 'coding'
      ? coding(v.value)
      : v.type === 'quantity'
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
};

const choiceControls: Readonly<Record<string, Control>> = {
  'radio-button': 'radio',
  'check-box': 'checkbox',
  'drop-down': 'dropdown',
  autocomplete: 'autocomplete',
};

function optionsOf(item: FhirItem, contained: readonly Record<string, unknown>[]): Option[] {
  if (item.answerOption?.length) {
    return item.answerOption.map((o: FhirAnswerOption, i) => {
      const value = fromFhirValue(o);
      if (!value) throw new UnrenderableItemError(item.linkId, `answerOption ${i + 1} has no supported value`);
      const label = value.type === 'coding' ? (value.value.display ?? value.value.code ?? '') : String(value.type === 'quantity' ? value.value.value : value.value);
      return { key: String(i), label, value, prefix: first(o, 'optionPrefix')?.valueString };
    });
  }
  const ref = item.answerValueSet;
  if (!ref) return [];
  const vs = ref.startsWith('#') ? (contained.find((r) => r.resourceType === 'ValueSet' && r.id === ref.slice(1)) as FhirValueSet | undefined) : undefined;
  if (!vs) throw new UnrenderableItemError(item.linkId, `answerValueSet "${ref}" is not contained (it needs a terminology server)`);
  const concepts = vs.expansion?.contains ?? vs.compose?.include.flatMap((inc) => (inc.concept ?? []).map((c) => ({ ...c, system: inc.system }))) ?? [];
  if (!concepts.length) throw new UnrenderableItemError(item.linkId, `ValueSet "${ref}" lists no codes`);
  return concepts.map((c, i) => ({ key: String(i), label: c.display ?? c.code, value: { type: 'coding', value: coding(c) } }));
}

function convert(item: FhirItem, contained: readonly Record<string, unknown>[], warnings: string[]): Question {
  expressions(`Item "${item.linkId}"`, item, warnings);
  const choice = item.type === 'choice' || item.type === 'open-choice';
  const base = simple[item.type];
  if (!choice && !base) throw new UnrenderableItemError(item.linkId, `type "${item.type}" is not supported`);
  const options = choice ? optionsOf(item, contained) : [];
  if (choice && !options.length && item.type === 'choice') throw new UnrenderableItemError(item.linkId, 'a choice item needs answerOption or answerValueSet');
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
  const minOccurs = numberOf(first(item, 'minOccurs'));
  const q: Question = {
    id: item.linkId,
    control,
    valueType,
    label: item.text ?? '',
    prefix: item.prefix,
    required: (item.required ?? false) || (minOccurs ?? 0) > 0,
    repeats: item.repeats ?? false,
    // A calculated item is the form's to fill, not the patient's: read-only (empty while FHIRPath is unsupported).
    readOnly: (item.readOnly ?? false) || first(item, 'calculatedExpression') !== undefined,
    hidden: first(item, 'hidden')?.valueBoolean === true,
    min: numberOf(first(item, 'minValue')),
    max: numberOf(first(item, 'maxValue')),
    step: numberOf(first(item, 'sliderStepValue')),
    maxLength: item.maxLength,
    minOccurs,
    maxOccurs: numberOf(first(item, 'maxOccurs')),
    options,
    openChoice: item.type === 'open-choice',
    unit: first(item, 'unit')?.valueCoding,
    units: ext(item, 'unitOption').flatMap((e) => (e.valueCoding ? [e.valueCoding] : [])),
    entryFormat: first(item, 'entryFormat')?.valueString,
    orientation: first(item, 'choiceOrientation')?.valueCode === 'horizontal' ? 'horizontal' : first(item, 'choiceOrientation') ? 'vertical' : undefined,
    enableWhen: (item.enableWhen ?? []).map((c) => {
      const answer = fromFhirValue(c, 'answer');
      if (!answer) throw new UnrenderableItemError(item.linkId, `enableWhen on "${c.question}" has an unsupported answer type`);
      return { question: c.question, operator: c.operator, answer };
    }),
    enableBehavior: item.enableBehavior ?? 'all',
    initial: [
      ...(item.initial ?? []).flatMap((v: FhirValue) => {
        const value = fromFhirValue(v);
        return value ? [value] : [];
      }),
      ...options.filter((_o, i) => item.answerOption?.[i]?.initialSelected).map((o) => o.value),
    ],
    children: [],
  };
  if (item.type === 'group' && item.repeats) warnings.push(`Item "${item.linkId}": a repeating group is shown once in this version.`);
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
    q.children.push(convert(child, contained, warnings));
  }
  return q;
}

/** A Questionnaire as the render model; throws `UnrenderableItemError` naming the first item it cannot show. */
export function fromQuestionnaire(questionnaire: Questionnaire): SurveyModel {
  const warnings: string[] = [];
  expressions('Questionnaire', questionnaire, warnings);
  const contained = (questionnaire.contained ?? []) as Array<Record<string, unknown>>;
  const items = (questionnaire.item ?? []).map((i) => convert(i, contained, warnings));
  const id = questionnaire.id ?? questionnaire.url ?? questionnaire.name ?? 'questionnaire';
  return {
    id,
    source: 'fhir',
    title: questionnaire.title ?? questionnaire.name ?? '',
    intro: questionnaire.description,
    pages: [{ items }],
    warnings: [...new Set(warnings)],
    canonical: questionnaire.url ? `${questionnaire.url}${questionnaire.version ? `|${questionnaire.version}` : ''}` : `Questionnaire/${id}`,
  };
}

/**
 * The answers as a FHIR R4 QuestionnaireResponse: one item per answered, enabled question
 * (by linkId, with its text), value[x] by the question's type, groups nested as in the
 * Questionnaire, children of a question under its answer. Answers of disabled questions
 * are left out; so are empty groups. No subject: patient context travels apart, if at all.
 */
export function toQuestionnaireResponse(model: SurveyModel, answers: Answers, authored: string): QuestionnaireResponse {
  const roots = model.pages.flatMap((p) => p.items);
  const enabled = enabledIds(roots, answers);
  const build = (items: readonly Question[]): FhirResponseItem[] =>
    items.flatMap((q): FhirResponseItem[] => {
      if (!enabled.has(q.id) || q.control === 'display') return [];
      const text = q.label ? { text: q.label } : {};
      const children = build(q.children);
      if (q.control === 'group') return children.length ? [{ linkId: q.id, ...text, item: children }] : [];
      const values = answers[q.id] ?? [];
      if (!values.length) return children.length ? [{ linkId: q.id, ...text, item: children }] : [];
      return [{ linkId: q.id, ...text, answer: values.map((v, i) => ({ ...toFhirValue(v), ...(i === 0 && children.length ? { item: children } : {}) })) }];
    });
  return { resourceType: 'QuestionnaireResponse', questionnaire: model.canonical, status: 'completed', authored, item: build(roots) };
}
