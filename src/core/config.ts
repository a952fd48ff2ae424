import type { FrontdeskAdapter } from './adapter.js';

/** The page-wide defaults for widgets outside any `<fd-provider>`. */
export interface FrontdeskConfig {
  adapter?: FrontdeskAdapter;
  /** `en`, `es` or a BCP 47 tag whose language is one of them. */
  locale?: string;
  /** IANA time zone for times not tied to a location. */
  timeZone?: string;
  /** `light` or `dark` for every widget; unset follows the page's `color-scheme`. */
  theme?: 'light' | 'dark';
}

let current: Readonly<FrontdeskConfig> = {};
const listeners = new Set<() => void>();

/** The page default as last configured. */
export const pageConfig = (): Readonly<FrontdeskConfig> => current;

/** Calls `listener` after every `configure()`; returns the unsubscribe function. */
export function onConfigChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Sets the page default adapter, locale and time zone (merged with what was set before).
 * Widgets already on the page pick the change up at once.
 */
export function configure(config: FrontdeskConfig): void {
  current = { ...current, ...config };
  for (const listener of listeners) listener();
}

/** The page-level API, also what the script tag's `Frontdesk(...)` queue calls into. */
export const Frontdesk = { configure };
