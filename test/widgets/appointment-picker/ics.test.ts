import { expect } from '@open-wc/testing';
import { fc } from '../../support/property.js';
import ICAL from 'ical.js';
import { zonedInstant } from '../../../src/core/time.js';
import { buildIcs, type IcsEvent } from '../../../src/widgets/appointment-picker/ics.js';

const MIN = 60_000;
const NOW = Date.parse('2026-02-20T18:04:05Z');
const zones = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico'];
const changes = ['2026-03-08', '2026-11-01', '2027-03-14', '2027-11-07'].map((d) => Date.parse(`${d}T12:00:00Z`));
const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'appt-123@frontdesk.example',
  start: '2026-03-10T09:30:00-07:00',
  end: '2026-03-10T10:00:00-07:00',
  summary: 'Visit at Desert Sage – Phoenix',
  now: NOW,
  ...over,
});

/** ISO 8601 written the way the location's adapter would, with its own offset at that instant. */
function localIso(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'longOffset',
  }).formatToParts(ms);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  const offset = get('timeZoneName').replace('GMT', '') || '+00:00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${offset}`;
}

function vevent(text: string): ICAL.Component {
  const found = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent');
  if (!found) throw new Error('no VEVENT');
  return found;
}
const timeOf = (component: ICAL.Component, name: string) => component.getFirstPropertyValue(name) as ICAL.Time;
const textOf = (component: ICAL.Component, name: string) => component.getFirstPropertyValue(name) as string;

const octets = (line: string) => new TextEncoder().encode(line).length;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

