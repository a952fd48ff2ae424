import { createContext } from '@lit/context';
import type { FrontdeskAdapter } from './adapter.js';

// String keys (not symbols), so a provider from one copy of the library serves widgets
// from another copy loaded on the same page.
export const adapterContext = createContext<FrontdeskAdapter | undefined>('frontdesk.adapter');
export const localeContext = createContext<string | undefined>('frontdesk.locale');
export const timeZoneContext = createContext<string | undefined>('frontdesk.time-zone');
