import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/widgets/appointment-picker/fd-appointment-picker.js';
import { LOADING_LATENCY_MS, STORY_NOW, failing, states } from '../support/story.js';

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
