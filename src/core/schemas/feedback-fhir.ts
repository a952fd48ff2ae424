import * as z from 'zod/mini';

/**
 * Enough of FHIR R4 `Questionnaire` and `QuestionnaireResponse` to accept any reasonable
 * questionnaire: items and their nesting, `enableWhen`/`enableBehavior`, `answerOption`,
 * contained `ValueSet`s for `answerValueSet`, `initial`, and extensions kept as data.
 * Objects are loose (unknown FHIR elements pass through untouched); an item `type` this
 * version cannot render is not refused here: the renderer names it in a clear error.
 */

/** A string up to `max` characters (20,000 by default: expressions and notices can be long). */
const text = (max = 20_000) => z.string().check(z.maxLength(max));
const str = z.optional(text());
const bool = z.optional(z.boolean());
const num = z.optional(z.number().check(z.minimum(-1e15), z.maximum(1e15)));
/** An optional list of at most `max` (every list a widget accepts has a documented maximum). */
const list = <T extends z.ZodMiniType>(of: T, max: number) => z.optional(z.array(of).check(z.maxLength(max)));

export const FhirCoding = z.looseObject({ system: str, version: str, code: str, display: str });
export type FhirCoding = z.infer<typeof FhirCoding>;

export const FhirQuantity = z.looseObject({ value: num, comparator: str, unit: str, system: str, code: str });
export type FhirQuantity = z.infer<typeof FhirQuantity>;

/** Lenient where real-world tools are sloppy (LHC-Forms writes `valueString: 1` for option prefixes). */
const looseString = z.optional(z.pipe(z.union([text(), z.number()]), z.transform(String)));

/** A FHIRPath (or other) expression: `variable`, `calculatedExpression`, `initialExpression`… */
export const FhirExpression = z.looseObject({ name: str, language: str, expression: str, description: str });
export type FhirExpression = z.infer<typeof FhirExpression>;

/** An extension: `url` plus one value[x] (or nested extensions), kept as data. */
export interface FhirExtension {
  url: string;
  valueString?: string | undefined;
  valueCode?: string | undefined;
  valueBoolean?: boolean | undefined;
  valueInteger?: number | undefined;
  valueDecimal?: number | undefined;
  valueCoding?: FhirCoding | undefined;
  valueCodeableConcept?: { coding?: FhirCoding[] | undefined; text?: string | undefined; [key: string]: unknown } | undefined;
  valueQuantity?: FhirQuantity | undefined;
  valueExpression?: FhirExpression | undefined;
  extension?: FhirExtension[] | undefined;
  [key: string]: unknown;
}
export const FhirExtension: z.ZodMiniType<FhirExtension> = z.looseObject({
  url: text(2000),
  valueString: looseString,
  valueCode: str,
  valueBoolean: bool,
  valueInteger: num,
  valueDecimal: num,
  valueCoding: z.optional(FhirCoding),
  valueCodeableConcept: z.optional(z.looseObject({ coding: list(FhirCoding, 50), text: str })),
  valueQuantity: z.optional(FhirQuantity),
  valueExpression: z.optional(FhirExpression),
  get extension() {
    return list(FhirExtension, 200);
  },
});
const extensions = list(FhirExtension, 200);

/** The value[x] choices of `enableWhen.answer[x]`, `answerOption.value[x]`, `initial.value[x]` and answers. */
const valueShape = {
  valueBoolean: bool,
  valueDecimal: num,
  valueInteger: num,
  valueDate: str,
  valueDateTime: str,
  valueTime: str,
  valueString: str,
  valueUri: str,
  valueCoding: z.optional(FhirCoding),
  valueQuantity: z.optional(FhirQuantity),
  valueReference: z.optional(z.looseObject({ reference: str, display: str })),
  valueAttachment: z.optional(z.looseObject({ contentType: str, data: str, title: str, size: num, url: str })),
};
const valueKeys = Object.keys(valueShape);
const oneValue = (prefix: string) =>
  z.refine(
    (v: unknown) => Object.entries(v as Record<string, unknown>).filter(([k, x]) => k.startsWith(prefix) && /^[A-Z]/.test(k.slice(prefix.length)) && x !== undefined).length === 1,
    `Expected exactly one ${prefix}[x]`,
  );

export const enableWhenOperators = ['exists', '=', '!=', '>', '<', '>=', '<='] as const;
export type EnableWhenOperator = (typeof enableWhenOperators)[number];

