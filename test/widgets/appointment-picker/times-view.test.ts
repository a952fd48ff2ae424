import { expect } from '@open-wc/testing';
import { fc } from '../../support/property.js';
import { render } from 'lit';
import { memory } from '../../support/fixtures.js';
import type { Location } from '../../../src/core/schemas/location.js';
import type { Slot } from '../../../src/core/schemas/scheduling.js';
import { pickerMessages } from '../../../src/widgets/appointment-picker/messages.js';
import { groupByClinic, zoneNote } from '../../../src/widgets/appointment-picker/slots.js';
import { FIRST_TIMES, timesList } from '../../../src/widgets/appointment-picker/times-view.js';
import type { ViewContext } from '../../../src/widgets/appointment-picker/views.js';

// The zones and DST changes of the picker's slot tests (slots.test.ts); a fixed seed, so a
// failure is the same failure on the next run.
const SEED = 20_270_314;
const MIN = 60_000;
const zones = [
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles',
  'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico', 'America/Indiana/Indianapolis',
];
const changes = ['2026-03-08', '2026-11-01', '2027-03-14', '2027-11-07'].map((d) => Date.parse(`${d}T12:00:00Z`));
const nearChange = fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -72 * 60, max: 72 * 60 })).map(([c, m]) => c + m * MIN);

