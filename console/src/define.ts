import { FdConsoleAppointments } from './appointments.js';
import { FdConsole } from './fd-console.js';
import { FdConsoleFeedback } from './feedback.js';
import { FdConsoleFollowUps } from './follow-ups.js';
import { FdConsoleInbox } from './inbox.js';
import { FdConsolePrices } from './prices.js';
import { FdConsoleWaits } from './waits.js';

/** The console's elements, defined once (a second load of this module changes nothing). */
const elements = {
  'fd-console': FdConsole,
  'fd-console-appointments': FdConsoleAppointments,
  'fd-console-waits': FdConsoleWaits,
  'fd-console-inbox': FdConsoleInbox,
  'fd-console-follow-ups': FdConsoleFollowUps,
  'fd-console-feedback': FdConsoleFeedback,
  'fd-console-prices': FdConsolePrices,
};
for (const [tag, element] of Object.entries(elements)) if (!customElements.get(tag)) customElements.define(tag, element);
