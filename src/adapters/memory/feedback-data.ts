import type { FrontdeskSurvey } from '../../core/schemas/feedback.js';
import { phq9Questionnaire } from './data/surveys/phq9.js';
import { vitalSignQuestionnaire } from './data/surveys/vital-sign-questionnaire.js';
import { weightHeightQuestionnaire } from './data/surveys/weight-height-questionnaire.js';

/**
 * The memory adapter's surveys: Frontdesk surveys per touchpoint (English and Spanish), a
 * sampler of every question type, a 30-question survey for the benchmark, and FHIR R4
 * Questionnaires (PHQ-9, vital signs, weight and height, and a sampler of FHIR features).
 */

const contact = { phone: '(602) 555-0142', email: 'feedback@desertsage.example' };
const reviewUrl = 'https://reviews.example/desert-sage-health';

const postVisitEn: FrontdeskSurvey = {
  format: 'frontdesk',
  id: 'post-visit',
  touchpoint: 'post-visit',
  title: 'How was your visit?',
  intro: 'A few quick questions. You can skip any that are not required.',
  pages: [
    {
      questions: [
        { id: 'nps', type: 'nps', label: 'How likely are you to recommend Desert Sage Health to a friend or family member?', required: true, minLabel: 'Not at all likely', maxLabel: 'Extremely likely' },
        {
          id: 'nps-why',
          type: 'textarea',
          label: 'What is the main reason for your score?',
          maxLength: 1000,
        },
        {
          id: 'improve',
          type: 'checkbox',
          label: 'What could we do better?',
          options: [
            { value: 'wait', label: 'Shorter wait' },
            { value: 'communication', label: 'Clearer explanations' },
            { value: 'booking', label: 'Easier booking' },
            { value: 'billing', label: 'Billing' },
          ],
          enableWhen: [{ question: 'nps', operator: '<=', answer: 8 }],
        },
      ],
    },
  ],
  thankYou: { title: 'Thank you!', body: 'Your feedback goes to our patient-experience team.' },
  contact,
  reviewUrl,
};

const postVisitEs: FrontdeskSurvey = {
  ...postVisitEn,
  title: '¿Cómo fue su visita?',
  intro: 'Unas preguntas rápidas. Puede omitir las que no son obligatorias.',
  pages: [
    {
      questions: [
        { id: 'nps', type: 'nps', label: '¿Qué tan probable es que recomiende Desert Sage Health a un amigo o familiar?', required: true, minLabel: 'Nada probable', maxLabel: 'Muy probable' },
        { id: 'nps-why', type: 'textarea', label: '¿Cuál es la razón principal de su puntuación?', maxLength: 1000 },
        {
          id: 'improve',
          type: 'checkbox',
          label: '¿Qué podríamos mejorar?',
          options: [
            { value: 'wait', label: 'Menos espera' },
            { value: 'communication', label: 'Explicaciones más claras' },
            { value: 'booking', label: 'Citas más fáciles' },
            { value: 'billing', label: 'Facturación' },
          ],
          enableWhen: [{ question: 'nps', operator: '<=', answer: 8 }],
        },
      ],
    },
  ],
  thankYou: { title: '¡Gracias!', body: 'Sus comentarios llegan a nuestro equipo de experiencia del paciente.' },
};

const postBookingEn: FrontdeskSurvey = {
  format: 'frontdesk',
  id: 'post-booking',
  touchpoint: 'post-booking',
  title: 'How was booking?',
  pages: [
    {
      questions: [
        { id: 'csat', type: 'csat', label: 'How satisfied are you with booking your visit online?', required: true, minLabel: 'Very dissatisfied', maxLabel: 'Very satisfied' },
        { id: 'comment', type: 'text', label: 'Anything we could make easier?', maxLength: 300 },
      ],
    },
  ],
  contact,
};