/** References computed with Intl alone, apart from the code under test. */
const intl = {
  zoneName: (t: number, timeZone: string, style: 'long' | 'short' = 'long') =>
    new Intl.DateTimeFormat('en', { timeZone, timeZoneName: style }).formatToParts(t).find((p) => p.type === 'timeZoneName')!.value,
  time: (t: number, timeZone: string) => new Intl.DateTimeFormat('en', { timeZone, hour: 'numeric', minute: '2-digit' }).format(t),
  wall: (t: number, timeZone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(t),
  offset: (t: number, timeZone: string) => intl.zoneName(t, timeZone, 'short') + intl.wall(t, timeZone).slice(0, 10),
  hour: (t: number, timeZone: string) => Number(new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(t)),
};

const base = (await memory().scheduling.listLocations({}))[0];
const providers = (await memory().scheduling.listProviders({})).slice(0, 3);

/** Three to five clinics, each in one of the test zones. */
const clinicsArb = fc.uniqueArray(fc.constantFrom(...zones), { minLength: 1, maxLength: 5 }).map((zs) =>
  zs.map((timeZone, i): Location => ({ ...base, id: `clinic-${i}`, name: `Clinic ${i}`, address: { ...base.address, city: `City ${i}` }, timeZone })),
);

let seq = 0;
const slotsFor = (clinics: readonly Location[]) =>
  fc.array(
    fc.record({ start: nearChange, clinic: fc.nat(clinics.length - 1), provider: fc.nat(providers.length - 1), free: fc.boolean() }),
    { minLength: 1, maxLength: 40 },
  ).map((rows) =>
    rows.map(
      (r): Slot => ({
        id: `s${++seq}`,
        start: new Date(r.start).toISOString(),
        end: new Date(r.start + 15 * MIN).toISOString(),
        locationId: clinics[r.clinic].id,
        providerId: providers[r.provider].id,
        visitTypeId: 'sick',
        status: r.free || rows.length < 3 ? 'free' : 'busy',
        telehealth: false,
      }),
    ),
  );

const context = (locations: readonly Location[]): ViewContext => ({ t: pickerMessages.en, locale: 'en', locations, providers, visitTypes: [], level: 3 });

describe('appointment picker: a day’s times by clinic', () => {
  it('property: with any location, every free time once, under its own clinic, in local order, parts of day by that clinic’s clock, zone named for its date', () => {
    fc.assert(
      fc.property(clinicsArb.chain((clinics) => fc.tuple(fc.constant(clinics), slotsFor(clinics))), ([clinics, slots]) => {
        const zoneOf = (id: string) => clinics.find((c) => c.id === id)!.timeZone;
        const groups = groupByClinic(slots, zoneOf, clinics.map((c) => c.id));
        const listed = groups.flatMap((g) => g.slots.map((s) => s.id));
        expect([...listed].sort()).to.deep.equal(slots.filter((s) => s.status === 'free').map((s) => s.id).sort());
        expect(new Set(groups.map((g) => g.locationId)).size).to.equal(groups.length); // one group per clinic
        for (const g of groups) {
          expect(g.timeZone).to.equal(zoneOf(g.locationId));
          const at = g.slots.map((s) => Date.parse(s.start));
          for (const s of g.slots) expect(s.locationId).to.equal(g.locationId);
          for (let i = 1; i < at.length; i++) {
            const [a, b] = [at[i - 1], at[i]];
            // Local order: the wall clock never reads backwards, except across a fall-back
            // (the offset changed), where the instants still go forwards.
            if (intl.offset(a, g.timeZone) === intl.offset(b, g.timeZone)) expect(intl.wall(a, g.timeZone) <= intl.wall(b, g.timeZone)).to.equal(true);
            expect(a).to.be.at.most(b);
          }
          for (const [part, list] of g.parts) {
            for (const s of list) {
              const h = intl.hour(Date.parse(s.start), g.timeZone);
              expect(part).to.equal(h < 12 ? 'morning' : h < 17 ? 'afternoon' : 'evening');
            }
          }
          expect([...g.parts.values()].flat().length).to.equal(g.slots.length);
          const note = zoneNote(g.slots, g.timeZone, 'en');
          for (const s of g.slots) {
            const t = Date.parse(s.start);
            // The name given for a time is the one in force at that time: the note's, or its own.
            if (note.own.has(s.id)) expect(note.own.get(s.id)).to.equal(intl.zoneName(t, g.timeZone, 'short'));
            else expect(note.name).to.equal(intl.zoneName(t, g.timeZone));
          }
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('property: the rendered list shows each time once, under its clinic with that day’s zone name, in order; "Show more" hides only the rest', () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      fc.assert(
        fc.property(clinicsArb.chain((clinics) => fc.tuple(fc.constant(clinics), slotsFor(clinics), fc.boolean())), ([clinics, slots, all]) => {
          const c = context(clinics);
          const expanded = new Set(all ? clinics.map((l) => l.id) : []);
          render(timesList(c, slots, { selected: undefined, choose: () => undefined, expanded, expand: () => undefined, oneClinic: false, oneClinician: false }), host);
          const free = slots.filter((s) => s.status === 'free');
          const shown = [...host.querySelectorAll<HTMLInputElement>('input[type=radio]')];
          expect(new Set(shown.map((i) => i.dataset['slot'])).size).to.equal(shown.length);
          for (const section of host.querySelectorAll<HTMLElement>('.clinic')) {
            const clinic = clinics.find((l) => l.id === section.dataset['location'])!;
            const own = free.filter((s) => s.locationId === clinic.id);
            const inputs = [...section.querySelectorAll<HTMLInputElement>('input')];
            const ids = inputs.map((i) => i.dataset['slot']!);
            for (const id of ids) expect(own.some((s) => s.id === id), `${id} under ${clinic.id}`).to.equal(true);
            expect(ids.length).to.equal(all ? own.length : Math.min(own.length, FIRST_TIMES));
            const first = Math.min(...own.map((s) => Date.parse(s.start)));
            expect(section.querySelector('.clinic-name')!.textContent).to.contain(clinic.name).and.to.contain(`Times in ${intl.zoneName(first, clinic.timeZone)}`);
            for (const row of section.querySelectorAll('.time-options')) {
              const at = [...row.querySelectorAll<HTMLInputElement>('input')].map((i) => Date.parse(own.find((s) => s.id === i.dataset['slot'])!.start));
              expect(at).to.deep.equal([...at].sort((a, b) => a - b));
            }
            for (const input of inputs) {
              const t = Date.parse(own.find((s) => s.id === input.dataset['slot'])!.start);
              expect(input.closest('label')!.textContent.trim()).to.match(new RegExp(`^${intl.time(t, clinic.timeZone)}`));
            }
            const more = section.querySelector('button');
            if (all || own.length <= FIRST_TIMES) expect(more).to.equal(null);
            else expect(more!.textContent).to.contain(`${own.length - FIRST_TIMES} more`);
          }
          const clinicsShown = [...host.querySelectorAll<HTMLElement>('.clinic')].map((s) => s.dataset['location']);
          expect(clinicsShown).to.deep.equal(clinics.map((l) => l.id).filter((id) => free.some((s) => s.locationId === id)));
        }),
        { seed: SEED, numRuns: 60 },
      );
    } finally {
      host.remove();
    }
  });

  describe('the zone note on both sides of each change', () => {
    const noon = (date: string, zone: string): Slot => {
      // 12:00 local: the zone's offset that day, from Intl, applied to 12:00Z.
      const probe = Date.parse(`${date}T12:00:00Z`);
      const local = Date.parse(intl.wall(probe, zone).replace(', ', 'T') + ':00Z');
      const start = probe - (local - probe);
      return { id: `${zone}${date}`, start: new Date(start).toISOString(), end: new Date(start + 15 * MIN).toISOString(), locationId: 'x', providerId: 'p', visitTypeId: 'sick', status: 'free', telehealth: false };
    };
    const cases: Array<[string, string, string, string, string]> = [
      ['America/Denver', '2027-03-13', 'Mountain Standard Time', '2027-03-15', 'Mountain Daylight Time'],
      ['America/Los_Angeles', '2027-03-13', 'Pacific Standard Time', '2027-03-15', 'Pacific Daylight Time'],
      ['America/Denver', '2027-11-06', 'Mountain Daylight Time', '2027-11-08', 'Mountain Standard Time'],
      ['America/Los_Angeles', '2026-10-31', 'Pacific Daylight Time', '2026-11-02', 'Pacific Standard Time'],
      ['America/New_York', '2026-03-07', 'Eastern Standard Time', '2026-03-09', 'Eastern Daylight Time'],
      ['America/Phoenix', '2027-03-13', 'Mountain Standard Time', '2027-03-15', 'Mountain Standard Time'],
    ];
    for (const [zone, before, nameBefore, after, nameAfter] of cases) {
      it(`${zone}: ${before} ${nameBefore}, ${after} ${nameAfter}`, () => {
        expect(zoneNote([noon(before, zone)], zone, 'en').name).to.equal(nameBefore);
        expect(zoneNote([noon(after, zone)], zone, 'en').name).to.equal(nameAfter);
      });
    }

    it('on the change day itself (New York, 2027-03-14), the note names the zone of the first time (EST), a time after the change carries its own (EDT)', () => {
      const early: Slot = { ...noon('2027-03-14', 'America/New_York'), id: 'early', start: '2027-03-14T01:30:00-05:00' };
      const late: Slot = { ...noon('2027-03-14', 'America/New_York'), id: 'late', start: '2027-03-14T03:30:00-04:00' };
      const note = zoneNote([early, late], 'America/New_York', 'en');
      expect(note.name).to.equal('Eastern Standard Time');
      expect([...note.own]).to.deep.equal([['late', 'EDT']]);
    });
  });
});
