import { expect } from '@open-wc/testing';
import type { Slot } from '../../../src/core/schemas/scheduling.js';
import { groupByClinic } from '../../../src/widgets/appointment-picker/slots.js';

const slot = (id: string, locationId: string, start: string): Slot => ({
  id,
  start,
  end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
  locationId,
  providerId: 'dr-a',
  visitTypeId: 'sick',
  status: 'free',
  telehealth: false,
});

describe('appointment picker: a day’s times by clinic', () => {
  it('clinics in the catalog’s order, then clinics the catalog does not list, by id; each clinic’s times by start', () => {
    const day = [
      slot('z1', 'zuni', '2026-03-10T15:00:00Z'),
      slot('p2', 'phoenix', '2026-03-10T17:00:00Z'),
      slot('a1', 'albuquerque', '2026-03-10T16:00:00Z'),
      slot('b1', 'boise', '2026-03-10T14:00:00Z'),
      slot('p1', 'phoenix', '2026-03-10T16:30:00Z'),
      { ...slot('p0', 'phoenix', '2026-03-10T16:00:00Z'), status: 'busy' as const },
    ];
    const groups = groupByClinic(day, () => 'America/Phoenix', ['phoenix', 'albuquerque']);
    expect(groups.map((g) => g.locationId)).to.deep.equal(['phoenix', 'albuquerque', 'boise', 'zuni']);
    expect(groups[0].slots.map((s) => s.id)).to.deep.equal(['p1', 'p2']);
    expect(groups[0].timeZone).to.equal('America/Phoenix');
  });
});
