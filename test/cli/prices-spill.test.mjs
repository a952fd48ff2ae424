// Node tests of the rate spill: rates go to disk by partition as a file is read, and come back grouped by service,
// in the order they were added, a range of services at a time (memory bounded however big a partition grows).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateSpill, rateFields } from '../../dist/cli/prices.js';

/** Adds `n` rates of `service`, each numbered in its 2nd field by the order it was added overall. */
function add(spill, service, n, seq) {
  for (let i = 0; i < n; i++) {
    const at = spill.row(service);
    spill.buffer.fill(Number.NaN, at, at + rateFields);
    spill.buffer[at] = service;
    spill.buffer[at + 1] = seq.next++;
  }
}

describe('rate spill', () => {
  it('gives back each service its rates in order, a bounded range of services at a time', async () => {
    const spill = new RateSpill(4);
    const seq = { next: 0 };
    const added = new Map();
    // Services interleaved as in a tall file; enough rates that blocks go to disk (256 rows each).
    for (let round = 0; round < 40; round++) {
      for (let s = 0; s < 10; s++) {
        const n = 1 + ((s * 7 + round) % 13);
        const from = seq.next;
        add(spill, s, n, seq);
        added.set(s, [...(added.get(s) ?? []), ...Array.from({ length: n }, (_, i) => from + i)]);
      }
    }
    await spill.flush(0);
    try {
      for (const maxRows of [1 << 16, 300, 1]) {
        const seen = new Map();
        for (let p = 0; p < 4; p++) {
          for (const { first, count, starts, numbers } of spill.read(p, 10, maxRows)) {
            // A range holds at most maxRows rates, unless it is one service with more.
            assert.ok(count === 1 || starts[count] <= maxRows, `${count} services, ${starts[count]} rates over ${maxRows}`);
            for (let i = 0; i < count; i++) {
              const s = first + i * 4;
              assert.equal(s % 4, p);
              const rows = [];
              for (let r = starts[i]; r < starts[i + 1]; r++) {
                assert.equal(numbers[r * rateFields], s);
                rows.push(numbers[r * rateFields + 1]);
              }
              seen.set(s, rows);
            }
          }
        }
        assert.deepEqual([...seen.keys()].sort((a, b) => a - b), [...added.keys()]);
        for (const [s, rows] of added) assert.deepEqual(seen.get(s), rows, `service ${s}, maxRows ${maxRows}`);
      }
    } finally {
      spill.remove();
    }
  });
});
