import { defineMessages } from '../localize.js';

/** Text every widget shares: loading, not configured, and one message per error kind. */
const en = {
  loading: 'Loading…',
  notConfiguredTitle: 'This feature is not available right now',
  notConfiguredBody: 'Please contact the practice by phone.',
  tryAgain: 'Try again',
  callPhone: (phone: string) => `You can also call ${phone}.`,
  retryIn: (seconds: number) => (seconds === 1 ? 'Please try again in 1 second.' : `Please try again in ${seconds} seconds.`),
  'error.network': 'We can’t reach the practice right now. Check your internet connection and try again.',
  'error.timeout': 'This is taking longer than it should. Please try again.',
  'error.rate-limited': 'There are a lot of requests right now. Please wait a moment and try again.',
  'error.unavailable': 'This service is temporarily unavailable. Please try again shortly.',
  'error.unauthorized': 'Your session may have ended. Please sign in again.',
  'error.not-found': 'We couldn’t find what you were looking for.',
  'error.conflict': 'This was just changed by someone else. We’ve refreshed what you see.',
  'error.invalid-input': 'Some details need another look.',
  'error.invalid-response': 'We received information we couldn’t read. Please try again later.',
  'error.config': 'This feature isn’t set up correctly.',
  demoData: 'Demo data',
};

export const coreMessages = defineMessages(en, { es: () => import('./core.es.js') });
export type CoreMessages = typeof en;
