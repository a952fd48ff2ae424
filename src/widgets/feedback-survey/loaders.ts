import type * as Drafts from './draft.js';
import type * as Views from './views.js';

/**
 * The survey's lazily loaded parts, once per page. The prompt, the follow-up's contact links and
 * the thank-you screen load once a survey starts (its first answer, or a trigger event): a survey
 * never waits on them, a page that only shows one never loads them early. `persist="session"`
 * only: the draft code loads with the survey, for the pages that ask for it.
 */

let drafts: typeof Drafts | undefined;
export const loadDrafts = async (): Promise<typeof Drafts> => (drafts ??= await import('./draft.js'));
/** The draft code, if loaded. */
export const loadedDrafts = (): typeof Drafts | undefined => drafts;

let views: typeof Views | undefined;
let viewsLoading: Promise<unknown> | undefined;
export const loadViews = (): Promise<unknown> =>
  (viewsLoading ??= import('./views.js').then(
    (m) => (views = m),
    (error: unknown) => {
      viewsLoading = undefined; // a later render tries again
      throw error;
    },
  ));
/** The views, if loaded. */
export const loadedViews = (): typeof Views | undefined => views;
