// The home page's wait banner. Built by `npm start` (VITE_FRONTDESK_API=/api/frontdesk), it reads
// the live frontdesk-server (REST), like the Book page: what the front desk sets shows here. The
// script tag's demo adapter still serves the chat. Still marked demo data.
const api = (import.meta as ImportMeta & { env?: { VITE_FRONTDESK_API?: string } }).env?.VITE_FRONTDESK_API;
if (api) {
  const { createRestAdapter } = await import('frontdesk-widgets/adapters/rest');
  const rest = createRestAdapter({ baseUrl: api });
  const banner = document.querySelector('fd-wait-time-banner');
  // Set before or after the script tag upgrades the element: either way the banner uses it.
  if (banner) banner.adapter = { demo: true, scheduling: rest.scheduling, waitTimes: rest.waitTimes };
}
