import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { FrontdeskAdapter } from '../src/core/adapter.js';
import '../src/widgets/wait-time-banner/fd-wait-time-banner.js';
import type { Timers } from '../src/widgets/wait-time-banner/poller.js';
import { createMemoryAdapter } from '../src/adapters/memory/index.js';
import { createRestAdapter } from '../src/adapters/rest/index.js';
import { faultScenarios } from '../src/mocks/faults.js';
import { restHandlers } from '../src/mocks/rest-handlers.js';
import { LOADING_LATENCY_MS, STORY_NOW, failing, states } from './support/story.js';

interface BannerArgs {
  variant: 'banner' | 'card' | 'inline';
  location?: string;
  locations?: string;
  staleAfter: number;
  pollInterval: number;
  checkInUrl?: string;
  bookingUrl?: string;
  actions?: string;
  explain: boolean;
  dismissible: boolean;
  hideEmergency: boolean;
  paused: boolean;
}

/** The stories' clock: the adapter's fixed instant, so ages and open hours never depend on when you look. */
const storyTimers: Timers = {
  now: () => STORY_NOW,
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const meta = {
  title: 'Widgets/Wait-time banner',
  component: 'fd-wait-time-banner',
  tags: ['autodocs'],
  args: { variant: 'banner', staleAfter: 15, pollInterval: 60, explain: false, dismissible: false, hideEmergency: false, paused: false },
  argTypes: { variant: { control: 'inline-radio', options: ['banner', 'card', 'inline'] } },
} satisfies Meta<BannerArgs>;
export default meta;

const state = states<BannerArgs>(
  (args, adapter) => html`<fd-wait-time-banner
    .adapter=${adapter}
    .timers=${storyTimers}
    variant=${args.variant}
    location=${ifDefined(args.location)}
    locations=${ifDefined(args.locations)}
    stale-after=${args.staleAfter}
    poll-interval=${args.pollInterval}
    check-in-url=${ifDefined(args.checkInUrl)}
    booking-url=${ifDefined(args.bookingUrl)}
    actions=${ifDefined(args.actions)}
    ?explain=${args.explain}
    ?dismissible=${args.dismissible}
    ?hide-emergency=${args.hideEmergency}
    ?paused=${args.paused}
  ></fd-wait-time-banner>`,
);

/** Wraps the memory adapter so every location reports the given status. */
const withStatus =
  (status: 'paused') =>
  (memory: MemoryAdapter): FrontdeskAdapter => ({
    ...memory,
    waitTimes: {
      getWaitTimes: async (input) => (await memory.waitTimes.getWaitTimes(input)).map((w) => ({ ...w, status, minutes: undefined, range: undefined })),
    },
  });

/** Every location open, with a figure, a range, its level and its age. */
export const AllOpen = state();

/** One location, as on a location's own page. */
export const OneLocation = state({ args: { location: 'phoenix', variant: 'card' } });

/** As a card, with the ways to act. */
export const CardWithActions = state({
  args: { variant: 'card', location: 'las-vegas', checkInUrl: 'https://example.org/check-in', actions: 'book', explain: true },
});

/** A line of text inside the page's own copy. */
export const Inline = state({ args: { variant: 'inline', locations: 'phoenix las-vegas' } });

/** Waiting for the first figures. */
export const Loading = state({ latencyMs: LOADING_LATENCY_MS, view: 'loading' });

/** Every location closed, with when it opens, in its own time zone. */
export const AllClosed = state({ scenario: 'all-closed', view: 'closed' });

/** At capacity: not taking walk-ins. */
export const AtCapacity = state({ adapter: withStatus('paused'), view: 'paused' });

/** The figures are an hour old: never shown as current; call instead. */
export const Stale = state({ scenario: 'stale', view: 'unavailable' });

/** The practice reports no figure. */
export const Unknown = state({ scenario: 'unknown', view: 'unavailable' });

/** The patient paused automatic updates: ages become times of day. */
export const UpdatesPaused = state({ args: { paused: true } });

/** With a dismiss button (hidden for the session once used). */
export const Dismissible = state({ args: { dismissible: true, variant: 'card', location: 'albuquerque' } });

/** The network is down and no figure was ever received. */
export const Offline = state(failing('network'));

/** The server asked us to wait two minutes. */
export const RateLimited = state(failing('rate-limited', { retryAfterMs: 120_000 }));

/** The adapter sent data that does not match the schema. */
export const InvalidData = state({ scenario: 'invalid', error: 'invalid-response', logs: ['does not match its schema'] });

/** No adapter configured. */
export const NotConfigured = state({ adapter: 'none', view: 'not-configured' });

/** En español. */
export const Spanish = state({ locale: 'es' });

/** Spanish, closed: "abre mañana a las 8:00". */
export const SpanishClosed = state({ locale: 'es', scenario: 'all-closed', view: 'closed' });

/** Dark theme. */
export const Dark = state({ theme: 'dark', args: { variant: 'card', explain: true, actions: 'check-in book' } });

// Network stories: the REST adapter against msw handlers that serve the documented
// contract over the memory practice (and, first in the list, a fault where one is shown).
const api = '/api/frontdesk';
const overRest = () => createRestAdapter({ baseUrl: api, eventSource: false });
const practiceApi = () => restHandlers(api, createMemoryAdapter({ now: () => STORY_NOW }));

/** Over HTTP: the REST adapter and the documented contract. */
export const OverRest = { ...state({ adapter: overRest }), parameters: { ...state().parameters, msw: { handlers: practiceApi() } } };

/** Over HTTP, the server answers 429 with Retry-After: 120. */
export const OverRestRateLimited = {
  ...state({ adapter: overRest, error: 'rate-limited' }),
  parameters: {
    ...state({ adapter: overRest, error: 'rate-limited' }).parameters,
    msw: { handlers: [faultScenarios['rate-limited']('get', `${api}/wait-times`), ...practiceApi()] },
  },
};
