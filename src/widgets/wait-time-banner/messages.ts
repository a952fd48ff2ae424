import { defineMessages } from '../../core/localize.js';

const en = {
  title: 'Current wait times',
  titleOne: 'Current wait',
  about: (minutes: string) => `About ${minutes}`,
  range: (low: string, high: string) => `${low}–${high}`,
  minutes: (n: number) => (n === 1 ? '1 min' : `${n} min`),
  people: (n: number) => (n === 0 ? 'No one waiting' : n === 1 ? '1 person waiting' : `${n} people waiting`),
  updated: (age: string) => `Updated ${age}`,
  updatedAt: (time: string) => `Updated at ${time}`,
  'level.low': 'Short wait',
  'level.moderate': 'Moderate wait',
  'level.high': 'Long wait',
  unavailable: 'Wait time unavailable',
  callPhone: (phone: string) => `call ${phone}`,
  closed: 'Closed',
  opensToday: (time: string) => `opens today at ${time}`,
  opensTomorrow: (time: string) => `opens tomorrow at ${time}`,
  opensOn: (day: string, time: string) => `opens ${day} at ${time}`,
  paused: 'Not taking walk-ins right now',
  pausedDetail: 'We’re at capacity. Please check back soon or call us.',
  refreshFailed: 'Couldn’t refresh. Showing the last update; trying again.',
  emergency: 'If this is an emergency, call 911.',
  explainSummary: 'What does this number mean?',
  explainBody:
    'It estimates the time from check-in until you’re called back, based on the patients already waiting. People with more urgent needs are seen first, so your wait may be shorter or longer.',
  checkIn: 'Check in online',
  book: 'Book a visit',
  pause: 'Pause updates',
  resume: 'Resume updates',
  pausedNote: 'Updates paused.',
  resumedNote: 'Updates resumed.',
  dismiss: 'Hide wait times',
  announceMinutes: (name: string, minutes: number) => `${name}: wait is now about ${minutes} minutes.`,
  announceClosed: (name: string) => `${name} is now closed.`,
  announcePaused: (name: string) => `${name} is not taking walk-ins right now.`,
  announceUnavailable: (name: string) => `${name}: wait time unavailable.`,
  noLocations: 'No locations to show.',
};

export const waitMessages = defineMessages(en, { es: () => import('./messages.es.js') });
export type WaitMessages = typeof en;
