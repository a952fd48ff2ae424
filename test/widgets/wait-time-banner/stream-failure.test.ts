import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import { restHandlers } from '../../../src/mocks/rest-handlers.js';
import '../../../src/widgets/wait-time-banner/fd-wait-time-banner.js';
import type { WaitTimeBanner } from '../../../src/widgets/wait-time-banner/wait-time-banner.js';
import { captureConsole } from '../../support/console.js';
import { FakeTimers } from '../../support/fake-timers.js';
import { FIXED_NOW, textOf } from '../../support/fixtures.js';
import { useHandlers } from '../../support/msw.js';

const BASE = '/api/stream-failure';
const SECOND = 1000;

/** How the stream endpoint fails. */
const failures = {
  '404': () => HttpResponse.json({ error: { code: 'not-found', message: 'No stream here.' } }, { status: 404 }),
  '500': () => HttpResponse.json({ error: { code: 'unavailable', message: 'Broken.' } }, { status: 500 }),
  'close-at-once': () => new HttpResponse('', { headers: { 'content-type': 'text/event-stream' } }),
  'never-opens': () => new Promise<Response>(() => undefined),
} as const;

/**
 * A banner over the REST adapter (real EventSource, msw) on a fake clock for 60 s of its time,
 * with the stream failing as named; counts the stream attempts, the polls and the fd-errors.
 */
async function run(mode: keyof typeof failures) {
  const clock = new FakeTimers(FIXED_NOW);
  let streams = 0;
  let polls = 0;
  await useHandlers(
    http.get(`${BASE}/wait-times/stream`, () => (streams++, failures[mode]())),
    http.get(`${BASE}/wait-times`, () => {
      polls++;
    }),
    ...restHandlers(BASE, createMemoryAdapter({ now: clock.now, latencyMs: 0 })),
  );
  const errors: CustomEvent[] = [];
  const log = captureConsole();
  try {
    const el = await fixture<WaitTimeBanner>(
      html`<fd-wait-time-banner .adapter=${createRestAdapter({ baseUrl: BASE })} .timers=${clock} @fd-error=${(e: CustomEvent) => errors.push(e)}></fd-wait-time-banner>`,
    );
    const shown: string[] = [];
    for (let s = 0; s < 60; s++) {
      await clock.advance(SECOND);
      // Real time for the network (EventSource and fetch answer on the browser's clock).
      await new Promise((r) => setTimeout(r, 25));
      if (s % 10 === 9) shown.push(el.viewState ?? '');
    }
    await el.updateComplete;
    return { el, streams, polls, errors, shown };
  } finally {
    log.restore();
  }
}

describe('fd-wait-time-banner: the event stream fails', () => {
  for (const mode of Object.keys(failures) as (keyof typeof failures)[]) {
    it(`stream ${mode}: backoff between attempts, polling meanwhile, figures shown, one fd-error`, async () => {
      const { el, streams, polls, errors, shown } = await run(mode);
      // The backoff after a failure is at least the 60 s poll interval: one attempt, at most two, in 60 s.
      expect(streams, 'stream attempts in 60 s').to.be.within(1, 2);
      expect(polls, 'polls of GET /wait-times').to.be.within(1, 3);
      expect(errors.length, 'fd-error events').to.equal(1);
      expect(shown.at(-1)).to.equal('ready');
      // Figures from the first poll on: never an error or loading state once shown.
      expect(shown.slice(shown.indexOf('ready'))).to.deep.equal(shown.slice(shown.indexOf('ready')).map(() => 'ready'));
      expect(textOf(el)).to.match(/\d+\s*min/);
      expect(textOf(el)).not.to.contain('couldn’t');
    });
  }
});
