import type { ServiceCode } from './model.js';

/** Browse categories the indexer assigns from a service's codes (first match wins). */
export const categories = [
  ['office-visits', 'Office visits'],
  ['emergency', 'Emergency care'],
  ['lab', 'Lab tests'],
  ['imaging', 'Imaging'],
  ['procedures', 'Procedures and surgery'],
  ['hospital-stays', 'Hospital stays'],
  ['drugs', 'Drugs and supplies'],
  ['other', 'Other services'],
] as const;
export type CategoryId = (typeof categories)[number][0];

const inRange = (code: string, low: number, high: number) => /^\d{5}$/.test(code) && Number(code) >= low && Number(code) <= high;
const revenue = (code: string, ...prefixes: string[]) => prefixes.some((p) => code.padStart(4, '0').startsWith(p));

function ofCode({ type, code }: ServiceCode): CategoryId | undefined {
  switch (type) {
    case 'CPT':
      if (inRange(code, 99281, 99288)) return 'emergency';
      if (inRange(code, 99202, 99499)) return 'office-visits';
      if (inRange(code, 70010, 79999)) return 'imaging';
      if (inRange(code, 80047, 89398)) return 'lab';
      if (inRange(code, 10004, 69990)) return 'procedures';
      return 'other';
    case 'NDC':
      return 'drugs';
    case 'HCPCS':
      if (/^[JAE]/i.test(code)) return 'drugs';
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
      return 'hospital-stays';
    case 'RC':
      if (revenue(code, '045')) return 'emergency';
      if (revenue(code, '030', '031')) return 'lab';
      if (revenue(code, '032', '035', '040', '061')) return 'imaging';
      if (revenue(code, '036', '049', '027', '0278')) return 'procedures';
      if (revenue(code, '01', '020', '021')) return 'hospital-stays';
      if (revenue(code, '025', '063')) return 'drugs';
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
