import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { restPaths } from '../../src/adapters/rest/paths.js';
import type { FrontdeskAdapter } from '../../src/core/adapter.js';
import '../../src/widgets/appointment-picker/fd-appointment-picker.js';
import type { AppointmentPicker } from '../../src/widgets/appointment-picker/appointment-picker.js';
import '../../src/widgets/wait-time-banner/fd-wait-time-banner.js';
import type { WaitTimeBanner } from '../../src/widgets/wait-time-banner/wait-time-banner.js';
import { behavioursFor, busyOf, errorMessages, errorText, matrixTable, record, serveWithFault, watchPage, type Behaviour } from '../support/fault-matrix.js';
import { FIXED_NOW } from '../support/fixtures.js';
import { PickerPage, patientDraft } from '../support/picker-page.js';
import { CHAT_COLUMNS, chatColumns } from './chat-cells.js';
import { COST_COLUMNS, costColumns } from './cost-cells.js';
import { MANAGE_COLUMNS, manageColumns } from './manage-cells.js';
import { PRICE_INDEX_COLUMNS, priceIndexColumns } from './price-index-cells.js';
import { SURVEY_COLUMNS, surveyColumns } from './survey-cells.js';

const BANNER = 'banner GET /wait-times';
const SLOTS = 'picker GET /slots';
const BOOK = 'picker POST /appointments';
const WIDGETS = [BANNER, SLOTS, BOOK, ...MANAGE_COLUMNS, ...CHAT_COLUMNS, ...COST_COLUMNS, ...PRICE_INDEX_COLUMNS, ...SURVEY_COLUMNS];

before(async () => {
  await import('../../src/core/schemas/wait-times.js');
  await import('../../src/core/schemas/scheduling.js');
  await import('../../src/core/schemas/pricing.js');
});

after(() => {
  console.warn(`fault matrix\n${matrixTable(WIDGETS)}`);
});

const now = () => FIXED_NOW;

/** The first thing a keyboard user could be on inside the widget (a button, link, field or focus target). */
const where = () => {
  let at: Element | null = document.activeElement;
  const path: string[] = [];
  while (at) {
    path.push(at.localName + (at.getAttribute('part') ? `[part=${at.getAttribute('part')}]` : ''));
    at = at.shadowRoot?.activeElement ?? null;
  }
  return path.join(' > ');
};

const focusable = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('button:not([disabled]), a[href], input, select, [tabindex]') ?? undefined;

/** Runs one cell: watches for unhandled rejections and console errors, records pass/fail. */
async function cell(behaviour: Behaviour, widget: string, body: () => Promise<void>): Promise<void> {
  const watch = watchPage();
  let passed = false;
  try {
    await body();
    // A rejection surfaces a task later: give it the chance.
    await new Promise((r) => setTimeout(r, 0));
    expect(watch.rejections.map(String), 'unhandled rejections').to.deep.equal([]);
    expect(watch.unexpectedErrors(behaviour.schemaLine), 'console.error').to.deep.equal([]);
    passed = true;
  } finally {
    watch.stop();
    record(behaviour.name, widget, passed);
  }
}

/** A clear, localized error: the error part shows one of the widget library's messages. */
async function expectLocalizedError(el: Element, timeout: number): Promise<void> {
  await waitUntil(() => errorText(el) !== '', 'no error shown', { timeout });
  const text = errorText(el);
  expect(errorMessages.some((m) => text.includes(m)), `not a localized message: "${text}"`).to.equal(true);
}