const postBookingEs: FrontdeskSurvey = {
  ...postBookingEn,
  title: '¿Cómo fue hacer su cita?',
  pages: [
    {
      questions: [
        { id: 'csat', type: 'csat', label: '¿Qué tan satisfecho está con hacer su cita en línea?', required: true, minLabel: 'Muy insatisfecho', maxLabel: 'Muy satisfecho' },
        { id: 'comment', type: 'text', label: '¿Hay algo que podamos facilitar?', maxLength: 300 },
      ],
    },
  ],
};

const postChatEn: FrontdeskSurvey = {
  format: 'frontdesk',
  id: 'post-chat',
  touchpoint: 'post-chat',
  title: 'How was your chat?',
  pages: [
    {
      questions: [
        { id: 'resolved', type: 'yes-no', label: 'Did we answer your question?', required: true },
        { id: 'ces', type: 'ces', label: 'How easy was it to get the help you needed?', minLabel: 'Very difficult', maxLabel: 'Very easy' },
        { id: 'stars', type: 'stars', label: 'How would you rate the person you chatted with?' },
      ],
    },
  ],
  contact,
};

const postChatEs: FrontdeskSurvey = {
  ...postChatEn,
  title: '¿Cómo fue su chat?',
  pages: [
    {
      questions: [
        { id: 'resolved', type: 'yes-no', label: '¿Respondimos su pregunta?', required: true },
        { id: 'ces', type: 'ces', label: '¿Qué tan fácil fue obtener la ayuda que necesitaba?', minLabel: 'Muy difícil', maxLabel: 'Muy fácil' },
        { id: 'stars', type: 'stars', label: '¿Cómo calificaría a la persona con quien habló?' },
      ],
    },
  ],
};

const options = (...labels: string[]) => labels.map((label, i) => ({ value: `o${i + 1}`, label }));

const allTypesEn: FrontdeskSurvey = {
  format: 'frontdesk',
  id: 'all-types',
  title: 'Every question type',
  pages: [
    {
      title: 'Ratings',
      questions: [
        { id: 'nps', type: 'nps', label: 'How likely are you to recommend us?', required: true, minLabel: 'Not at all likely', maxLabel: 'Extremely likely' },
        { id: 'csat', type: 'csat', label: 'How satisfied are you with your visit?', minLabel: 'Very dissatisfied', maxLabel: 'Very satisfied' },
        { id: 'ces', type: 'ces', label: 'How easy was it to check in?', minLabel: 'Very difficult', maxLabel: 'Very easy' },
        { id: 'stars', type: 'stars', label: 'Rate the front desk' },
      ],
    },
    {
      title: 'Choices',
      questions: [
        { id: 'radio', type: 'radio', label: 'How did you hear about us?', options: options('A friend', 'A search engine', 'My insurer') },
        { id: 'checkbox', type: 'checkbox', label: 'Which services did you use?', options: options('Lab', 'X-ray', 'Pharmacy') },
        { id: 'dropdown', type: 'dropdown', label: 'Which clinic did you visit?', options: options('Phoenix', 'Albuquerque', 'Las Vegas') },
        { id: 'yes-no', type: 'yes-no', label: 'Was this your first visit?' },
      ],
    },
    {
      title: 'Your words',
      questions: [
        { id: 'text', type: 'text', label: 'One word for your visit', maxLength: 100 },
        { id: 'textarea', type: 'textarea', label: 'Anything else?', maxLength: 1000 },
        { id: 'number', type: 'number', label: 'Minutes you waited', min: 0, max: 300 },
        { id: 'date', type: 'date', label: 'Date of your visit' },
      ],
    },
  ],
  contact,
  reviewUrl,
};

