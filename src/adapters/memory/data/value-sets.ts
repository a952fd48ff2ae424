import type { FhirValueSet } from '../../../core/schemas/feedback-fhir.js';

const ordinal = (n: number) => [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: n }];
const loinc = 'http://loinc.org';

/**
 * The external value sets the memory adapter's Questionnaires point to, expanded as a
 * terminology service would (`ValueSet/$expand`), scores (`ordinalValue`) included.
 * LL358-3 is LOINC's PHQ frequency answer list.
 */
export const valueSets: Readonly<Record<string, FhirValueSet>> = {
  'http://loinc.org/vs/LL358-3': {
    resourceType: 'ValueSet',
    url: 'http://loinc.org/vs/LL358-3',
    expansion: {
      contains: [
        { system: loinc, code: 'LA6568-5', display: 'Not at all', extension: ordinal(0) },
        { system: loinc, code: 'LA6569-3', display: 'Several days', extension: ordinal(1) },
        { system: loinc, code: 'LA6570-1', display: 'More than half the days', extension: ordinal(2) },
        { system: loinc, code: 'LA6571-9', display: 'Nearly every day', extension: ordinal(3) },
      ],
    },
  },
};
