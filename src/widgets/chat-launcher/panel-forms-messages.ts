import { defineMessages } from '../../core/localize.js';

/** Strings of the pre-chat and leave-a-message forms (loaded with them). */
const en = {
  prechatIntro: 'Tell us a little first (optional).',
  name: 'Your name',
  contact: 'Phone or email',
  topic: 'Topic',
  'topic.appointments': 'Appointments',
  'topic.billing': 'Billing and costs',
  'topic.directions': 'Directions and hours',
  'topic.other': 'Something else',
  start: 'Start chat',
  leaveTitle: 'Leave a message',
  leaveIntro: 'We’ll call or write you back when we open.',
  leaveText: 'Your message',
  leaveSend: 'Send message',
  leaveNeedsContact: 'Please give a phone number or an email.',
  leaveDone: (reference: string) => `Thanks! We’ve got your message (reference ${reference}) and will get back to you when we open.`,
  phone: 'Phone',
  email: 'Email',
  required: 'Required',  notSent: 'Your message could not be sent. Please try again or call us.',
};

export const formMessages = defineMessages(en, { es: () => import('./panel-messages.es.js').then((m) => ({ default: m.forms })) });
export type FormMessages = typeof en;
