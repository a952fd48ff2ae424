import type { Address } from '../../../src/core/schemas/location.js';

export type MessageKind = 'booked' | 'rescheduled' | 'cancelled' | 'reminder' | 'survey';

/** What a message may say: the minimum a patient needs (no visit type, reason, clinician or clinical detail). */
export interface MessageFacts {
  kind: MessageKind;
  locale: 'en' | 'es';
  givenName: string;
  practiceName: string;
  start: number;
  timeZone: string;
  locationName: string;
  address: Address;
  phone: string;
  confirmationCode: string;
  manageUrl: string;
  surveyUrl: string;
  unsubscribeUrl: string;
}

export interface Rendered {
  subject: string;
  text: string;
  sms: string;
}

/** The visit's time as the patient reads it, in the location's zone: "Monday, March 9 at 9:00 AM MST". */
export function localTime(start: number, timeZone: string, locale: 'en' | 'es'): string {
  const f = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { timeZone, ...o }).format(start);
  const day = f({ weekday: 'long', month: 'long', day: 'numeric' });
  const time = f({ hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
  return locale === 'es' ? `${day} a las ${time}` : `${day} at ${time}`;
}

const copy = {
  en: {
    subject: {
      booked: (p: string) => `Your appointment at ${p} is booked`,
      rescheduled: (p: string) => `Your appointment at ${p} has a new time`,
      cancelled: (p: string) => `Your appointment at ${p} is cancelled`,
      reminder: (p: string) => `Reminder: your appointment at ${p}`,
      survey: (p: string) => `How was your visit to ${p}?`,
    },
    lead: {
      booked: 'your appointment is booked for',
      rescheduled: 'your appointment now is on',
      cancelled: 'your appointment was cancelled. It was on',
      reminder: 'a reminder of your appointment on',
      survey: 'thank you for visiting us on',
    },
    hello: 'Hello',
    at: 'at',
    code: 'Confirmation code',
    change: 'To change or cancel, use the code and your date of birth at',
    orCall: 'or call',
    book: 'To book again:',
    survey: 'Tell us how it went (2 minutes):',
    stop: 'Stop these messages:',
  },
  es: {
    subject: {
      booked: (p: string) => `Su cita en ${p} está reservada`,
      rescheduled: (p: string) => `Su cita en ${p} tiene un nuevo horario`,
      cancelled: (p: string) => `Su cita en ${p} fue cancelada`,
      reminder: (p: string) => `Recordatorio: su cita en ${p}`,
      survey: (p: string) => `¿Cómo fue su visita a ${p}?`,
    },
    lead: {
      booked: 'su cita está reservada para el',
      rescheduled: 'su cita ahora es el',
      cancelled: 'su cita fue cancelada. Era el',
      reminder: 'le recordamos su cita el',
      survey: 'gracias por visitarnos el',
    },
    hello: 'Hola',
    at: 'en',
    code: 'Código de confirmación',
    change: 'Para cambiarla o cancelarla, use el código y su fecha de nacimiento en',
    orCall: 'o llame al',
    book: 'Para reservar otra vez:',
    survey: 'Cuéntenos cómo le fue (2 minutos):',
    stop: 'Dejar de recibir estos mensajes:',
  },
} as const;

/** The email (subject and text) and the SMS of one message, in the patient's language. */
export function renderMessage(f: MessageFacts): Rendered {
  const t = copy[f.locale];
  const when = localTime(f.start, f.timeZone, f.locale);
  const where = `${f.locationName}, ${[...f.address.lines, `${f.address.city}, ${f.address.state} ${f.address.postalCode}`].join(', ')}`;
  const first = `${t.hello} ${f.givenName}, ${t.lead[f.kind]} ${when} ${t.at} ${where}.`;
  const next =
    f.kind === 'survey'
      ? [`${t.survey} ${f.surveyUrl}`]
      : f.kind === 'cancelled'
        ? [`${t.book} ${f.manageUrl} ${t.orCall} ${f.phone}.`]
        : [`${t.code}: ${f.confirmationCode}.`, `${t.change} ${f.manageUrl} ${t.orCall} ${f.phone}.`];
  const text = [first, '', ...next, '', `${t.stop} ${f.unsubscribeUrl}`, '', f.practiceName].join('\n');
  const sms = [`${f.practiceName}: ${first}`, ...next, `${t.stop} ${f.unsubscribeUrl}`].join(' ');
  return { subject: t.subject[f.kind](f.practiceName), text, sms };
}
