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
  /** Per partition: `[file offset, rows]` of each block written. */
  private readonly blocks: [number, number][][];
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
    this.blocks = Array.from({ length: partitions }, () => []);
  }

  /** The buffer of the last `row()`: the rate's numbers go there, from the index it returned. */
  buffer: Float64Array = new Float64Array(0);

  /** Adds one rate of `service`: returns where its numbers go in `buffer`. */
  row(service: number): number {
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
    this.blocks[p].push([this.offset, rows]);
    this.offset += bytes;
    this.fill[p] = 0;
  }

  /** Waits until at most `ahead` buffers are still being written; throws a write's error. */
  async flush(ahead = 64): Promise<void> {
    while (this.writing > ahead) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = undefined;
    if (this.failed) throw this.failed.error;
  }

  /** Where partitions are read: one buffer, grown as needed (a new one per partition piles up until the GC runs). */
  private readBuffer = new ArrayBuffer(0);

  /**
   * The rates of one partition, in the order they were added (13 numbers each); after
   * `flush(0)`. The numbers are valid until the next `read`.
   */
  read(p: number): Float64Array {
    const rows = this.blocks[p].reduce((n, [, r]) => n + r, 0) + this.fill[p];
    if (this.readBuffer.byteLength < rows * rateFields * 8) this.readBuffer = new ArrayBuffer(Math.max(rows * rateFields * 8, Math.ceil(this.readBuffer.byteLength / 16) * 24));
    const out = new Float64Array(this.readBuffer, 0, rows * rateFields);
    let at = 0;
    for (const [offset, r] of this.blocks[p]) {
      readSync(this.fd, new Uint8Array(out.buffer, at * 8, r * rateFields * 8), 0, r * rateFields * 8, offset);
      at += r * rateFields;
    }
    out.set(this.buffers[p].subarray(0, this.fill[p] * rateFields), at);
    return out;
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
