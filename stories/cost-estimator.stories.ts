import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/widgets/cost-estimator/fd-cost-estimator.js';
import type { CostEstimator } from '../src/widgets/cost-estimator/cost-estimator.js';
import { createMemoryAdapter } from '../src/adapters/memory/index.js';
import { createRestAdapter } from '../src/adapters/rest/index.js';
import { joinUrl, restPaths } from '../src/adapters/rest/paths.js';
import { faultScenarios } from '../src/mocks/faults.js';
import { restHandlers } from '../src/mocks/rest-handlers.js';
import { LOADING_LATENCY_MS, STORY_NOW, failing, states } from './support/story.js';

interface EstimatorArgs {
  service?: string;
  plan?: string;
  pay?: 'insured' | 'self-pay';
  gfeUrl?: string;
  paymentPlansUrl?: string;
  financialAssistanceUrl?: string;
  phone?: string;
}

const meta = {
  title: 'Widgets/Cost estimator',
  component: 'fd-cost-estimator',
  tags: ['autodocs'],
  args: { phone: '(555) 010-0199', paymentPlansUrl: 'https://clinic.example/billing/payment-plans', financialAssistanceUrl: 'https://clinic.example/billing/financial-assistance' },
  argTypes: {
    pay: { control: 'inline-radio', options: [undefined, 'insured', 'self-pay'] },
    plan: { control: 'select', options: [undefined, 'platform-ppo', 'region-hmo', 'sunrise-bronze'] },
  },
} satisfies Meta<EstimatorArgs>;
export default meta;

const state = states<EstimatorArgs>(
  (args, adapter) => html`<fd-cost-estimator
    .adapter=${adapter}
    service=${ifDefined(args.service)}
    plan=${ifDefined(args.plan)}
    pay=${ifDefined(args.pay)}
    gfe-url=${ifDefined(args.gfeUrl)}
    payment-plans-url=${ifDefined(args.paymentPlansUrl)}
    financial-assistance-url=${ifDefined(args.financialAssistanceUrl)}
    phone=${ifDefined(args.phone)}
  ></fd-cost-estimator>`,
);

/** Types into the search field as a patient would, and waits for the suggestions. */
const typing =
  (text: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const el = canvasElement.querySelector<CostEstimator>('fd-cost-estimator');
    await el?.updateComplete;
    const input = el?.shadowRoot?.querySelector<HTMLInputElement>('#search');
    if (!el || !input) return;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[role=option]'); i++) await new Promise((r) => setTimeout(r, 20));
  };

/** The start: search by plain words or code, or browse by category. */
export const Search = state();

/** Suggestions as the patient types ("mri"). */
export const Suggestions = { ...state(), play: typing('mri') };

/** A code typed in full finds its service first. */
export const SearchByCode = { ...state(), play: typing('80061') };

/** A service chosen, before the patient says how they will pay: the gross charge and the source already show. */
export const ServiceChosen = state({ args: { service: 'mri-brain' } });

/** Insured: the plan's negotiated rate and "You may pay about …", with the breakdown (deductible taken as not met). */
export const InsuredEstimate = state({ args: { service: 'ct-abdomen', plan: 'region-hmo' }, view: 'estimate' });

/** Self-pay: the discounted cash price, and the right to a Good Faith Estimate. */
export const SelfPay = state({ args: { service: 'mri-brain', pay: 'self-pay', gfeUrl: 'https://clinic.example/good-faith-estimate' }, view: 'self-pay' });

/** Self-pay for a service without a published cash discount. */
export const SelfPayNoCashPrice = state({ args: { service: 'hernia-repair', pay: 'self-pay' }, view: 'self-pay' });

/** The plan has no published rate for this service. */
export const NoDataForPlan = state({ args: { service: 'mri-brain', plan: 'sunrise-bronze' }, view: 'no-rate' });

/** An algorithmic rate (C-section, MS-DRG 786): a range from what the plan actually paid, with the formula. */
export const AlgorithmicRate = state({ args: { service: 'c-section', plan: 'platform-ppo' }, view: 'estimate' });

/** A percentage-of-charges rate (ER level 3). */
export const PercentageRate = state({ args: { service: 'er-level-3', plan: 'region-hmo' }, view: 'estimate' });

/** A drug priced per unit (NDC), with several rates. */
export const Medication = state({ args: { service: 'b12-injection', plan: 'platform-ppo' }, view: 'estimate' });

/** Waiting for the charges. */
export const Loading = state({ args: { service: 'mri-brain' }, latencyMs: LOADING_LATENCY_MS, view: 'loading' });

/** The network is down. */
export const Offline = state({ args: { service: 'mri-brain' }, ...failing('network') });

/** The server asks us to wait. */
export const RateLimited = state({ args: { service: 'mri-brain' }, ...failing('rate-limited', { retryAfterMs: 120_000 }) });

/** The charges do not match the schema: an error, never a made-up price. */
export const InvalidData = state({ args: { service: 'mri-brain' }, scenario: 'invalid', error: 'invalid-response', logs: ['does not match its schema'] });

/** No adapter: no prices at all, and a way to call. */
export const NotConfigured = state({ adapter: 'none', view: 'not-configured' });

/** Spanish: the insured estimate. */
export const Spanish = state({ locale: 'es', args: { service: 'ct-abdomen', plan: 'region-hmo' }, view: 'estimate' });

/** Spanish: self-pay and the Good Faith Estimate. */
export const SpanishSelfPay = state({ locale: 'es', args: { service: 'mri-brain', pay: 'self-pay' }, view: 'self-pay' });

/** Dark theme. */
export const Dark = state({ theme: 'dark', args: { service: 'c-section', plan: 'region-hmo' }, view: 'estimate' });

// Network stories: the REST adapter against msw handlers that serve the documented contract
// over the memory price list (and, first in the list, a fault where one is shown).
const api = '/api/frontdesk';
const overRest = () => createRestAdapter({ baseUrl: api, eventSource: false });
const pricingApi = () => restHandlers(api, createMemoryAdapter({ now: () => STORY_NOW }));
const overRestEstimate = state({ adapter: overRest, args: { service: 'mri-brain', plan: 'region-hmo' }, view: 'estimate' });
const overRestLimited = state({ adapter: overRest, args: { service: 'mri-brain' }, error: 'rate-limited' });

/** Over HTTP: the REST adapter and the documented pricing contract. */
export const OverRest = { ...overRestEstimate, parameters: { ...overRestEstimate.parameters, msw: { handlers: pricingApi() } } };

/** Over HTTP, the charges answer 429 with Retry-After: 120. */
export const OverRestRateLimited = {
  ...overRestLimited,
  parameters: {
    ...overRestLimited.parameters,
    msw: { handlers: [faultScenarios['rate-limited']('get', joinUrl(api, restPaths.pricingCharges)), ...pricingApi()] },
  },
};