/** Watches that the loading state stays honest (loading, aria-busy) for 1 s. */
async function expectHonestLoading(el: Element & { viewState?: string }): Promise<void> {
  const until = performance.now() + 1000;
  while (performance.now() < until) {
    expect(el.viewState).to.equal('loading');
    expect(busyOf(el)).to.equal('true');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('fault matrix', function () {
  this.timeout(15_000);

  chatColumns({ cell, expectLocalizedError, expectHonestLoading });
  costColumns({ cell, expectLocalizedError, expectHonestLoading });
  priceIndexColumns({ cell, expectLocalizedError, expectHonestLoading });
  surveyColumns({ cell, expectLocalizedError, expectHonestLoading });
  manageColumns({ cell, expectLocalizedError, expectHonestLoading });

  describe(BANNER, () => {
    for (const behaviour of behavioursFor('read')) {
      it(behaviour.name, async () => {
        await cell(behaviour, BANNER, async () => {
          const { adapter } = await serveWithFault(behaviour, 'get', restPaths.waitTimes);
          const el = await fixture<WaitTimeBanner>(html`<fd-wait-time-banner .adapter=${adapter}></fd-wait-time-banner>`);
          const timeout = behaviour.timeoutMs ?? 5000;
          if (behaviour.outcome === 'pending') return expectHonestLoading(el);
          if (behaviour.outcome === 'ready') {
            // Settled on the data (its state names the waits: ready, or closed/stale by the clock), not an error.
            await waitUntil(() => !['loading', 'error', undefined].includes(el.viewState) && el.shadowRoot!.querySelector('[part~=location]'), `stuck at ${el.viewState}`, {
              timeout,
            });
            expect(busyOf(el)).to.equal('false');
            return;
          }
          await waitUntil(() => el.viewState === 'error', `stuck at ${el.viewState}`, { timeout });
          await el.updateComplete;
          await expectLocalizedError(el, 1000);
          expect(busyOf(el)).to.equal('false');
          // A retry button, when offered, is where the keyboard can go next; focusing it keeps focus in.
          const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=retry-button]');
          if (retry) {
            retry.focus();
            expect(el.matches(':focus-within')).to.equal(true);
          }
        });
      });
    }
  });

  async function mountPicker(adapter: FrontdeskAdapter): Promise<PickerPage> {
    const el = await fixture<AppointmentPicker>(html`<fd-appointment-picker
      .adapter=${adapter}
      .now=${now}
      mode="book"
      visit-type="sick"
      location="phoenix"
      locale="en"
    ></fd-appointment-picker>`);
    return new PickerPage(el);
  }

  describe(SLOTS, () => {
    for (const behaviour of behavioursFor('read')) {
      it(behaviour.name, async () => {
        await cell(behaviour, SLOTS, async () => {
          const { adapter } = await serveWithFault(behaviour, 'get', restPaths.slots);
          const page = await mountPicker(adapter);
          const el = page.el;
          const timeout = behaviour.timeoutMs ?? 5000;
          if (behaviour.outcome === 'pending') return expectHonestLoading(el);
          // The whole day-and-time step waits for the slots, so nothing inside is focusable before they answer.
          focusable(el)?.focus();
          const focusedBefore = el.matches(':focus-within');
          if (behaviour.outcome === 'ready') {
            await waitUntil(() => el.viewState === 'when' && page.grid?.available.size > 0, `stuck at ${el.viewState}`, { timeout });
            expect(busyOf(el)).to.equal('false');
          } else {
            await page.at('error', timeout);
            await expectLocalizedError(el, 1000);
            expect(busyOf(el)).to.equal('false');
          }
          if (focusedBefore) expect(el.matches(':focus-within'), `focus left the widget: on ${where()}`).to.equal(true);
        });
      });
    }
  });

  describe(BOOK, () => {
    for (const behaviour of behavioursFor('write')) {
      it(behaviour.name, async () => {
        await cell(behaviour, BOOK, async () => {
          const { adapter, backend } = await serveWithFault(behaviour, 'post', restPaths.appointments);
          const page = await mountPicker(adapter);
          const el = page.el;
          const timeout = behaviour.timeoutMs ?? 5000;
          await page.toReview(patientDraft);
          const book = page.button('Book appointment');
          book.focus();
          expect(el.matches(':focus-within')).to.equal(true);
          book.click();
          await el.updateComplete;
          // Focus must stay in the picker through a failed or pending write (busy buttons are
          // aria-disabled, not disabled; a failed write focuses its message).
          const focusKept = (b: Behaviour) => {
            expect(el.matches(':focus-within'), `${b.name}: focus left the picker (on ${where()})`).to.equal(true);
          };

          if (behaviour.outcome === 'pending') {
            const until = performance.now() + 1000;
            while (performance.now() < until) {
              expect(el.viewState).to.equal('review');
              expect(page.root.querySelector<HTMLButtonElement>('[part~=button][aria-disabled=true]'), 'the book button is busy').to.exist;
              expect(errorText(el)).to.equal('');
              await new Promise((r) => setTimeout(r, 100));
            }
            return;
          }
          if (behaviour.outcome === 'ready' || behaviour.outcome === 'once') {
            await page.at('done', timeout);
            const code = page.root.querySelector('[part~=confirmation-code]')!.textContent.trim();
            expect(code).to.match(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
            if (behaviour.outcome === 'once') {
              const books = backend.control.calls.filter((c) => c.method === 'scheduling.book');
              expect(books.length, 'the retry reached the server').to.equal(2);
              expect(new Set(books.map((c) => c.idempotencyKey)).size, 'one Idempotency-Key').to.equal(1);
              const found = await backend.scheduling.findAppointment({ confirmationCode: code, birthDate: '1980-04-02' });
              expect(found.confirmationCode).to.equal(code);
            }
            focusKept(behaviour);
            return;
          }
          if (behaviour.outcome === 'conflict') {
            await page.notice();
            await page.at('when', timeout);
            focusKept(behaviour);
            // Nothing typed is lost: choosing a time again shows the same details.
            await page.toDetails();
            expect(page.form.value).to.deep.include({ givenName: 'Rosa', familyName: 'Delgado', phone: patientDraft.phone, email: patientDraft.email });
            return;
          }
          await expectLocalizedError(el, timeout);
          expect(el.viewState).to.equal('review');
          expect(page.text()).to.contain('Rosa Delgado');
          focusKept(behaviour);
          // Going back to the details shows the same draft.
          page.button('Back').click();
          await page.at('details');
          await waitUntil(() => page.form, 'no form');
          expect(page.form.value).to.deep.include({ givenName: 'Rosa', familyName: 'Delgado', phone: patientDraft.phone, email: patientDraft.email });
        });
      });
    }
  });
});
