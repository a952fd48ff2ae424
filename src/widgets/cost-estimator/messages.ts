import { defineMessages } from '../../core/localize.js';

const en = {
  title: 'Estimate your cost',
  searchLabel: 'Find a service',
  searchHelp: 'Type a test, visit or procedure, or its billing code (such as 70551).',
  suggestions: 'Suggestions',
  suggestionCount: (n: number) => (n === 0 ? 'No matches.' : n === 1 ? '1 suggestion. Use the arrow keys to choose.' : `${n} suggestions. Use the arrow keys to choose.`),
  searching: 'Searching…',
  noMatches: 'No matching services. Try other words, or call us.',
  browse: 'Or browse by category',
  browseNone: 'Choose a category',
  categoryServices: (name: string) => `Services in ${name}`,
  code: (type: string, code: string) => `${type} ${code}`,
  change: 'Choose another service',
  payLegend: 'How will you pay?',
  insured: 'I have insurance',
  selfPay: 'I’m paying myself',
  planLabel: 'Your plan',
  planNone: 'Choose your plan',
  planMissing: 'Don’t see your plan? We may not have a contract with it. Please call us to ask.',
};

export const costMessages = defineMessages(en, { es: () => import('./messages.es.js') });
export type CostMessages = typeof en;
