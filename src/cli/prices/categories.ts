import type { ServiceCode } from './model.js';

/**
 * Browse categories the indexer assigns from a service's codes (first match wins). Ids and
 * names are the memory adapter's (`src/adapters/memory/data/pricing.ts`), so stories, the
 * demo and a practice's own index group services the same way.
 */
export const categories = [
  ['office-visits', 'Office visits'],
  ['preventive', 'Preventive care and vaccines'],
  ['labs', 'Lab tests'],
  ['imaging', 'Imaging'],
  ['procedures', 'Procedures'],
  ['emergency', 'Emergency and observation'],
  ['hospital', 'Hospital stays'],
  ['medications', 'Medications'],
  ['other', 'Other services'],
] as const;
export type CategoryId = (typeof categories)[number][0];

const inRange = (code: string, low: number, high: number) => /^\d{5}$/.test(code) && Number(code) >= low && Number(code) <= high;
const revenue = (code: string, ...prefixes: string[]) => prefixes.some((p) => code.padStart(4, '0').startsWith(p));

function ofCode({ type, code }: ServiceCode): CategoryId | undefined {
  switch (type) {
    case 'CPT':
      if (inRange(code, 99281, 99288) || inRange(code, 99217, 99226)) return 'emergency';
      if (inRange(code, 99381, 99429) || inRange(code, 90460, 90749)) return 'preventive';
      if (inRange(code, 99202, 99499)) return 'office-visits';
      if (inRange(code, 70010, 79999)) return 'imaging';
      if (inRange(code, 80047, 89398)) return 'labs';
      if (inRange(code, 10004, 69990)) return 'procedures';
      return 'other';
    case 'NDC':
      return 'medications';
    case 'HCPCS':
      if (/^J/i.test(code)) return 'medications';
      if (/^C/i.test(code)) return 'procedures';
      return undefined;
    case 'MS-DRG':
    case 'APR-DRG':
    case 'DRG':
    case 'AP-DRG':
    case 'APS-DRG':
    case 'R-DRG':
    case 'S-DRG':
    case 'TRIS-DRG':
    case 'MS-LTC-DRG':
      return 'hospital';
    case 'RC':
      if (revenue(code, '045', '076')) return 'emergency';
      if (revenue(code, '030', '031')) return 'labs';
      if (revenue(code, '032', '035', '040', '061')) return 'imaging';
      if (revenue(code, '036', '049', '027', '0278')) return 'procedures';
      if (revenue(code, '01', '020', '021', '0114', '0124')) return 'hospital';
      if (revenue(code, '025', '063')) return 'medications';
      return undefined;
    default:
      return undefined;
  }
}

export function categoryOf(codes: readonly ServiceCode[]): CategoryId {
  // Specific code systems (CPT, HCPCS, DRG, NDC) before revenue codes, which only name a department.
  const ordered = [...codes].sort((a, b) => Number(a.type === 'RC') - Number(b.type === 'RC'));
  for (const code of ordered) {
    const category = ofCode(code);
    if (category) return category;
  }
  return 'other';
}
