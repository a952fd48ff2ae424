import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { FrontdeskAdapter } from '../../src/core/adapter.js';
import '../../src/widgets/appointment-picker/fd-appointment-picker.js';
import '../../src/widgets/feedback-survey/fd-feedback-survey.js';
import { captureConsole } from '../support/console.js';
import { FIXED_NOW, memory } from '../support/fixtures.js';

/**
 * Hostile adapter data (issue 21): each row feeds one widget one bad answer and checks the
 * widget ends in its localized error state with exactly one `fd-error`, no uncaught exception
 * and no unhandled rejection, and (where the guard refuses it) a console line naming why, never
 * the data. Prints a row per case with its outcome.
 */

type Widget = HTMLElement & { viewState?: string; updateComplete: Promise<unknown> };

interface Case {
  name: string;
  /** Mounts the widget over `adapter`. */
  mount: (adapter: FrontdeskAdapter) => Promise<Widget>;
  /** The memory adapter with the one hostile answer. */
  adapter: (m: MemoryAdapter) => FrontdeskAdapter;
  /** The view state it must end in, and the text the patient reads there. */
  state: string;
  says: RegExp;
  /** The console line the guard writes (the reason, never the data). */
  logs?: RegExp;
}

const rows: string[] = [];
after(() => executeServerCommand('fd-print', [`\nHostile data (${navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chromium'}): case | outcome`, ...rows].join('\n')));

const picker = (adapter: FrontdeskAdapter) =>
  fixture<Widget>(html`<fd-appointment-picker .adapter=${adapter} .now=${() => FIXED_NOW} visit-type="sick" location="phoenix" locale="en"></fd-appointment-picker>`);
const survey = (adapter: FrontdeskAdapter) => fixture<Widget>(html`<fd-feedback-survey survey-id="deep" layout="all-on-one-page" .adapter=${adapter}></fd-feedback-survey>`);

/** A Questionnaire whose items nest `depth` levels. */
function nested(depth: number): unknown {
  let item: Record<string, unknown> = { linkId: `q${depth}`, type: 'string', text: 'Deepest' };
  for (let i = depth - 1; i > 0; i--) item = { linkId: `g${i}`, type: 'group', text: 'Group', item: [item] };
  return { resourceType: 'Questionnaire', id: 'deep', status: 'active', title: 'Deep', item: [item] };
}

const cases: Case[] = [
  {
    name: 'slots dated 9999-12-30',
    mount: picker,
    adapter: (m) => ({
      ...m,
      scheduling: {
        ...m.scheduling,
        findSlots: async (input) => (await m.scheduling.findSlots(input)).map((s, i) => ({ ...s, start: `9999-12-30T1${i % 10}:00:00Z`, end: `9999-12-30T1${i % 10}:30:00Z` })),
      },
    }),
    state: 'error',
    says: /couldn’t read/,
    logs: /scheduling\.findSlots returned data that does not match its schema: 0\.start \[invalid_format\]/,
  },
  {
    name: 'a Questionnaire nested 1,500 deep',
    mount: survey,
    adapter: (m) => ({ ...m, feedback: { ...m.feedback, getSurvey: (() => Promise.resolve(nested(1500))) as unknown as MemoryAdapter['feedback']['getSurvey'] } }),
    state: 'error',
    says: /couldn’t read/,
    logs: /feedback\.getSurvey returned data that is nested more than 64 levels deep/,
  },
];

describe('security: hostile adapter data', () => {
  before(async () => {
    await import('../../src/core/schemas/scheduling.js');
    await import('../../src/core/schemas/feedback.js');
    await import('../../src/widgets/feedback-survey/fhir.js');
  });

  for (const c of cases) {
    it(c.name, async () => {
      const uncaught: string[] = [];
      const onError = (e: ErrorEvent) => uncaught.push(`uncaught ${e.message}`);
      const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandled rejection ${String(e.reason)}`);
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onRejection);
      const errors: unknown[] = [];
      const onFdError = (e: Event) => errors.push((e as CustomEvent).detail);
      document.addEventListener('fd-error', onFdError, { capture: true });
      const log = captureConsole();
      let outcome = 'threw';
      try {
        const el = await c.mount(c.adapter(memory()));
        await waitUntil(() => el.viewState === c.state, `never reached ${c.state}; stuck at ${el.viewState}`, { timeout: 6000 });
        await el.updateComplete;
        // Late failures (a later render, a rejected promise) get their chance to show up.
        await new Promise((r) => setTimeout(r, 300));
        const text = el.shadowRoot!.textContent ?? '';
        outcome = `${el.viewState}, ${errors.length} fd-error, ${uncaught.length} uncaught`;
        expect(uncaught).to.deep.equal([]);
        expect(errors, 'exactly one fd-error').to.have.length(1);
        expect(el.viewState).to.equal(c.state);
        expect(text).to.match(c.says);
        if (c.logs) expect(log.errors.join('\n')).to.match(c.logs);
      } finally {
        rows.push(`${c.name} | ${outcome}`);
        log.restore();
        removeEventListener('error', onError);
        removeEventListener('unhandledrejection', onRejection);
        document.removeEventListener('fd-error', onFdError, { capture: true });
      }
    });
  }
});
