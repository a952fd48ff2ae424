import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../support/example-widget.js';
import { LOADING_LATENCY_MS, failing, states } from '../support/story.js';

/**
 * The states every widget inherits from `FrontdeskElement`, shown on `<fd-example-widget>`
 * (a widget that lists the practice's locations). Each export is one state and one test
 * case: `test/stories.test.ts` renders it, waits for the state it declares and runs axe.
 */
const meta = {
  title: 'Foundation/Shared states',
  // No `component`: the example widget lives in stories/support, outside custom-elements.json.
  // Real widgets name their tag here, for the docs' tables from the manifest.
  tags: ['autodocs'],
} satisfies Meta;
export default meta;

const state = states((_args, adapter) => html`<fd-example-widget .adapter=${adapter}></fd-example-widget>`);

/** The practice's locations from the memory adapter. */
export const Ready = state();

/** Waiting for the adapter (10 s here, then the list appears). */
export const Loading = state({ latencyMs: LOADING_LATENCY_MS, view: 'loading' });

/** The adapter answered with nothing to show (the example renders an empty list; real widgets say why and what next). */
export const Empty = state({
  adapter: (memory) => ({ ...memory, scheduling: { ...memory.scheduling, listLocations: async () => [] } }),
  view: 'empty',
});

/** No adapter anywhere: the widget says so, never shows demo data, and logs the fix once. */
export const NotConfigured = state({ adapter: 'none', view: 'not-configured' });

/** The network is down (after the guard's two retries). */
export const NetworkError = state(failing('network'));

/** Every attempt timed out. */
export const TimeoutError = state(failing('timeout'));

/** The server asked us to wait 30 s, longer than the guard waits out: the widget says when to retry. */
export const RateLimited = state(failing('rate-limited', { retryAfterMs: 30_000 }));

/** The service is temporarily unavailable. */
export const Unavailable = state(failing('unavailable'));

/** The session ended. */
export const Unauthorized = state(failing('unauthorized'));

/** What the widget asked for does not exist. */
export const NotFound = state(failing('not-found'));

/** Someone else changed it first. */
export const Conflict = state(failing('conflict'));

/** The adapter answered with data that does not match the schema (the guard logs where, once). */
export const InvalidResponse = state({
  scenario: 'invalid',
  error: 'invalid-response',
  logs: ['does not match its schema'],
});

/** The adapter has no `scheduling` port: a setup mistake, shown as `config`. */
export const ConfigError = state({ adapter: 'no-ports', error: 'config' });

/** Ready, in Spanish (locks the toolbar's locale). */
export const Spanish = state({ locale: 'es' });

/** Ready, in the dark theme (locks the toolbar's theme). */
export const Dark = state({ theme: 'dark' });

/** An error in Spanish on a dark page: translated text and dark error colours together. */
export const SpanishDarkError = state({ ...failing('unavailable'), locale: 'es', theme: 'dark' });
