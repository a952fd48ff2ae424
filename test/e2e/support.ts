// The browser's side of the end-to-end tests: widgets on the REST adapter against a live
// frontdesk-server started by scripts/live-servers.mjs (web-test-runner commands).
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createRestAdapter, type RestAdapter } from '../../src/adapters/rest/index.js';
import type { Slot } from '../../src/core/schemas/scheduling.js';
import '../../src/widgets/appointment-picker/fd-appointment-picker.js';
import type { AppointmentPicker } from '../../src/widgets/appointment-picker/appointment-picker.js';
import '../../src/widgets/wait-time-banner/fd-wait-time-banner.js';
import type { WaitTimeBanner } from '../../src/widgets/wait-time-banner/wait-time-banner.js';
import { until } from '../../stories/support/picker-driver.js';
import { PickerPage, patientDraft } from '../support/picker-page.js';

export type Group = 'embedded' | 'short-hold' | 'pair';
export interface Served {
  method: string;
  path: string;
  backend: number;
}
export interface Live {
  group: Group;
  baseUrl: string;
  /** This browser's own clinic, so browsers running side by side never take each other's times. */
  locationId: string;
  rest: RestAdapter;
  /** Pins this browser's port to one server process (`null`: round robin). */
  route(backend: number | null): Promise<void>;
  /** What this browser's port served, in order, and by which process. */
  log(): Promise<Served[]>;
  /** Staff set a wait through `PUT /staff/wait-times/{locationId}` on process `backend`; answers the status. */
  staffSetWait(backend: number, wait: { status: string; minutes?: number }): Promise<number>;
  /** Everything the group's server processes have printed. */
  output(): Promise<string>;
}

const lanes = ['phoenix', 'las-vegas', 'albuquerque'];

/** How long a step that waits on the server may take (generous: CI machines are busy). */
export const WAIT = 15_000;

/** Starts (or joins) a group of live servers; the first call may take a while (a fresh database). */
export async function live(group: Group): Promise<Live> {
  let started: { baseUrl?: string; lane?: number; pending?: true };
  do started = await executeServerCommand<typeof started, { group: Group; origin: string }>('fd-live-start', { group, origin: location.origin });
  while (started.pending);
  const { baseUrl = '', lane = 0 } = started;
  const locationId = lanes[lane % lanes.length];
  return {
    group,
    baseUrl,
    locationId,
    rest: createRestAdapter({ baseUrl }),
    route: async (backend) => {
      await executeServerCommand('fd-live-route', { group, backend });
    },
    log: () => executeServerCommand<Served[], { group: Group }>('fd-live-log', { group }),
    staffSetWait: (backend, wait) => executeServerCommand('fd-live-staff', { group, backend, locationId, wait }),
    output: () => executeServerCommand<string, { group: Group }>('fd-live-output', { group }),
  };
}

/** A picker on the live server (its own REST adapter, as a page with data-adapter="rest" has). */
export async function picker(server: Live, mode: 'book' | 'manage' = 'book'): Promise<PickerPage> {
  const el = await fixture<AppointmentPicker>(html`<fd-appointment-picker
    .adapter=${createRestAdapter({ baseUrl: server.baseUrl })}
    mode=${mode}
    visit-type="sick"
    location=${server.locationId}
    locale="en"
  ></fd-appointment-picker>`);
  const page = new PickerPage(el);
  // The catalog comes from the server: on a busy machine that may take a few seconds.
  await until(() => el.viewState !== undefined && el.viewState !== 'loading', 'the picker never loaded', WAIT);
  return page;
}

/** A wait-time banner for this browser's clinic on the live server; polling is far off, so changes come over the stream. */
export async function banner(server: Live): Promise<WaitTimeBanner> {
  return fixture<WaitTimeBanner>(html`<fd-wait-time-banner
    .adapter=${createRestAdapter({ baseUrl: server.baseUrl })}
    location=${server.locationId}
    poll-interval="600"
    locale="en"
  ></fd-wait-time-banner>`);
}

const DAY = 86_400_000;

/** The free sick-visit times at this browser's clinic over the next two weeks, as the server offers them. */
export async function freeSlots(server: Live): Promise<Slot[]> {
  const now = Date.now();
  return server.rest.scheduling.findSlots({ from: new Date(now).toISOString(), to: new Date(now + 14 * DAY).toISOString(), visitTypeId: 'sick', locationId: server.locationId });
}

/** Whether the server offers the time `slotId`, or a time of `provider` starting at `start`. */
export const offers = (slots: readonly Slot[], time: string | { providerId: string; start: string }): boolean =>
  slots.some((s) => (typeof time === 'string' ? s.id === time : s.providerId === time.providerId && Date.parse(s.start) === Date.parse(time.start)));

/** Someone else (another patient, by phone) books a time first. */
export async function bookElsewhere(server: Live, slotId: string): Promise<void> {
  const { scheduling } = server.rest;
  const hold = await scheduling.holdSlot({ slotId, idempotencyKey: crypto.randomUUID() });
  await scheduling.book({
    holdId: hold.holdId,
    patient: { givenName: 'Other', familyName: 'Caller', birthDate: '1975-06-15', phone: '(602) 555-0199', email: 'other@example.org' },
    reminders: { sms: false, email: false },
    idempotencyKey: crypto.randomUUID(),
  });
}

/** The slot id of the picker's `index`th time on the day shown. */
export const slotIdOf = (page: PickerPage, index = 0): string => page.times()[index].dataset.slot!;

/** The patient picks the `index`th time of the first day with times and continues (the picker holds it); answers its slot id. */
export async function chooseTime(page: PickerPage, index = 0): Promise<string> {
  await page.at('when', WAIT);
  if (page.times().length <= index) page.button(/First available time|Next available day/).click();
  await until(() => page.times().length > index, 'no times shown', WAIT);
  const id = slotIdOf(page, index);
  page.times()[index].click();
  await page.el.updateComplete;
  page.button('Continue').click();
  return id;
}

/** …then fills in the details, books, and waits for the confirmation. */
export async function bookChosen(page: PickerPage): Promise<void> {
  await page.at('details', WAIT);
  await page.submitDetails(patientDraft);
  await page.at('review', WAIT);
  page.button('Book appointment').click();
  await page.at('done', WAIT);
}

/** The confirmation code the picker shows after booking. */
export const shownCode = (page: PickerPage): string => page.root.querySelector('[part~=confirmation-code]')!.textContent.trim();
