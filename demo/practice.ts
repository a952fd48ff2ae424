// The demo practice's adapter, one place for every ESM page. Built by `npm start`
// (VITE_FRONTDESK_API=/api/frontdesk), scheduling, wait times, feedback and chat go to
// frontdesk-server: a booking persists, a survey response and a chat message reach the staff
// console (/console/). Prices stay on the static price index the costs page loads (the set-up of
// a practice without a server). Without a server (the Storybook-like `vite` dev page) the memory
// adapter answers everything. Either way the widgets mark it "Demo data".
import { createMemoryAdapter, type FrontdeskAdapter } from 'frontdesk-widgets';
import { createRestAdapter } from 'frontdesk-widgets/adapters/rest';

const api = (import.meta as ImportMeta & { env?: { VITE_FRONTDESK_API?: string } }).env?.VITE_FRONTDESK_API;

/** The demo practice: memory data, with the server's ports over REST when the page was built for it. */
export function demoPractice(): FrontdeskAdapter {
  const memory = createMemoryAdapter({ latencyMs: 300, demo: true });
  if (!api) return memory;
  const rest = createRestAdapter({ baseUrl: api });
  return { ...memory, scheduling: rest.scheduling, waitTimes: rest.waitTimes, feedback: rest.feedback, chat: rest.chat };
}
