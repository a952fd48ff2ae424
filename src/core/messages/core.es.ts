import type { Catalog } from '../localize.js';
import type { CoreMessages } from './core.js';

const es: Catalog<CoreMessages> = {
  loading: 'Cargando…',
  notConfiguredTitle: 'Esta función no está disponible en este momento',
  notConfiguredBody: 'Comuníquese con el consultorio por teléfono.',
  tryAgain: 'Intentar de nuevo',
  callPhone: (phone: string) => `También puede llamar al ${phone}.`,
  retryIn: (seconds: number) =>
    seconds === 1 ? 'Vuelva a intentarlo en 1 segundo.' : `Vuelva a intentarlo en ${seconds} segundos.`,
  'error.network': 'No podemos comunicarnos con el consultorio ahora. Revise su conexión a internet e inténtelo de nuevo.',
  'error.timeout': 'Esto está tardando más de lo normal. Inténtelo de nuevo.',
  'error.rate-limited': 'Hay muchas solicitudes en este momento. Espere un momento e inténtelo de nuevo.',
  'error.unavailable': 'Este servicio no está disponible temporalmente. Inténtelo de nuevo en unos minutos.',
  'error.unauthorized': 'Es posible que su sesión haya terminado. Vuelva a iniciar sesión.',
  'error.not-found': 'No encontramos lo que busca.',
  'error.conflict': 'Alguien acaba de hacer un cambio. Actualizamos la información que ve.',
  'error.invalid-input': 'Algunos datos necesitan revisión.',
  'error.invalid-response': 'Recibimos información que no pudimos leer. Inténtelo de nuevo más tarde.',
  'error.config': 'Esta función no está configurada correctamente.',
  demoData: 'Datos de demostración',
};
export default es;
