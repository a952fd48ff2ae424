import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/widgets/appointment-picker/fd-appointment-picker.js';
import { adapterPatient, bookThroughAdapter, drive } from './support/picker-driver.js';
import { LOADING_LATENCY_MS, STORY_NOW, failing, states } from './support/story.js';

interface PickerArgs {
  mode: 'book' | 'manage';
  visitType?: string;
  provider?: string;
  location?: string;
}

const now = () => STORY_NOW;

const meta = {
  title: 'Widgets/Appointment picker',
  component: 'fd-appointment-picker',
  tags: ['autodocs'],
  args: { mode: 'book' },
  argTypes: { mode: { control: 'inline-radio', options: ['book', 'manage'] } },
} satisfies Meta<PickerArgs>;
export default meta;

const state = states<PickerArgs>(
  (args, adapter) => html`<fd-appointment-picker
    .adapter=${adapter}
    .now=${now}
    mode=${args.mode}
    visit-type=${ifDefined(args.visitType)}
    provider=${ifDefined(args.provider)}
    location=${ifDefined(args.location)}
  ></fd-appointment-picker>`,
);

/** Step 1: what kind of visit. */
export const ChooseVisitType = state({ view: 'visit' });

/** Step 2: clinician and location (visit type preset by the page). */
export const ChooseClinician = state({ args: { visitType: 'sick' }, view: 'who' });

/** Step 3: day and time, everything preset (as on a clinician's page). */
export const ChooseTime = state({ args: { visitType: 'sick', location: 'phoenix' }, view: 'when' });

/** The time set by the page, for the stories of the later steps. */
const preset = { visitType: 'sick', location: 'phoenix' } as const;

/**
 * Step 4: the time is held (with its countdown) while the patient enters their details. The
 * last time of a long day was chosen and Continue pressed at the bottom of the list: the
 * first field takes focus, on screen.
 */
export const Details = { ...state({ args: preset, view: 'details' }), play: drive((picker) => picker.toDetails('last')) };

/** Step 5: review before booking. */
export const Review = { ...state({ args: preset, view: 'review' }), play: drive((picker) => picker.toReview()) };

/** Step 6: booked, with the confirmation code, what to bring and Add to calendar. */
export const Confirmed = { ...state({ args: preset, view: 'done' }), play: drive((picker) => picker.toConfirmed()) };

/** Someone else held the chosen time first: the patient is told and offered the three nearest. */
export const TimeTaken = {
  ...state({
    args: preset,
    view: 'when',
    adapter: (memory) => {
      memory.control.fail({ method: 'scheduling.holdSlot', kind: 'conflict', times: 1 });
      return memory;
    },
  }),
  play: drive(async (picker) => {
    await picker.pickTime();
    await picker.notice();
    await picker.at('when');
  }),
};

/** The hold ran out while the patient was typing: back to the times, with the "released" notice. */
export const HoldExpired = {
  ...state({ args: preset, view: 'when' }),
  play: drive(async (picker) => {
    await picker.toDetails();
    // This story's clock only: the picker's `now` jumps past the 10-minute hold.
    picker.advanceClock(10 * 60_000 + 1000);
    await picker.notice();
    await picker.at('when');
  }),
};

/** Manage mode, after looking up an appointment booked through the adapter (as the office would). */
export const ManageAppointment = {
  ...state({ args: { mode: 'manage' }, view: 'manage' }),
  play: drive(async (picker) => {
    const booked = await bookThroughAdapter(picker.el.adapter, STORY_NOW);
    await picker.lookUp(booked.confirmationCode, adapterPatient.birthDate);
    await picker.at('manage');
  }),
};

/** Opened in a modal dialog with `open()`, as from a page's own "Book" button. */
export const Modal = {
  ...state({ args: preset, view: 'when' }),
  play: drive(async (picker) => {
    picker.el.open();
    await picker.dialogOpen();
  }),
};

/** Nothing free in the next 60 days. */
export const FullyBooked = state({ args: { visitType: 'sick', location: 'phoenix' }, scenario: 'fully-booked', view: 'when' });

/** Spanish. */
export const Spanish = state({ locale: 'es', args: { visitType: 'sick', location: 'las-vegas' }, view: 'when' });

/** Dark theme. */
export const Dark = state({ theme: 'dark', args: { visitType: 'video' }, view: 'who' });

/** Manage mode: look up by confirmation code and date of birth. */
export const Manage = state({ args: { mode: 'manage' }, view: 'lookup' });

/** Loading the practice's visit types, clinicians and locations. */
export const Loading = state({ latencyMs: LOADING_LATENCY_MS, view: 'loading' });

/** The scheduling service is down. */
export const Unavailable = state(failing('unavailable'));

/** The adapter sent data that does not match the schema. */
export const InvalidData = state({ scenario: 'invalid', error: 'invalid-response', logs: ['does not match its schema'] });

/** No adapter configured. */
export const NotConfigured = state({ adapter: 'none', view: 'not-configured' });
