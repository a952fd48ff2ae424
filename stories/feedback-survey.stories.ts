import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { FrontdeskAdapter } from '../src/core/adapter.js';
import type { QuestionType } from '../src/core/schemas/feedback.js';
import '../src/widgets/feedback-survey/fd-feedback-survey.js';
import { LOADING_LATENCY_MS, failing, states } from './support/story.js';
import { driveSurvey } from './support/survey-driver.js';

interface SurveyArgs {
  surveyId?: string;
  touchpoint?: string;
  layout: 'auto' | 'pages' | 'one-per-screen' | 'all-on-one-page';
  trigger: 'inline' | 'prompt';
  persist?: 'session';
  lowScore?: string;
  reviewUrl?: string;
  anonymous: boolean;
}

const meta = {
  title: 'Widgets/Feedback survey',
  component: 'fd-feedback-survey',
  tags: ['autodocs'],
  args: { touchpoint: 'post-visit', layout: 'all-on-one-page', trigger: 'inline', anonymous: false },
  argTypes: {
    layout: { control: 'inline-radio', options: ['auto', 'pages', 'one-per-screen', 'all-on-one-page'] },
    trigger: { control: 'inline-radio', options: ['inline', 'prompt'] },
  },
} satisfies Meta<SurveyArgs>;
export default meta;

const state = states<SurveyArgs>(
  (args, adapter) => html`<fd-feedback-survey
    .adapter=${adapter}
    survey-id=${ifDefined(args.surveyId)}
    touchpoint=${ifDefined(args.touchpoint)}
    layout=${args.layout}
    trigger=${args.trigger}
    persist=${ifDefined(args.persist)}
    low-score=${ifDefined(args.lowScore)}
    review-url=${ifDefined(args.reviewUrl)}
    ?anonymous=${args.anonymous}
  ></fd-feedback-survey>`,
);

const choices = [
  { value: 'a', label: 'Online' },
  { value: 'b', label: 'By phone' },
  { value: 'c', label: 'In person' },
];

/** The memory adapter answering with a one-question survey of `type`. */
const oneQuestion =
  (type: QuestionType, label: string) =>
  (memory: MemoryAdapter): FrontdeskAdapter => ({
    ...memory,
    feedback: {
      ...memory.feedback,
      getSurvey: async () => ({
        format: 'frontdesk' as const,
        id: `one-${type}`,
        title: 'One question',
        pages: [
          {
            questions: [
              {
                id: type,
                type,
                label,
                ...(['radio', 'checkbox', 'dropdown'].includes(type) ? { options: choices } : {}),
                ...(['nps', 'csat', 'ces'].includes(type) ? { minLabel: 'Not at all', maxLabel: 'Completely' } : {}),
              },
            ],
          },
        ],
      }),
    },
  });

const one = (type: QuestionType, label: string) => state({ adapter: oneQuestion(type, label), args: { touchpoint: undefined, surveyId: `one-${type}` } });

/** The post-visit survey: NPS 0–10 with labelled ends, why, and what to improve (shown for scores ≤ 8). */
export const PostVisitNps = state();

/** After booking: CSAT 1–5 and a short comment. */
export const PostBookingCsat = state({ args: { touchpoint: 'post-booking' } });

/** After a chat: yes/no, CES 1–7 and stars. */
export const PostChat = state({ args: { touchpoint: 'post-chat' } });

/** Every Frontdesk question type, on one page. */
export const EveryQuestionType = state({ args: { touchpoint: undefined, surveyId: 'all-types' } });

/** The survey's own pages, with progress. */
export const Pages = state({ args: { touchpoint: undefined, surveyId: 'all-types', layout: 'pages' } });

/** One question per screen (what `layout="auto"` does on small screens). */
export const OneQuestionPerScreen = state({ args: { layout: 'one-per-screen' } });

export const Nps = one('nps', 'How likely are you to recommend us?');
export const Csat = one('csat', 'How satisfied are you?');
export const Ces = one('ces', 'How easy was it?');
export const Stars = one('stars', 'Rate your visit');
export const SingleChoice = one('radio', 'How did you book?');
export const MultipleChoice = one('checkbox', 'How have you contacted us?');
export const Dropdown = one('dropdown', 'How did you book?');
export const YesNo = one('yes-no', 'Was this your first visit?');
export const ShortText = one('text', 'One word for your visit');
export const LongText = one('textarea', 'Anything else?');
export const NumberQuestion = one('number', 'Minutes you waited');
export const DateQuestion = one('date', 'Date of your visit');

/** A FHIR R4 Questionnaire: PHQ-9 (drop-downs; the total's FHIRPath calculation is reported as unsupported). */
export const FhirPhq9 = state({ args: { touchpoint: undefined, surveyId: 'phq9' }, logs: [] });

/** A FHIR R4 Questionnaire: vital signs (decimals with units, quantities with a unit choice). */
export const FhirVitalSigns = state({ args: { touchpoint: undefined, surveyId: 'vital-signs' } });

/** FHIR features: groups, enableWhen, contained ValueSet, slider, autocomplete, open-choice, date-time, time, URL, hidden and read-only items. */
export const FhirFeatures = state({ args: { touchpoint: undefined, surveyId: 'fhir-sampler' } });

