import type { Args, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createMemoryAdapter, type FaultRule, type MemoryAdapter, type MemoryScenario } from '../../src/adapters/memory/index.js';
import type { FrontdeskAdapter } from '../../src/core/adapter.js';
import type { FrontdeskErrorKind } from '../../src/core/errors.js';
import type { Locale } from '../../src/core/localize.js';
import './story-frame.js';
import '../../src/widgets/provider/fd-provider.js';

/**
 * Stories are test cases: every story of a widget state is declared with `state()`, and
 * `test/stories.test.ts` renders each one, waits for the state it declares, checks the
 * error kind, locale, theme and console, and runs axe. Nothing here imports Storybook at
 * runtime, so the same story objects load in web-test-runner.
 */

export type Theme = 'light' | 'dark';

/** The same clock as `test/support/fixtures.ts`: Tuesday 2026-03-10, 10:00 in Phoenix. */
export const STORY_NOW = Date.parse('2026-03-10T17:00:00Z');

/**
 * Latency of the Loading stories: long enough to look at, shorter than the guard's 12 s
 * per-attempt timeout (a longer wait would end in a `timeout` error, not data).
 */
export const LOADING_LATENCY_MS = 10_000;

/** One widget state, as a story declares it. Everything is optional; `{}` is the ready state. */
export interface StateSpec<A extends Args = Args> {
  /** Memory-adapter scenario (see `memoryScenarios`). Default `default`. */
  scenario?: MemoryScenario;
  /** Faults injected into the memory adapter, e.g. `{ method: '*', kind: 'network' }`. */
  faults?: readonly FaultRule[];
  /** Latency of every adapter call in ms (default: the scenario's). */
  latencyMs?: number;
  /**
   * The adapter the widget gets: the memory adapter (default), none at all, one without
   * ports, or your change to the memory adapter (`(memory) => ({ ...memory, … })`).
   */
  adapter?: 'memory' | 'none' | 'no-ports' | ((memory: MemoryAdapter) => FrontdeskAdapter);
  /** Locks the toolbar's locale for this story. */
  locale?: Locale;
  /** Locks the toolbar's theme for this story. */
  theme?: Theme;
  /** The adapter's clock in epoch ms. Default `STORY_NOW`. */
  now?: number;
  /** Story args, merged over the meta's. */
  args?: Partial<A>;
  /** The view state the widget settles in. Default `error` when `error` is set, else `ready`. */
  view?: string;
  /** The error kind the widget reports (`fd-error`) and shows. */
  error?: FrontdeskErrorKind;
  /**
   * Substrings of the console errors this state may log; any other console error fails its
   * test. (The not-configured message is expected by the test itself.)
   */
  logs?: readonly string[];
}

/** What a state story records in `parameters.frontdesk`, for tests and addons to read. */
export interface FrontdeskParameters {
  scenario: MemoryScenario;
  faults: readonly FaultRule[];
  latencyMs?: number;
  /** `custom` when the story changes the memory adapter with a function. */
  adapter: 'memory' | 'none' | 'no-ports' | 'custom';
  locale?: Locale;
  theme?: Theme;
  now: number;
  view: string;
  error?: FrontdeskErrorKind;
  logs: readonly string[];
}

/**
 * A story made by `state()`: a CSF3 story whose `render` needs only its args (no Storybook
 * context), so tests can call it, and whose `parameters.frontdesk` records the state.
 */
export type StateStory<A extends Args = Args> = StoryObj<A> & {
  render: (args: A) => TemplateResult;
  parameters: { frontdesk: FrontdeskParameters };
};

/** The adapter a state asks for: a fresh memory adapter per render (maybe changed), none, or an empty one. */
export function adapterFor(settings: FrontdeskParameters, change?: (memory: MemoryAdapter) => FrontdeskAdapter): FrontdeskAdapter | undefined {
  if (settings.adapter === 'none') return undefined;
  if (settings.adapter === 'no-ports') return {};
  const memory = createMemoryAdapter({
    scenario: settings.scenario,
    faults: settings.faults,
    latencyMs: settings.latencyMs,
    now: () => settings.now,
  });
  return change ? change(memory) : memory;
}

/**
 * Makes the `state()` function for one widget's stories from its template. The template
 * must put `adapter` on the widget (`.adapter=${adapter}`); `undefined` means none.
 *
 * ```ts
 * const state = states<PickerArgs>((args, adapter) => html`<fd-x .adapter=${adapter}></fd-x>`);
 * export const Offline = state({ scenario: 'offline', error: 'network' });
 * ```
 */
export function states<A extends Args = Args>(template: (args: A, adapter: FrontdeskAdapter | undefined) => TemplateResult) {
  return (spec: StateSpec<A> = {}): StateStory<A> => {
    const settings: FrontdeskParameters = {
      scenario: spec.scenario ?? 'default',
      faults: spec.faults ?? [],
      latencyMs: spec.latencyMs,
      adapter: typeof spec.adapter === 'function' ? 'custom' : (spec.adapter ?? 'memory'),
      locale: spec.locale,
      theme: spec.theme,
      now: spec.now ?? STORY_NOW,
      view: spec.view ?? (spec.error ? 'error' : 'ready'),
      error: spec.error,
      logs: spec.logs ?? [],
    };
    const globals: Record<string, string> = {};
    if (spec.locale) globals.locale = spec.locale;
    if (spec.theme) globals.theme = spec.theme;
    return {
      ...(spec.args ? { args: spec.args } : {}),
      ...(spec.locale || spec.theme ? { globals } : {}),
      parameters: { frontdesk: settings },
      render: (args) => template(args, adapterFor(settings, typeof spec.adapter === 'function' ? spec.adapter : undefined)),
    };
  };
}

/** A state whose adapter fails every call with `kind` (extra fields such as `retryAfterMs` allowed). */
export const failing = (kind: FrontdeskErrorKind, rule: Partial<FaultRule> = {}): Pick<StateSpec, 'faults' | 'error'> => ({
  faults: [{ method: '*', kind, ...rule }],
  error: kind,
});

/** Options of the frame every story renders in (Storybook's decorator and the tests use it). */
export interface FrameOptions {
  locale: Locale;
  theme: Theme;
}

/**
 * The frame around every story: a page background for the theme, and an `<fd-provider>`
 * that gives every widget inside the locale and theme from the toolbar.
 */
export const frame = (story: unknown, { locale, theme }: FrameOptions): TemplateResult =>
  html`<fd-story-frame theme=${theme}><fd-provider locale=${locale} theme=${theme}>${story}</fd-provider></fd-story-frame>`;