export const FhirEnableWhen = z
  .looseObject({
    question: text(255),
    operator: z.enum(enableWhenOperators),
    answerBoolean: bool,
    answerDecimal: num,
    answerInteger: num,
    answerDate: str,
    answerDateTime: str,
    answerTime: str,
    answerString: str,
    answerCoding: z.optional(FhirCoding),
    answerQuantity: z.optional(FhirQuantity),
    answerReference: z.optional(z.looseObject({ reference: str })),
  })
  .check(oneValue('answer'));
export type FhirEnableWhen = z.infer<typeof FhirEnableWhen>;

export const FhirAnswerOption = z.looseObject({ ...valueShape, initialSelected: bool, extension: extensions }).check(oneValue('value'));
export type FhirAnswerOption = z.infer<typeof FhirAnswerOption>;

export const FhirValue = z.looseObject(valueShape).check(oneValue('value'));
export type FhirValue = z.infer<typeof FhirValue>;

export interface FhirItem {
  linkId: string;
  type: string;
  text?: string | undefined;
  prefix?: string | undefined;
  definition?: string | undefined;
  required?: boolean | undefined;
  repeats?: boolean | undefined;
  readOnly?: boolean | undefined;
  maxLength?: number | undefined;
  enableWhen?: FhirEnableWhen[] | undefined;
  enableBehavior?: 'all' | 'any' | undefined;
  answerValueSet?: string | undefined;
  answerOption?: FhirAnswerOption[] | undefined;
  initial?: FhirValue[] | undefined;
  extension?: FhirExtension[] | undefined;
  code?: FhirCoding[] | undefined;
  item?: FhirItem[] | undefined;
  [key: string]: unknown;
}

export const FhirItem: z.ZodMiniType<FhirItem> = z.looseObject({
  linkId: text(255).check(z.minLength(1)),
  type: text(64),
  text: str,
  prefix: str,
  definition: str,
  required: bool,
  repeats: bool,
  readOnly: bool,
  maxLength: num,
  enableWhen: list(FhirEnableWhen, 100),
  enableBehavior: z.optional(z.enum(['all', 'any'])),
  answerValueSet: str,
  answerOption: list(FhirAnswerOption, 1000),
  initial: list(FhirValue, 100),
  extension: extensions,
  code: list(FhirCoding, 50),
  get item() {
    return list(FhirItem, 1000);
  },
});

const ValueSetConcept = z.looseObject({ system: str, code: text(1000), display: str, extension: extensions });

/** A contained `ValueSet` an item's `answerValueSet: "#id"` points to (expansion or compose). */
export const FhirValueSet = z.looseObject({
  resourceType: z.literal('ValueSet'),
  id: str,
  url: str,
  expansion: z.optional(z.looseObject({ contains: list(ValueSetConcept, 10_000) })),
  compose: z.optional(
    z.looseObject({
      include: z.array(z.looseObject({ system: str, concept: list(z.looseObject({ code: text(1000), display: str }), 10_000) })).check(z.maxLength(100)),
    }),
  ),
});
export type FhirValueSet = z.infer<typeof FhirValueSet>;

export const Questionnaire = z.looseObject({
  resourceType: z.literal('Questionnaire'),
  id: str,
  url: str,
  version: str,
  name: str,
  title: str,
  status: z.enum(['draft', 'active', 'retired', 'unknown']),
  description: str,
  extension: extensions,
  contained: list(z.looseObject({ resourceType: text(64), id: str }), 200),
  item: list(FhirItem, 1000),
});
export type Questionnaire = z.infer<typeof Questionnaire>;

export interface FhirResponseItem {
  linkId: string;
  text?: string;
  answer?: Array<Record<string, unknown> & { item?: FhirResponseItem[] }>;
  item?: FhirResponseItem[];
}

export const FhirResponseItem: z.ZodMiniType<FhirResponseItem> = z.looseObject({
  linkId: text(255).check(z.minLength(1)),
  text: str,
  get answer() {
    return list(z.looseObject({ ...valueShape, get item() { return list(FhirResponseItem, 1000); } }).check(oneValue('value')), 1000);
  },
  get item() {
    return list(FhirResponseItem, 1000);
  },
});

/** A FHIR R4 `QuestionnaireResponse`, as the widget builds it (status `completed`). */
export const QuestionnaireResponse = z.looseObject({
  resourceType: z.literal('QuestionnaireResponse'),
  questionnaire: str,
  status: z.enum(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']),
  authored: str,
  item: list(FhirResponseItem, 1000),
});
export type QuestionnaireResponse = z.infer<typeof QuestionnaireResponse>;

export { valueKeys as fhirValueKeys };
