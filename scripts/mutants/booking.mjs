// Mutants of the booking logic: slot grouping and alternatives, the hold timer, the .ics file,
// link safety. Each: `id`, the exact text `from` (must occur once in the file) and its `to`;
// `why` explains a survivor that is equivalent (behaves the same for every input).
const dir = 'src/widgets/appointment-picker';
const apTests = 'test/widgets/appointment-picker';

export default [
  {
    module: 'slots',
    file: `${dir}/slots.ts`,
    tests: [`${apTests}/slots.test.ts`, `${apTests}/times-view.test.ts`, `${apTests}/clinic-order.test.ts`],
    mutants: [
      { id: 'slots: local midnight grouped into the previous day', from: 'const key = localDateKey(startOf(slot), zoneOf(slot));', to: 'const key = localDateKey(startOf(slot) - 1, zoneOf(slot));' },
      { id: 'slots: every status counts as free', from: "const isFree = (slot: Slot): boolean => slot.status === 'free';", to: 'const isFree = (slot: Slot): boolean => slot.status !== undefined;' },
      { id: 'slots: latest start first', from: 'const byStart = (a: Slot, b: Slot): number => startOf(a) - startOf(b) ||', to: 'const byStart = (a: Slot, b: Slot): number => startOf(b) - startOf(a) ||' },
      { id: 'slots: days in insertion order, not by date', from: 'return new Map([...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));', to: 'return byKey;' },
      { id: 'slots: noon counted as morning', from: "return hour < 12 ? 'morning'", to: "return hour <= 12 ? 'morning'" },
      { id: 'slots: 17:00 counted as afternoon', from: "hour < 17 ? 'afternoon'", to: "hour <= 17 ? 'afternoon'" },
      { id: 'slots: next available includes the chosen day', from: 'if (key > afterDateKey && (best', to: 'if (key >= afterDateKey && (best' },
      { id: 'slots: next available picks the latest day', from: '(best === undefined || key < best)', to: '(best === undefined || key > best)' },
      { id: 'slots: alternatives of another visit type', from: ' && s.visitTypeId === taken.visitTypeId && ', to: ' && ' },
      { id: 'slots: the taken slot offered as its own alternative', from: 'isFree(s) && s.id !== taken.id && ', to: 'isFree(s) && ' },
      { id: 'slots: alternatives in the past', from: ' && startOf(s) > after)', to: ')' },
      { id: 'slots: same location preferred to same provider', from: "(s.providerId === taken.providerId ? 2 : 0)", to: "(s.providerId === taken.providerId ? 1 : 0)" },
      { id: 'slots: affinity reversed', from: '|| affinity(b) - affinity(a) ||', to: '|| affinity(a) - affinity(b) ||' },
      { id: 'slots: one alternative too many', from: '.slice(0, Math.max(0, count));', to: '.slice(0, Math.max(0, count) + 1);' },
      { id: 'slots: unlisted clinics first', from: 'return i < 0 ? order.length : i;', to: 'return i < 0 ? -1 : i;' },
      { id: 'slots: zone note marks the times in the first zone', from: 'if (timeZoneName(timeZone, locale, slot.start) !== name)', to: 'if (timeZoneName(timeZone, locale, slot.start) === name)' },
    ],
  },
  {
    module: 'hold timer',
    file: `${dir}/hold-timer.ts`,
    tests: [`${apTests}/hold-timer.test.ts`],
    mutants: [
      { id: 'hold: expires 60 s early', from: 'const left = this.expiresAt - this.now();', to: 'const left = this.expiresAt - 60_000 - this.now();' },
      { id: 'hold: "minutes left" announcement removed', from: 'if (minutes < this.lastMinute && minutes <= 2) this.onMinute(minutes);', to: '' },
      { id: 'hold: announces from three minutes', from: '&& minutes <= 2) this.onMinute', to: '&& minutes <= 3) this.onMinute' },
      { id: 'hold: announces every tick', from: 'this.lastMinute = minutes;', to: '' },
      { id: 'hold: announces the minute it starts in', from: 'this.lastMinute = Math.ceil(this.remainingMs / 60_000);', to: 'this.lastMinute = Infinity;' },
      { id: 'hold: expires one tick late', from: 'if (left <= 0) {', to: 'if (left < 0) {' },
      { id: 'hold: clock rounds seconds down', from: 'const total = Math.ceil(ms / 1000);', to: 'const total = Math.floor(ms / 1000);' },
      { id: 'hold: clock without leading zero', from: "String(total % 60).padStart(2, '0')", to: 'String(total % 60)' },
      { id: 'hold: keeps ticking after the element leaves', from: 'hostDisconnected(): void {\n    this.stop();', to: 'hostDisconnected(): void {' },
    ],
  },
  {
    module: 'ics',
    file: `${dir}/ics.ts`,
    tests: [`${apTests}/ics.test.ts`, `${apTests}/ics-text.test.ts`],
    mutants: [
      { id: 'ics: backslash not escaped', from: '.replace(/[\\\\;,]/g', to: '.replace(/[;,]/g' },
      { id: 'ics: only LF line breaks escaped', from: ".replace(/\\r\\n|\\r|\\n/g, '\\\\n')", to: ".replace(/\\n/g, '\\\\n')" },
      { id: 'ics: control characters kept', from: '.replace(/[\\u0000-\\u0008\\u000a-\\u001f\\u007f]/g', to: '.replace(/[\\u007f]/g' },
      { id: 'ics: folds at 74 octets', from: 'if (octets + size > 75) {', to: 'if (octets + size >= 75) {' },
      { id: 'ics: continuation space not counted', from: 'octets = 1;', to: 'octets = 0;' },
      { id: 'ics: zero-length event accepted', from: 'if (end <= start) throw', to: 'if (end < start) throw' },
      { id: 'ics: any URL written', from: 'if (event.url && isSafeUrl(event.url))', to: 'if (event.url)' },
      { id: 'ics: reminder after the start', from: "'TRIGGER:-PT1H'", to: "'TRIGGER:PT1H'" },
      { id: 'ics: milliseconds kept in stamps', from: ".replace(/\\.\\d{3}Z$/, 'Z')", to: '' },
      { id: 'ics: LF line ends', from: 'return lines.map(foldLine).join(CRLF) + CRLF;', to: "return lines.map(foldLine).join('\\n') + '\\n';" },
      { id: 'ics: no reminder', from: "lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.summary)}`, 'TRIGGER:-PT1H', 'END:VALARM');", to: '' },
    ],
  },
  {
    module: 'link safety',
    file: 'src/core/links.ts',
    tests: ['test/core/links.test.ts', `${apTests}/ics.test.ts`],
    mutants: [
      { id: 'links: http allowed in adapter data', from: "new Set(['https:', 'tel:', 'mailto:'])", to: "new Set(['https:', 'http:', 'tel:', 'mailto:'])" },
      { id: 'links: data: allowed from the page author', from: "['https:', 'http:', 'tel:', 'mailto:'].includes(", to: "['https:', 'http:', 'tel:', 'mailto:', 'data:'].includes(" },
      { id: 'links: relative author links refused', from: 'new URL(value, document.baseURI).protocol', to: 'new URL(value).protocol' },
      { id: 'links: unparsable adapter link allowed', from: '    return false;\n  }\n};\n\n/**', to: '    return true;\n  }\n};\n\n/**' },
    ],
  },
];
