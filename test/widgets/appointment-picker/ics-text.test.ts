import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { buildIcs, type IcsEvent } from '../../../src/widgets/appointment-picker/ics.js';

// Fixed examples for what the property tests in ics.test.ts leave loose: lone CR line breaks,
// control characters, and lines folded at exactly 75 octets (not shorter, not longer).
const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'appt-123@frontdesk.example',
  start: '2026-03-10T09:30:00-07:00',
  end: '2026-03-10T10:00:00-07:00',
  summary: 'Visit',
  now: Date.parse('2026-02-20T18:04:05Z'),
  ...over,
});
const summaryOf = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary') as string;
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('appointment picker: ics text', () => {
  it('a lone CR is a line break like LF and CRLF', () => {
    expect(summaryOf(buildIcs(event({ summary: 'one\rtwo\nthree\r\nfour' })))).to.equal('one\ntwo\nthree\nfour');
  });

  it('control characters are dropped, tabs kept', () => {
    const text = buildIcs(event({ summary: 'a\u0001b\u0008c\u000bd\u001be\u007ff\tg' }));
    expect(summaryOf(text)).to.equal('abcdef\tg');
    expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)).to.equal(false);
  });

  it('long lines are folded at exactly 75 octets, the continuation space counted', () => {
    const text = buildIcs(event({ summary: 'x'.repeat(250) }));
    const lines = text.split('\r\n');
    const start = lines.findIndex((l) => l.startsWith('SUMMARY:'));
    expect(lines.slice(start, start + 4).map(octets)).to.deep.equal([75, 75, 75, 1 + 8 + 250 - 75 - 74 * 2]);
    expect(summaryOf(text)).to.equal('x'.repeat(250));
  });
});
