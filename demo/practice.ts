// The demo practice's adapter, one place for every ESM page. Built by `npm start`
// (VITE_FRONTDESK_API=/api/frontdesk), scheduling, wait times, feedback and chat go to
// frontdesk-server: a booking persists, a survey response and a chat message reach the staff
// console (/console/). Prices stay on the static price index the costs page loads (the set-up of
// a practice without a server). Without a server (the Storybook-like `vite` dev page) the memory
// adapter answers everything. Either way the widgets mark it "Demo data".
import { createMemoryAdapter, type FrontdeskAdapter } from 'frontdesk-widgets';
import { createRestAdapter } from 'frontdesk-widgets/adapters/rest';

const api = (import.meta as ImportMeta & { env?: { VITE_FRONTDESK_API?: string } }).env?.VITE_FRONTDESK_API;

// `?lang=es` shows a page in Spanish (the links in a Spanish-speaking patient's messages carry it):
// the widgets follow the page's language, and the server records it as the patient's.
if (new URLSearchParams(location.search).get('lang') === 'es') document.documentElement.lang = 'es';

/** The demo practice: memory data, with the server's ports over REST when the page was built for it. */
export function demoPractice(): FrontdeskAdapter {
  const memory = createMemoryAdapter({ latencyMs: 300, demo: true });
  if (!api) return memory;
  // Confirmations and reminders go out in the language of the page the patient booked on.
  const rest = createRestAdapter({ baseUrl: api, headers: () => ({ 'accept-language': document.documentElement.lang || 'en' }) });
  return { ...memory, scheduling: rest.scheduling, waitTimes: rest.waitTimes, feedback: rest.feedback, chat: rest.chat };
}
