import { rateFields } from './spill.js';

const COMMA = 44;
const ZERO = 48;
const NULL = [110, 117, 108, 108];
const encoder = new TextEncoder();

/**
 * JSON as bytes, appended to one growing buffer: the shards' rates (millions in a big file) are
 * written digit by digit from the spill's numbers, without a string per rate (the strings, their
 * joining and their UTF-8 encoding took most of the time the shards were written in).
 */
export class JsonBytes {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  byte(code: number): void {
    this.room(1);
    this.bytes[this.length++] = code;
  }

  /** A number as `String(n)` writes it (digits straight for whole numbers that are not negative). */
  number(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) return this.text(String(n));
    let digits = 1;
    for (let v = n; v >= 10; v = Math.floor(v / 10)) digits++;
    this.room(digits);
    let at = this.length + digits;
    this.length = at;
    let v = n;
    do {
      this.bytes[--at] = ZERO + (v % 10);
      v = Math.floor(v / 10);
    } while (v > 0);
  }

  /** Text as is (already JSON), in UTF-8. */
  text(text: string): void {
    this.room(text.length * 3);
    this.length += encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
  }

  private null(): void {
    this.room(4);
    for (const c of NULL) this.bytes[this.length++] = c;
  }

  /**
   * One rate of the spill (`rateFields` numbers at `at`, NaN for none) as the JSON of its
   * `RateRow`, trailing nulls dropped; text indices (algorithm, count, notes) renumbered by
   * `local`, the modifiers (a text) written as a JSON string.
   */
  rate(numbers: Float64Array, at: number, local: (text: number) => number, texts: readonly string[]): void {
    let last = 2;
    for (let f = rateFields - 1; f > 2; f--) {
      if (!Number.isNaN(numbers[at + f])) {
        last = f;
        break;
      }
    }
    this.byte(91); // [
    for (let f = 0; f <= last; f++) {
      if (f) this.byte(COMMA);
      const v = numbers[at + f];
      if (Number.isNaN(v)) this.null();
      else if (f === 5 || f === 10 || f === 11) this.number(local(v));
      else if (f === 12) this.text(JSON.stringify(texts[v]));
      else this.number(v);
    }
    this.byte(93); // ]
  }
}
