import { rateFields } from './spill.js';

const COMMA = 44;
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

  /**
   * A number as `String(n)` writes it (ASCII: digits, `.`, `-`, `e`), copied code by code: V8
   * turns small numbers into text from a cache, faster than dividing out the digits here (that
   * took a quarter of a wide CSV's build).
   */
  number(n: number): void {
    const text = String(n);
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.bytes[this.length++] = text.charCodeAt(i);
  }

  /** Text as is (already JSON), in UTF-8. */
  text(text: string): void {
    this.room(text.length * 3);
    this.length += encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
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
    // Room for every field but the modifiers' text (which makes its own): 13 numbers of at most 24 characters.
    this.room(2 + rateFields * 25);
    const bytes = this.bytes;
    bytes[this.length++] = 91; // [
    for (let f = 0; f <= last; f++) {
      if (f) bytes[this.length++] = COMMA;
      const v = numbers[at + f];
      if (Number.isNaN(v)) {
        bytes[this.length++] = 110; // null
        bytes[this.length++] = 117;
        bytes[this.length++] = 108;
        bytes[this.length++] = 108;
      } else if (f === 12) {
        this.text(JSON.stringify(texts[v]));
        this.room(2);
        return void (this.bytes[this.length++] = 93);
      } else {
        const text = String(f === 5 || f === 10 || f === 11 ? local(v) : v);
        for (let i = 0; i < text.length; i++) bytes[this.length++] = text.charCodeAt(i);
      }
    }
    bytes[this.length++] = 93; // ]
  }
}
