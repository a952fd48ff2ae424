import { closeSync, mkdtempSync, openSync, readSync, rmSync, write } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The numbers of one rate: `RateRow` with texts and modifiers as dictionary indices, NaN for none. */
export const rateFields = 13;
const rowsPerBlock = 256;

/**
 * Rates on their way to the charge shards: a file is read in its own order (a tall file row by
 * row, services interleaved), a shard wants its services' rates together. Each rate (13
 * numbers) goes to one of `partitions` buffers by service; a full buffer is appended to one
 * temporary file, and its place noted, so the shards are written one partition at a time and
 * memory holds one partition (a 256th of the rates), however big the file. Numbers, not text:
 * no string per rate for the garbage collector. Full buffers are written in the background
 * (the disk works while the file is read); `flush` waits when too many are on their way.
 */
export class RateSpill {
  private readonly dir = mkdtempSync(join(tmpdir(), 'frontdesk-prices-'));
  private readonly fd = openSync(join(this.dir, 'rates'), 'w+');
  private readonly buffers: Float64Array[];
  private readonly fill: Int32Array;
  /** Per partition: the file offset of each block written (every block written is full), and how many. */
  private readonly blocks: Float64Array[];
  private readonly blockCount: Int32Array;
  /** Rates per service (by service number): where each service's rates go when a partition is read. */
  private counts = new Int32Array(1024);
  private offset = 0;
  private removed = false;
  /** Buffers being written, and written buffers ready for reuse. */
  private writing = 0;
  private readonly free: Float64Array[] = [];
  private failed: { error: Error } | undefined;
  private wake: (() => void) | undefined;

  constructor(readonly partitions = 256) {
    this.buffers = Array.from({ length: partitions }, () => new Float64Array(rowsPerBlock * rateFields));
    this.fill = new Int32Array(partitions);
    this.blocks = Array.from({ length: partitions }, () => new Float64Array(16));
    this.blockCount = new Int32Array(partitions);
  }

  /** The buffer of the last `row()`: the rate's numbers go there, from the index it returned. */
  buffer: Float64Array = new Float64Array(0);

  /** Adds one rate of `service`: returns where its numbers go in `buffer`. */
  row(service: number): number {
    if (service >= this.counts.length) {
      const counts = new Int32Array(Math.max(service + 1, this.counts.length * 2));
      counts.set(this.counts);
      this.counts = counts;
    }
    this.counts[service]++;
    const p = service % this.partitions;
    if (this.fill[p] === rowsPerBlock) this.spill(p);
    this.buffer = this.buffers[p];
    return this.fill[p]++ * rateFields;
  }

  private spill(p: number): void {
    const rows = this.fill[p];
    if (!rows) return;
    const bytes = rows * rateFields * 8;
    const full = this.buffers[p];
    this.writing++;
    write(this.fd, new Uint8Array(full.buffer, 0, bytes), 0, bytes, this.offset, (error) => {
      if (error) this.failed ??= { error };
      this.writing--;
      this.free.push(full);
      if (this.removed && !this.writing) this.close();
      this.wake?.();
    });
    this.buffers[p] = this.free.pop() ?? new Float64Array(rowsPerBlock * rateFields);
    if (this.blockCount[p] === this.blocks[p].length) {
      const grown = new Float64Array(this.blocks[p].length * 2);
      grown.set(this.blocks[p]);
      this.blocks[p] = grown;
    }
    this.blocks[p][this.blockCount[p]++] = this.offset;
    this.offset += bytes;
    this.fill[p] = 0;
  }

  /** Waits until at most `ahead` buffers are still being written; throws a write's error. */
  async flush(ahead = 64): Promise<void> {
    while (this.writing > ahead) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = undefined;
    if (this.failed) throw this.failed.error;
  }

  /** Where a range of services is gathered (grown as needed, reused), and one block read from the file. */
  private gathered = new Float64Array(0);
  private readonly block = new Float64Array(rowsPerBlock * rateFields);

  /**
   * The rates of partition `p` (services `p`, `p + partitions`, … below `services`) grouped by
   * service, each service's in the order they were added: a range of services at a time, so
   * memory holds about `maxRows` rates (or one service's, when it has more) however big the
   * partition. Per range: its first service, how many, where each one's rows start
   * (`starts[i]`…`starts[i + 1]`) and the numbers, valid until the next range. After `flush(0)`.
   */
  *read(p: number, services: number, maxRows = 1 << 16): Generator<{ first: number; count: number; starts: Int32Array; numbers: Float64Array }> {
    const step = this.partitions;
    const rates = (s: number) => (s < this.counts.length ? this.counts[s] : 0);
    for (let first = p; first < services; ) {
      let end = first;
      let rows = 0;
      while (end < services && (end === first || rows + rates(end) <= maxRows)) {
        rows += rates(end);
        end += step;
      }
      const count = (end - first) / step;
      const starts = new Int32Array(count + 1);
      for (let i = 0; i < count; i++) starts[i + 1] = starts[i] + rates(first + i * step);
      if (this.gathered.length < rows * rateFields) this.gathered = new Float64Array(Math.max(rows * rateFields, Math.ceil(this.gathered.length / 2) * 3));
      const numbers = this.gathered;
      const next = starts.slice(0, count);
      const take = (block: Float64Array, n: number) => {
        for (let at = 0; at < n * rateFields; at += rateFields) {
          const s = block[at];
          if (s < first || s >= end) continue;
          let to = next[(s - first) / step]++ * rateFields;
          for (let f = at; f < at + rateFields; f++) numbers[to++] = block[f];
        }
      };
      const bytes = new Uint8Array(this.block.buffer);
      for (let b = 0; b < this.blockCount[p]; b++) {
        readSync(this.fd, bytes, 0, bytes.length, this.blocks[p][b]);
        take(this.block, rowsPerBlock);
      }
      take(this.buffers[p], this.fill[p]);
      yield { first, count, starts, numbers };
      first = end;
    }
  }

  /** Removes the spill (once the writes on their way are done: the descriptor stays theirs until then). */
  remove(): void {
    if (this.removed) return;
    this.removed = true;
    if (!this.writing) this.close();
  }

  private close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
