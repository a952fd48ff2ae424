import type { Catalog } from '../../core/localize.js';
import type { FormMessages } from './panel-forms-messages.js';
import type { PanelMessages } from './panel-messages.js';

const es: Catalog<PanelMessages> = {
  title: 'Escríbanos por chat',
  close: 'Cerrar el chat',
  withAgent: (name: string) => `Está chateando con ${name}`,
  online: (minutes: number) => `Estamos en línea. Solemos responder en ${minutes} min.`,
  away: (minutes: number) => `No estamos en el escritorio. La respuesta puede tardar unos ${minutes} min.`,
  offline: 'Ahora no estamos en línea.',
  opens: (when: string) => `El chat abre ${when}.`,
  hours: 'Horario del chat',
  timeRange: (days: string, from: string, to: string) => `${days}: ${from}–${to}`,
  emergency: 'Si es una emergencia médica, llame al 911.',
  reminder: 'Por favor, no comparta datos médicos (síntomas, resultados, medicamentos) en el chat. Para eso, llámenos o reserve una cita.',
  call: (phone: string) => `Llámenos: ${phone}`,
  message: 'Mensaje',
  send: 'Enviar',
  sending: 'Enviando…',
  sent: 'Enviado',
  failed: 'No enviado',
  retry: 'Reintentar',
  you: 'Usted',
  joined: (name: string) => `${name} se unió al chat.`,
  left: (name: string) => `${name} salió del chat.`,
  ended: 'El chat ha terminado.',
  typing: (name: string) => `${name} está escribiendo…`,
  someone: 'Alguien',
  reconnecting: 'Se perdió la conexión. Reconectando…',
  skipped: 'No se pudo mostrar un mensaje.',
  'action.book': 'Reservar una cita',
  'action.wait': 'Espera actual',
  'action.costs': 'Costos',
  quickActions: 'Acciones rápidas',
  end: 'Terminar el chat',
  rate: '¿Qué tal fue este chat?',
  transcript: 'Descargar la conversación',
  newChat: 'Empezar un chat nuevo',
};

/** The forms' Spanish, in the same chunk as the panel's (one request for a Spanish page). */
export const forms: Catalog<FormMessages> = {
  prechatIntro: 'Cuéntenos un poco antes (opcional).',
  name: 'Su nombre',
  contact: 'Teléfono o correo electrónico',
  topic: 'Tema',
  'topic.appointments': 'Citas',
  'topic.billing': 'Facturación y costos',
  'topic.directions': 'Cómo llegar y horarios',
  'topic.other': 'Otra cosa',
  start: 'Empezar el chat',
  leaveTitle: 'Deje un mensaje',
  leaveIntro: 'Le llamaremos o escribiremos cuando abramos.',
  leaveText: 'Su mensaje',
  leaveSend: 'Enviar mensaje',
  leaveNeedsContact: 'Indique un teléfono o un correo electrónico.',
  leaveDone: (reference: string) => `¡Gracias! Recibimos su mensaje (referencia ${reference}) y le responderemos cuando abramos.`,
  phone: 'Teléfono',
  email: 'Correo electrónico',
  required: 'Obligatorio',  notSent: 'No se pudo enviar su mensaje. Inténtelo de nuevo o llámenos.',
};

export default es;
