import { defineMessages } from '../../core/localize.js';

/** The launcher's own strings (eager); the panel's are in panel-messages.ts (lazy). */
const en = {
  open: 'Chat with us',
  close: 'Close chat',
  unread: (n: number) => (n === 1 ? '1 new message' : `${n} new messages`),
};

export const launcherMessages = defineMessages(en, { es: () => import('./messages.es.js') });
export type LauncherMessages = typeof en;
