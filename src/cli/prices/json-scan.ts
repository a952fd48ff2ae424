/**
 * A streaming reader for the shape of a CMS JSON file: one top-level object whose members are
 * small values, except `standard_charge_information` and `modifier_information`, arrays that
 * may hold millions of elements. The scanner finds where each member value and each array
 * element ends (brackets and strings only, nothing decoded) and hands its text to the native
 * `JSON.parse`, an order of magnitude faster than a token-by-token parser; memory holds one
 * element at a time.
 */
export class JsonBrokenError extends Error {
  constructor(
    message: string,
    /** Character offset in the file's text. */
    readonly position: number,
  ) {
    super(`${message} at position "${position}"`);
  }
}

export interface JsonScanHandlers {
  /** A top-level member that is not one of the `streamed` arrays. */
  member(key: string, value: unknown): void;
  /** An element of a streamed array: `key` names the array, `index` the element. */
  element(key: string, index: number, value: unknown): void;
}

const enum At {
  Start,
  Key,
  Colon,
  Value,
  Comma,
  Element,
  ElementComma,
  End,
}

const space = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Where the JSON value starting at `from` ends (exclusive), or -1 when the text ends first. */
function valueEnd(text: string, from: number, offset: number): number {
  const first = text.charCodeAt(from);
  if (first !== 123 && first !== 91 && first !== 34) {
    // A number, true, false or null: up to the next delimiter.
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 44 || c === 125 || c === 93 || space(c)) return i;
    }
    return -1;
  }
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip the string: the next quote not escaped by an odd run of backslashes.
      let j = i;
      for (;;) {
        j = text.indexOf('"', j + 1);
        if (j < 0) return -1;
        let slashes = 0;
        while (text.charCodeAt(j - 1 - slashes) === 92) slashes++;
        if (slashes % 2 === 0) break;
      }
      i = j;
      if (depth === 0) return i + 1;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
      if (depth < 0) throw new JsonBrokenError(`unexpected "${text[i]}"`, offset + i);
    }
  }
  return -1;
}

export class JsonScanner {
  private buf = '';
  private pos = 0;
  /** Characters of the file before `buf`. */
  private offset = 0;
  private at = At.Start;
  private key = '';
  private index = 0;

  constructor(
    private readonly streamed: ReadonlySet<string>,
    private readonly handlers: JsonScanHandlers,
  ) {}

  write(text: string): void {
    this.offset += this.pos;
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + text : text;
    this.pos = 0;
    this.scan();
  }

  /** Throws `JsonBrokenError` when the text ends before the object does. */
  end(): void {
    this.scan();
    let i = this.pos;
    while (i < this.buf.length && space(this.buf.charCodeAt(i))) i++;
    if (this.at === At.End && i < this.buf.length) this.fail(i);
    if (this.at !== At.End) {
      // A value cut short: JSON.parse names what is wrong with it, if more than the cut.
      if (i < this.buf.length && this.at !== At.Comma && this.at !== At.ElementComma && this.at !== At.Colon) this.parse(i, this.buf.length);
      throw new JsonBrokenError('the file ends inside the JSON', this.offset + i);
    }
  }

  private fail(i: number): never {
    throw new JsonBrokenError(`unexpected "${this.buf[i]}"`, this.offset + i);
  }

  private parse(from: number, to: number): unknown {
    const text = this.buf.slice(from, to);
    try {
      return JSON.parse(text);
    } catch (e) {
      const message = e instanceof Error ? e.message : '';
      const inner = /position (\d+)/.exec(message);
      const reason = message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
      throw new JsonBrokenError(reason || 'not valid JSON', this.offset + (inner ? from + Number(inner[1]) : from));
    }
  }

  private scan(): void {
    const buf = this.buf;
    let i = this.pos;
    while (i < buf.length) {
      const c = buf.charCodeAt(i);
      if (space(c)) {
        i++;
        continue;
      }
      if (this.at === At.Start) {
        if (c !== 123) this.fail(i);
        this.at = At.Key;
        i++;
      } else if (this.at === At.Key) {
        if (c === 125) {
          this.at = At.End;
          i++;
          continue;
        }
        if (c !== 34) this.fail(i);
        const end = valueEnd(buf, i, this.offset);
        if (end < 0) break;
        this.key = this.parse(i, end) as string;
        this.at = At.Colon;
        i = end;
      } else if (this.at === At.Colon) {
        if (c !== 58) this.fail(i);
        this.at = At.Value;
        i++;
      } else if (this.at === At.Value) {
        if (c === 91 && this.streamed.has(this.key)) {
          this.at = At.Element;
          this.index = 0;
          i++;
          continue;
        }
        const end = valueEnd(buf, i, this.offset);
        if (end < 0) break;
        this.handlers.member(this.key, this.parse(i, end));
        this.at = At.Comma;
        i = end;
      } else if (this.at === At.Comma) {
        if (c === 44) this.at = At.Key;
        else if (c === 125) this.at = At.End;
        else this.fail(i);
        i++;
      } else if (this.at === At.Element) {
        if (c === 93 && this.index === 0) {
          this.at = At.Comma;
          i++;
          continue;
        }
        const end = valueEnd(buf, i, this.offset);
        if (end < 0) break;
        this.handlers.element(this.key, this.index++, this.parse(i, end));
        this.at = At.ElementComma;
        i = end;
      } else if (this.at === At.ElementComma) {
        if (c === 44) this.at = At.Element;
        else if (c === 93) this.at = At.Comma;
        else this.fail(i);
        i++;
      } else this.fail(i);
    }
    this.pos = i;
  }
}