const allTypesEs: FrontdeskSurvey = {
  ...allTypesEn,
  title: 'Todos los tipos de pregunta',
  pages: [
    {
      title: 'Calificaciones',
      questions: [
        { id: 'nps', type: 'nps', label: '¿Qué tan probable es que nos recomiende?', required: true, minLabel: 'Nada probable', maxLabel: 'Muy probable' },
        { id: 'csat', type: 'csat', label: '¿Qué tan satisfecho está con su visita?', minLabel: 'Muy insatisfecho', maxLabel: 'Muy satisfecho' },
        { id: 'ces', type: 'ces', label: '¿Qué tan fácil fue registrarse?', minLabel: 'Muy difícil', maxLabel: 'Muy fácil' },
        { id: 'stars', type: 'stars', label: 'Califique la recepción' },
      ],
    },
    {
      title: 'Opciones',
      questions: [
        { id: 'radio', type: 'radio', label: '¿Cómo supo de nosotros?', options: options('Un amigo', 'Un buscador', 'Mi aseguradora') },
        { id: 'checkbox', type: 'checkbox', label: '¿Qué servicios usó?', options: options('Laboratorio', 'Rayos X', 'Farmacia') },
        { id: 'dropdown', type: 'dropdown', label: '¿Qué clínica visitó?', options: options('Phoenix', 'Albuquerque', 'Las Vegas') },
        { id: 'yes-no', type: 'yes-no', label: '¿Fue su primera visita?' },
      ],
    },
    {
      title: 'En sus palabras',
      questions: [
        { id: 'text', type: 'text', label: 'Una palabra para su visita', maxLength: 100 },
        { id: 'textarea', type: 'textarea', label: '¿Algo más?', maxLength: 1000 },
        { id: 'number', type: 'number', label: 'Minutos de espera', min: 0, max: 300 },
        { id: 'date', type: 'date', label: 'Fecha de su visita' },
      ],
    },
  ],
};

/** 30 questions (the benchmark's survey): the twelve types in rotation. */
const kinds = ['nps', 'csat', 'ces', 'stars', 'radio', 'checkbox', 'dropdown', 'yes-no', 'text', 'textarea', 'number', 'date'] as const;
const bench30: FrontdeskSurvey = {
  format: 'frontdesk',
  id: 'bench-30',
  title: 'Thirty questions',
  pages: [
    {
      questions: Array.from({ length: 30 }, (_, i) => {
        const type = kinds[i % kinds.length] ?? 'text';
        const choice = type === 'radio' || type === 'checkbox' || type === 'dropdown';
        return { id: `q${i + 1}`, type, label: `Question ${i + 1} (${type})`, ...(choice ? { options: options('First', 'Second', 'Third', 'Fourth') } : {}) };
      }),
    },
  ],
};