/** A low score (NPS 3): "Would you like someone to contact you?" and the practice's contact options. */
export const LowScoreFollowUp = { ...state(), play: driveSurvey((s) => s.pick('nps', '3')) };

/** Required questions left empty: messages tied to each field, focus on the first. */
export const ValidationMessages = { ...state({ args: { surveyId: 'all-types', touchpoint: undefined } }), play: driveSurvey((s) => s.next()) };

/** Sent: thanks, and the public review link offered to every respondent (never only to happy ones). */
export const ThankYou = {
  ...state({ view: 'submitted', args: { reviewUrl: 'https://reviews.example/desert-sage-health' } }),
  play: driveSurvey(async (s) => {
    await s.pick('nps', '10');
    await s.next();
    await s.reach('submitted');
  }),
};

/** A low score sent without asking to be contacted: sorry, the contact options, and the same review link. */
export const ThankYouAfterLowScore = {
  ...state({ view: 'submitted' }),
  play: driveSurvey(async (s) => {
    await s.pick('nps', '2');
    await s.next();
    await s.reach('submitted');
  }),
};

/** Sending, while the practice's server takes its time. */
export const Sending = {
  ...state({
    view: 'submitting',
    adapter: (memory) => ({ ...memory, feedback: { ...memory.feedback, submit: () => new Promise(() => undefined) } }),
  }),
  play: driveSurvey(async (s) => {
    await s.pick('nps', '9');
    await s.next();
    await s.reach('submitting');
  }),
};

/** The response could not be sent: every answer stays, and Send tries again with the same key. */
export const SendFailed = {
  ...state({ view: 'submit-failed', error: 'conflict', faults: [{ method: 'feedback.submit', kind: 'conflict' }] }),
  play: driveSurvey(async (s) => {
    await s.pick('nps', '9');
    await s.next();
    await s.reach('submit-failed');
  }),
};

/** Anonymous: no patient context sent; a low score shows how to reach the practice instead of "contact me". */
export const Anonymous = { ...state({ args: { anonymous: true } }), play: driveSurvey((s) => s.pick('nps', '4')) };

/** `trigger="prompt"`: nothing shows until the page dispatches an event (here `fd-booking-confirm`). */
const waiting = state({ view: 'idle', args: { trigger: 'prompt', touchpoint: 'post-booking' } });
export const PromptWaiting = {
  ...waiting,
  // A button stands in for the page's booking, so the story is not a blank canvas.
  render: (args: SurveyArgs) => html`<button
      type="button"
      @click=${() => document.dispatchEvent(new CustomEvent('fd-booking-confirm', { detail: { appointmentId: 'story', locationId: 'phoenix' } }))}
    >
      Simulate a booking (dispatch fd-booking-confirm)
    </button>
    ${waiting.render(args)}`,
};

/** The prompt, opened by `fd-booking-confirm`. */
export const Prompt = {
  ...state({ view: 'prompt', args: { trigger: 'prompt', touchpoint: 'post-booking' } }),
  play: driveSurvey(async (s) => {
    document.dispatchEvent(new CustomEvent('fd-booking-confirm', { detail: { appointmentId: 'story', locationId: 'phoenix' } }));
    await s.reach('prompt');
  }),
};

/** "Not now" closes the prompt. */
export const PromptDismissed = {
  ...state({ view: 'dismissed', args: { trigger: 'prompt', touchpoint: 'post-booking' } }),
  play: driveSurvey(async (s) => {
    s.el.open();
    await s.reach('prompt');
    s.el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="dismiss-button"]')?.click();
    await s.reach('dismissed');
  }),
};

/** In Spanish (the survey's own text comes from the adapter in Spanish too). */
export const Spanish = state({ locale: 'es' });

/** Dark theme. */
export const Dark = state({ theme: 'dark', args: { surveyId: 'all-types', touchpoint: undefined } });

export const Loading = state({ latencyMs: LOADING_LATENCY_MS, view: 'loading' });

export const Offline = state(failing('network'));

/** An unknown survey id. */
export const NotFound = state({ args: { surveyId: 'no-such-survey', touchpoint: undefined }, error: 'not-found' });

/** A survey that does not match the schema. */
export const SchemaInvalid = state({ scenario: 'invalid', error: 'invalid-response', logs: ['does not match its schema'] });

/** A Questionnaire with a required question it cannot show (its value set cannot be expanded): a clear error naming it, never a dropped question. */
export const UnsupportedItem = state({
  error: 'invalid-response',
  logs: ['cannot be rendered'],
  adapter: (memory) => ({
    ...memory,
    feedback: {
      ...memory.feedback,
      // A required question whose answers come from a value set the practice cannot expand
      // (this adapter has no expandValueSet): the form cannot be answered, so it is refused whole.
      expandValueSet: undefined,
      getSurvey: async () => ({
        resourceType: 'Questionnaire' as const,
        id: 'insurer',
        status: 'active' as const,
        item: [
          { linkId: 'name', type: 'string', text: 'What should we call you?' },
          { linkId: 'insurer', type: 'choice', required: true, text: 'Who is your insurer?', answerValueSet: 'https://example.org/fhir/ValueSet/insurers' },
        ],
      }),
    },
  }),
});
