import type { Args } from '@storybook/web-components-vite';
import type { TemplateResult } from 'lit';
import type { RequestHandler } from 'msw';
import type { FrontdeskParameters } from '../../stories/support/story.js';
import * as designTokens from '../../stories/foundation/design-tokens.stories.js';
import * as embedSnippet from '../../stories/embed-snippet.stories.js';
import * as sharedStates from '../../stories/foundation/shared-states.stories.js';
import * as appointmentPicker from '../../stories/appointment-picker.stories.js';
import * as waitTimeBanner from '../../stories/wait-time-banner.stories.js';
import * as chatLauncher from '../../stories/chat-launcher.stories.js';
import * as feedbackSurvey from '../../stories/feedback-survey.stories.js';
import * as costEstimator from '../../stories/cost-estimator.stories.js';

/** What the tests need of a story: args, a context-free `render`, and `parameters.frontdesk` for states. */
export interface TestableStory {
  args?: Partial<Args>;
  // Method syntax: a story typed with its own args (`StoryObj<BannerArgs>`) still fits.
  render?(this: void, args: Args): TemplateResult;
  /** `msw`: the addon's parameter (an array of handlers, or `{ handlers }` as an array or a record of arrays). */
  parameters?: { frontdesk?: FrontdeskParameters; msw?: unknown };
  /** CSF3 `play`: runs after the render, with the element the story rendered into and its args. */
  play?(this: void, context: { canvasElement: HTMLElement; args: Args }): Promise<void> | void;
  /** Toolbar values the story locks (`locale`, `theme`), as the decorator reads them. */
  globals?: Record<string, unknown>;
}

/** What the tests need of a stories file's default export (CSF meta). */
export interface TestableMeta {
  title: string;
  component?: string;
  args?: Partial<Args>;
  render?(this: void, args: Args): TemplateResult;
  excludeStories?: readonly string[];
}

/** A stories file: its meta, and stories that render without Storybook's context (checked by tsc). */
export type StoriesModule = { default: TestableMeta } & Record<string, TestableStory | TestableMeta>;

/**
 * EVERY stories file, by path from the repository root. The browser cannot list files and
 * web-test-runner cannot follow template-literal imports, so this list is kept by hand:
 * add a line here with each new `*.stories.ts`. `.storybook/main.ts` checks the list against
 * the files on disk, so Storybook will not start or build while one is missing.
 */
export const storiesFiles = {
  'stories/foundation/shared-states.stories.ts': sharedStates,
  'stories/foundation/design-tokens.stories.ts': designTokens,
  'stories/embed-snippet.stories.ts': embedSnippet,
  'stories/wait-time-banner.stories.ts': waitTimeBanner,
  'stories/chat-launcher.stories.ts': chatLauncher,
  'stories/appointment-picker.stories.ts': appointmentPicker,
  'stories/cost-estimator.stories.ts': costEstimator,
  'stories/feedback-survey.stories.ts': feedbackSurvey,
} satisfies Record<string, StoriesModule>;

export interface StoryCase {
  file: string;
  meta: TestableMeta;
  name: string;
  story: TestableStory;
}

/** Every story export of every listed file, as CSF defines them (named exports, minus `excludeStories`). */
export function storyCases(): StoryCase[] {
  const files: Record<string, StoriesModule> = storiesFiles;
  return Object.entries(files).flatMap(([file, module]) => {
    const meta = module.default;
    return Object.entries(module)
      .filter(([name]) => name !== 'default' && name !== '__namedExportsOrder' && !meta.excludeStories?.includes(name))
      .map(([name, story]) => ({ file, meta, name, story }));
  });
}

/** A story's args: the meta's, then its own. */
export const storyArgs = ({ meta, story }: StoryCase): Args => ({ ...meta.args, ...story.args });

/** Renders a story with its args, the way Storybook does before the decorators. */
export function storyTemplate(c: StoryCase): TemplateResult {
  const render = c.story.render ?? c.meta.render;
  if (!render) throw new Error(`${c.meta.title}: stories here must have a render function (the meta's or their own).`);
  return render(storyArgs(c));
}

/** The msw handlers a story declares, in the shapes msw-storybook-addon accepts. */
export function storyHandlers(parameter: unknown): RequestHandler[] {
  if (!parameter) return [];
  if (Array.isArray(parameter)) return parameter as RequestHandler[];
  const handlers = (parameter as { handlers?: unknown }).handlers;
  if (Array.isArray(handlers)) return handlers as RequestHandler[];
  if (handlers && typeof handlers === 'object') return Object.values(handlers).flat() as RequestHandler[];
  return [];
}