/** A Questionnaire that uses the FHIR features the fixtures do not: groups, enableWhen, contained ValueSet, SDC controls. */
const fhirSampler = {
  resourceType: 'Questionnaire',
  id: 'fhir-sampler',
  url: 'https://desertsage.example/fhir/Questionnaire/fhir-sampler',
  version: '1',
  status: 'active',
  title: 'Before your visit',
  contained: [
    {
      resourceType: 'ValueSet',
      id: 'colors',
      status: 'active',
      expansion: {
        contains: [
          { system: 'urn:example:colors', code: 'red', display: 'Red' },
          { system: 'urn:example:colors', code: 'green', display: 'Green' },
          { system: 'urn:example:colors', code: 'blue', display: 'Blue' },
        ],
      },
    },
  ],
  item: [
    {
      linkId: 'visit',
      type: 'string',
      text: 'Main reason for your visit',
      maxLength: 200,
      item: [{ linkId: 'visit-help', type: 'display', text: 'A few words are enough.', extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl', valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'help' }] } }] }],
    },
    {
      linkId: 'habits',
      type: 'group',
      text: 'Habits',
      item: [
        { linkId: 'smoker', type: 'boolean', text: 'Do you smoke?' },
        { linkId: 'packs', type: 'integer', text: 'Packs a day', enableWhen: [{ question: 'smoker', operator: '=', answerBoolean: true }] },
      ],
    },
    {
      linkId: 'color',
      type: 'choice',
      text: 'Favourite colour',
      answerValueSet: '#colors',
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation', valueCode: 'horizontal' }],
    },
    {
      linkId: 'pain',
      type: 'integer',
      text: 'Pain today (0–10)',
      extension: [
        { url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl', valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'slider' }] } },
        { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 },
        { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 10 },
      ],
    },
    {
      linkId: 'where',
      type: 'choice',
      text: 'Clinic',
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl', valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'autocomplete' }] } }],
      answerOption: [{ valueString: 'Phoenix' }, { valueString: 'Albuquerque' }, { valueString: 'Las Vegas' }],
    },
    {
      linkId: 'other',
      type: 'open-choice',
      text: 'How did you get here?',
      answerOption: [{ valueCoding: { code: 'car', display: 'Car' } }, { valueCoding: { code: 'bus', display: 'Bus' } }],
    },
    {
      linkId: 'allergies',
      type: 'string',
      text: 'Allergies',
      repeats: true,
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs', valueInteger: 3 }],
    },
    { linkId: 'when', type: 'dateTime', text: 'When did it start?' },
    { linkId: 'wake', type: 'time', text: 'When do you usually wake up?' },
    { linkId: 'site', type: 'url', text: 'A web page about it, if any' },
    { linkId: 'weight', type: 'decimal', text: 'Weight', extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit', valueCoding: { system: 'http://unitsofmeasure.org', code: 'kg', display: 'kg' } }] },
    { linkId: 'source', type: 'string', text: 'Form version', readOnly: true, initial: [{ valueString: 'web-1' }] },
    {
      linkId: 'secret',
      type: 'string',
      text: 'Channel',
      initial: [{ valueString: 'portal' }],
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden', valueBoolean: true }],
    },
  ],
};

/**
 * The demo's PHQ-9 is a screening form (Frontdesk's `survey-kind`) with a safety notice while
 * item 9 (thoughts of self-harm, LOINC 44260-8) is answered above "Not at all".
 */
const phq9Clinical = [
  { url: 'https://frontdesk.dev/fhir/StructureDefinition/survey-kind', valueCode: 'screening' },
  {
    url: 'https://frontdesk.dev/fhir/StructureDefinition/safety-notice',
    extension: [
      {
        url: 'text',
        valueString:
          'If you are having thoughts of hurting yourself, you are not alone: call or text 988 (Suicide & Crisis Lifeline) now, any time. If you are in danger right now, call 911.',
      },
      { url: 'condition', extension: [{ url: 'question', valueString: '/44260-8' }, { url: 'operator', valueCode: '!=' }, { url: 'answer', valueCoding: { code: 'LA6568-5', display: 'Not at all' } }] },
    ],
  },
];

/** Surveys by id and locale; a locale without its own copy falls back to English. */
export const surveyCatalog: { en: Readonly<Record<string, unknown>>; es: Readonly<Record<string, unknown>> } = {
  en: {
    'post-visit': postVisitEn,
    'post-booking': postBookingEn,
    'post-chat': postChatEn,
    'all-types': allTypesEn,
    'bench-30': bench30,
    'fhir-sampler': fhirSampler,
    phq9: { ...phq9Questionnaire, id: 'phq9', extension: phq9Clinical },
    'vital-signs': { ...vitalSignQuestionnaire, id: 'vital-signs' },
    'weight-height': { ...weightHeightQuestionnaire, id: 'weight-height' },
  },
  es: { 'post-visit': postVisitEs, 'post-booking': postBookingEs, 'post-chat': postChatEs, 'all-types': allTypesEs },
};

/** Which survey each touchpoint gets. */
export const touchpointSurveys: Readonly<Record<string, string>> = {
  'post-visit': 'post-visit',
  'post-booking': 'post-booking',
  'post-chat': 'post-chat',
  intake: 'phq9',
};