/** Text a patient-facing field may hold, heavy on what must be escaped or folded. */
const textArb = fc.string({
  unit: fc.oneof(
    fc.constantFrom(';', ',', '\\', '\n', '\r\n', ':', '"', ' ', 'é', 'ñ', '–', '😀', '👩🏽‍⚕️', '\\n', '\t'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
  maxLength: 120,
});
/** What a parser gives back: line breaks become `\n`; other control characters are not allowed in iCalendar text. */
const expectedText = (s: string) => s.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

describe('appointment picker: ics', () => {
  it('is a VCALENDAR with one VEVENT, the product id, version, method and an alarm an hour before', () => {
    const text = buildIcs(event({ location: 'Desert Sage Family Medicine, 123 Main St, Phoenix', description: 'Bring your insurance card.', url: 'https://desertsage.example/appointments/manage' }));
    const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(cal.name).to.equal('vcalendar');
    expect(cal.getFirstPropertyValue('version')).to.equal('2.0');
    expect(cal.getFirstPropertyValue('prodid')).to.equal('-//Frontdesk//Appointment//EN');
    expect(cal.getFirstPropertyValue('method')).to.equal('PUBLISH');
    expect(cal.getAllSubcomponents('vevent').length).to.equal(1);
    const ev = vevent(text);
    expect(textOf(ev, 'uid')).to.equal('appt-123@frontdesk.example');
    expect(textOf(ev, 'location')).to.equal('Desert Sage Family Medicine, 123 Main St, Phoenix');
    expect(textOf(ev, 'description')).to.equal('Bring your insurance card.');
    expect(textOf(ev, 'url')).to.equal('https://desertsage.example/appointments/manage');
    expect(timeOf(ev, 'dtstamp').toJSDate().getTime()).to.equal(NOW);
    const alarm = ev.getFirstSubcomponent('valarm')!;
    expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).to.equal(-3600);
    expect(alarm.getFirstPropertyValue('action')).to.equal('DISPLAY');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
  });

  it('writes the exact instant in UTC, for starts written in each zone and across DST changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...changes),
        fc.integer({ min: -72 * 60, max: 72 * 60 }),
        fc.integer({ min: 10, max: 120 }),
        fc.constantFrom('iso', 'date', 'number'),
        (zone, change, minutes, duration, form) => {
          const start = change + minutes * MIN;
          const end = start + duration * MIN;
          const as = (ms: number) => (form === 'iso' ? localIso(ms, zone) : form === 'date' ? new Date(ms) : ms);
          const text = buildIcs(event({ start: as(start), end: as(end) }));
          const ev = vevent(text);
          for (const [name, at] of [['dtstart', start], ['dtend', end]] as const) {
            const t = timeOf(ev, name);
            expect(t.zone.tzid, name).to.equal('UTC');
            expect(t.toJSDate().getTime(), `${name} of ${String(as(at))}`).to.equal(at);
          }
          expect(text).to.match(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the twice-happening 01:30 in New York and a start in the spring-forward gap', () => {
    const first = vevent(buildIcs(event({ start: '2026-11-01T01:30:00-04:00', end: '2026-11-01T02:00:00-04:00' })));
    const second = vevent(buildIcs(event({ start: '2026-11-01T01:30:00-05:00', end: '2026-11-01T02:00:00-05:00' })));
    expect(timeOf(first, 'dtstart').toJSDate().toISOString()).to.equal('2026-11-01T05:30:00.000Z');
    expect(timeOf(second, 'dtstart').toJSDate().toISOString()).to.equal('2026-11-01T06:30:00.000Z');
    const gap = zonedInstant('America/New_York', 2026, 3, 8, 2, 30); // resolves to 03:30 EDT
    const ev = vevent(buildIcs(event({ start: gap, end: gap.getTime() + 30 * MIN })));
    expect(timeOf(ev, 'dtstart').toJSDate().toISOString()).to.equal('2026-03-08T07:30:00.000Z');
  });

  it('CRLF after every line, no bare LF or CR', () => {
    const text = buildIcs(event({ description: 'Line one\nLine two\r\nLine three\rLine four' }));
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(text.split('\r\n').at(-1)).to.equal('');
  });

  it('folds at 75 octets, never inside a character, and unfolding restores every value', () => {
    fc.assert(
      fc.property(textArb, textArb, textArb, (summary, location, description) => {
        const text = buildIcs(event({ summary, location, description }));
        for (const line of text.split('\r\n')) {
          expect(octets(line), line).to.be.at.most(75);
          expect(loneSurrogate.test(line), line).to.equal(false);
        }
        expect(unfold(text).split('\r\n').every((l) => !l.startsWith(' '))).to.equal(true);
        const ev = vevent(text);
        expect(textOf(ev, 'summary')).to.equal(expectedText(summary));
        expect(textOf(ev, 'location')).to.equal(expectedText(location));
        expect(textOf(ev, 'description')).to.equal(expectedText(description));
      }),
      { numRuns: 300 },
    );
  });

  it('a long summary with accents and emoji round-trips, split only between characters', () => {
    const summary = 'Consulta de seguimiento en Clínica Médica Desierto Salvia – Phoenix, Arizona 🌵🩺 (niñas y niños) · ¿Preguntas? Llámenos 👩🏽‍⚕️';
    const text = buildIcs(event({ summary }));
    const lines = text.split('\r\n');
    const summaryLines = lines.slice(lines.findIndex((l) => l.startsWith('SUMMARY:')));
    expect(summaryLines[1].startsWith(' ')).to.equal(true); // it was folded
    for (const line of lines) expect(octets(line)).to.be.at.most(75);
    expect(textOf(vevent(text), 'summary')).to.equal(summary);
    expect(unfold(text)).to.include('SUMMARY:Consulta de seguimiento en Clínica Médica Desierto Salvia – Phoenix\\, Arizona 🌵🩺');
  });

  it('escapes so that text cannot add properties or end the event', () => {
    const text = buildIcs(event({ summary: 'x\r\nEND:VEVENT\r\nATTENDEE:mailto:a@b.example', description: 'a;b,c\\d' }));
    const ev = vevent(text);
    expect(ev.getAllProperties('attendee').length).to.equal(0);
    expect(textOf(ev, 'summary')).to.equal('x\nEND:VEVENT\nATTENDEE:mailto:a@b.example');
    expect(unfold(text)).to.include('DESCRIPTION:a\\;b\\,c\\\\d\r\n');
  });

  it('writes only safe links, without line breaks', () => {
    expect(vevent(buildIcs(event({ url: 'javascript:alert(1)' }))).getAllProperties('url').length).to.equal(0);
    const ev = vevent(buildIcs(event({ url: 'https://x.example/a\r\nATTENDEE:mailto:a@b.example' })));
    expect(ev.getAllProperties('attendee').length).to.equal(0);
    expect(textOf(ev, 'url')).to.equal('https://x.example/aATTENDEE:mailto:a@b.example');
  });

  it('refuses an invalid instant or an end not after the start', () => {
    expect(() => buildIcs(event({ start: 'tomorrow' }))).to.throw(RangeError);
    expect(() => buildIcs(event({ end: '2026-03-10T09:30:00-07:00' }))).to.throw(RangeError);
  });
});
