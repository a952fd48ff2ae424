import type { Catalog } from '../../core/localize.js';
import type { LauncherMessages } from './messages.js';

const es: Catalog<LauncherMessages> = {
  open: 'Escríbanos por chat',
  close: 'Cerrar el chat',
  unread: (n: number) => (n === 1 ? '1 mensaje nuevo' : `${n} mensajes nuevos`),
};

export default es;
