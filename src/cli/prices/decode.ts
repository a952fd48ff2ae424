/**
 * Bytes → text for price files, chunk by chunk (constant memory). UTF-8 first; the first
 * invalid UTF-8 sequence switches the rest of the file to Windows-1252, the encoding of most
 * files exported from spreadsheets on Windows, and the switch is reported once. A leading
 * BOM is dropped.
 */
export interface DecodeStats {
  bytes: number;
  /** Set when the file was not valid UTF-8: where the switch happened (byte offset). */
  windows1252From?: number;
}

/** How many bytes at the end of `chunk` start a UTF-8 sequence that the next chunk completes. */
function incompleteTail(chunk: Uint8Array): number {
  const n = chunk.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const byte = chunk[n - back];
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** Windows-1252 at 0x80–0x9F (where it differs from Latin-1); Node's TextDecoder reads that label as Latin-1. */
const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const latin1 = new TextDecoder('latin1');
export const decodeWindows1252 = (bytes: Uint8Array): string => latin1.decode(bytes).replace(/[\x80-\x9f]/g, (c) => high[c.charCodeAt(0) - 0x80]);

export async function* decodeText(source: AsyncIterable<Uint8Array | string>, stats: DecodeStats = { bytes: 0 }): AsyncGenerator<string> {
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let carry = new Uint8Array(0);
  let first = true;
  for await (const piece of source) {
    const chunk = typeof piece === 'string' ? new TextEncoder().encode(piece) : piece;
    const offset = stats.bytes - carry.length;
    stats.bytes += chunk.length;
    let bytes: Uint8Array = chunk;
    if (carry.length) {
      bytes = new Uint8Array(carry.length + chunk.length);
      bytes.set(carry);
      bytes.set(chunk, carry.length);
    }
    let text: string;
    if (stats.windows1252From === undefined) {
      const tail = incompleteTail(bytes);
      const complete = bytes.subarray(0, bytes.length - tail);
      try {
        text = utf8.decode(complete);
        carry = bytes.slice(bytes.length - tail);
      } catch {
        stats.windows1252From = offset;
        text = decodeWindows1252(bytes);
        carry = new Uint8Array(0);
      }
    } else {
      text = decodeWindows1252(bytes);
    }
    if (first && text.length) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      else if (text.startsWith('ï»¿')) text = text.slice(3);
      first = false;
    }
    if (text) yield text;
  }
  if (carry.length) {
    // A file that ends inside a UTF-8 sequence: not UTF-8 after all.
    stats.windows1252From ??= stats.bytes - carry.length;
    yield decodeWindows1252(carry);
  }
}
