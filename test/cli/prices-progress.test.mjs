// Node tests of the indexer's progress display and of the CSV record scanner's edge cases.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProgress, CsvScanner, CsvBrokenError } from '../../dist/cli/prices.js';

const report = (bytesRead, extra = {}) => ({ input: 0, inputs: 1, fileName: 'prices.csv', bytesRead, totalBytes: 100e6, items: bytesRead / 100, rates: bytesRead / 100, ...extra });

function clocked(tty) {
  let now = 0;
  const out = [];
  // The clock does not start at 0 (performance.now() in a long-lived process).
  const view = createProgress({ tty, write: (t) => out.push(t), columns: 200, now: () => 100_000 + now });
  return { view, out, at: (ms) => (now = ms) };
}

describe('progress', () => {
  it('on a terminal: a bar redrawn in place with bytes, rows, rate and time left; cleared at the end', () => {
    const { view, out, at } = clocked(true);
    at(0);
    view.update(report(0));
    at(2000);
    view.update(report(25e6));
    at(2050);
    view.update(report(26e6)); // within 100 ms: not redrawn
    assert.equal(out.length, 1);
    assert.match(out[0], /^\r\x1b\[2K\[#+\.+\]  25% prices\.csv: 25\.0 of 100\.0 MB, 250,000 rows, 250,000 rates, 12\.5 MB\/s, 0:06 left$/);
    view.done();
    assert.equal(out.at(-1), '\r\x1b[2K');
  });

  it('elsewhere: a plain line every 5 s once the build runs that long, nothing before', () => {
    const { view, out, at } = clocked(false);
    for (const [ms, bytes] of [[0, 0], [1000, 5e6], [4999, 20e6], [5000, 25e6], [7000, 30e6], [10000, 50e6]]) {
      at(ms);
      view.update(report(bytes));
    }
    assert.deepEqual(out, [
      'frontdesk-prices: 25% — prices.csv: 25.0 of 100.0 MB, 250,000 rows, 250,000 rates, 5.0 MB/s, 0:15 left\n',
      'frontdesk-prices: 50% — prices.csv: 50.0 of 100.0 MB, 500,000 rows, 500,000 rates, 5.0 MB/s, 0:10 left\n',
    ]);
    view.done();
    assert.equal(out.length, 2, 'no bar to clear');
  });

  it('without a known size (stdin): bytes and rate, no percent or time left', () => {
    const { view, out, at } = clocked(false);
    at(0);
    view.update(report(0, { totalBytes: undefined }));
    at(6000);
    view.update(report(30e6, { totalBytes: undefined, inputs: 2, input: 0 }));
    assert.deepEqual(out, ['frontdesk-prices: prices.csv (1/2): 30.0 MB, 300,000 rows, 300,000 rates, 5.0 MB/s\n']);
  });
});

describe('CSV record scanner', () => {
  const scan = (text, sizes = [text.length]) => {
    const rows = [];
    const scanner = new CsvScanner((cells, info) => rows.push([info.row, info.line, ...cells]));
    let i = 0;
    for (let k = 0; i < text.length; k++) {
      const size = sizes[k % sizes.length];
      scanner.write(text.slice(i, i + size));
      i += size;
    }
    scanner.end();
    return rows;
  };

  it('quotes, escaped quotes, line breaks in quotes, relaxed quotes, blank rows, any chunking', () => {
    const text = 'a,"b ""c""",d\r\n\r\n,,\r\n"multi\r\nline",x"y,"q"z\r\nlast,,';
    const expected = [[1, 1, 'a', 'b "c"', 'd'], [2, 4, 'multi\r\nline', 'x"y', '"q"z'], [3, 6, 'last', '', '']];
    assert.deepEqual(scan(text), expected);
    for (const size of [1, 2, 3, 5, 7]) assert.deepEqual(scan(text, [size]), expected, `chunks of ${size}`);
    assert.deepEqual(scan('a,b\rc,d\r'), [[1, 1, 'a', 'b'], [2, 2, 'c', 'd']], 'CR line ends');
  });

  it('a quote never closed is the one fatal error, with its line', () => {
    assert.throws(() => scan('a,b\n"open,c\nd\n'), (e) => e instanceof CsvBrokenError && e.line === 2 + 2 && /not closed/.test(e.message));
  });
});
