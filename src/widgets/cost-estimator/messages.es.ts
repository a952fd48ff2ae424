import type { Catalog } from '../../core/localize.js';
import type { CostMessages } from './messages.js';

const es: Catalog<CostMessages> = {
  title: 'Calcule su costo',
  searchLabel: 'Busque un servicio',
  searchHelp: 'Escriba un análisis, una consulta o un procedimiento, o su código de facturación (por ejemplo, 70551).',
  suggestions: 'Sugerencias',
  suggestionCount: (n: number) =>
    n === 0 ? 'No hay resultados.' : n === 1 ? '1 sugerencia. Use las flechas para elegir.' : `${n} sugerencias. Use las flechas para elegir.`,
  searching: 'Buscando…',
  noMatches: 'No encontramos servicios. Pruebe con otras palabras o llámenos.',
  browse: 'O explore por categoría',
  browseNone: 'Elija una categoría',
  categoryServices: (name: string) => `Servicios de ${name}`,
  code: (type: string, code: string) => `${type} ${code}`,
  change: 'Elegir otro servicio',
  payLegend: '¿Cómo va a pagar?',
  insured: 'Tengo seguro médico',
  selfPay: 'Voy a pagar por mi cuenta',
  planLabel: 'Su plan',
  planNone: 'Elija su plan',
  planMissing: '¿No encuentra su plan? Puede que no tengamos contrato con él. Llámenos para preguntar.',
};

export default es;
