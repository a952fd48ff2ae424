/**
 * A CSV record scanner for price files: text in, records (arrays of cells) out, as fast as
 * `indexOf` finds commas and line ends (csv-parse spent a third of the indexer's time building
 * per-field state). It reads what csv-parse read with the options the indexer used before:
 * `"` quoting with `""` escapes and line breaks inside quotes; a quote inside an unquoted cell is
 * kept as text (relaxed quotes); rows of any width; empty lines and rows whose every cell is
 * blank are skipped and not counted. The record delimiter is `\r\n`, `\n` or `\r`, whichever
 * comes first in the file. A quote still open at the end of the file is the one fatal error.
 */
export type Row = readonly string[];

export interface CsvRecordInfo {
  /** 1-based number of the record among those kept (row numbers of the CMS template). */
  row: number;
  /** 1-based line of the file where the record starts. */
  line: number;
}

export class CsvBrokenError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

export class CsvScanner {
  private buf = '';
  private pos = 0;
  /** `\n` (also for `\r\n`) or `\r`; unknown until the first line end. */
  private eol = '';
  private line = 1;
  private row = 0;

  constructor(private readonly onRecord: (cells: string[], info: CsvRecordInfo) => void) {}

  /** Scans every complete record of `text` (with what was left of the last chunk). */
  write(text: string): void {
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + text : text;
    this.pos = 0;
    this.scan(false);
  }

  /** Scans the rest; throws `CsvBrokenError` when a quoted cell is never closed. */
  end(): void {
    this.scan(true);
    this.buf = '';
    this.pos = 0;
  }

  private detectEol(final: boolean): boolean {
    const lf = this.buf.indexOf('\n', this.pos);
    const cr = this.buf.indexOf('\r', this.pos);
    if (cr >= 0 && (lf < 0 || cr < lf - 1)) {
      // A lone CR before any LF (old Mac files) unless it is the end of the buffer.
      if (cr === this.buf.length - 1 && !final) return false;
      this.eol = cr + 1 < this.buf.length && this.buf.charCodeAt(cr + 1) === LF ? '\n' : '\r';
    } else if (lf >= 0) this.eol = '\n';
    else return false;
    return true;
  }

  private scan(final: boolean): void {
    const buf = this.buf;
    const size = buf.length;
    if (!this.eol && !this.detectEol(final) && !final) return;
    const eol = this.eol || '\n';
    const eolCode = eol.charCodeAt(0);
    let pos = this.pos;
    // The next quote at or after `pos` (size when none): a line's cells after it are split at once.
    let nextQuote = -1;
    while (pos < size) {
      const start = pos;
      const startLine = this.line;
      let lines = 0;
      const cells: string[] = [];
      let lineEnd = buf.indexOf(eol, pos);
      let complete = true;
      // One cell per turn; `pos` is at the cell's first character.
      for (;;) {
        if (buf.charCodeAt(pos) === QUOTE) {
          let q = pos + 1;
          let escaped = false;
          let close: number;
          for (;;) {
            close = buf.indexOf('"', q);
            if (close < 0 || (close + 1 >= size && !final)) break;
            if (buf.charCodeAt(close + 1) === QUOTE) {
              escaped = true;
              q = close + 2;
              continue;
            }
            break;
          }
          if (close < 0 || (close + 1 >= size && !final)) {
            if (!final) complete = false;
            else throw new CsvBrokenError('a quoted cell is not closed before the end of the file', startLine + countLines(buf, pos, size, eolCode));
            break;
          }
          let value = buf.slice(pos + 1, close);
          if (escaped) value = value.replace(/""/g, '"');
          lines += countLines(buf, pos, close, eolCode);
          pos = close + 1;
          const next = buf.charCodeAt(pos);
          if (next !== COMMA && next !== eolCode && !(eolCode === LF && next === CR && buf.charCodeAt(pos + 1) === LF) && pos < size) {
            // Text after the closing quote (relaxed): the rest of the cell is read as is.
            lineEnd = buf.indexOf(eol, pos);
            const comma = buf.indexOf(',', pos);
            const end = comma >= 0 && (lineEnd < 0 || comma < lineEnd) ? comma : lineEnd >= 0 ? lineEnd : final ? size : -1;
            if (end < 0) {
              complete = false;
              break;
            }
            value = `"${value}"${stripCr(buf, pos, end, eolCode)}`;
            pos = end;
          }
          cells.push(value);
          if (buf.charCodeAt(pos) === COMMA) {
            pos++;
            continue;
          }
          if (pos >= size) break;
          pos = pos + (buf.charCodeAt(pos) === CR && eolCode === LF ? 2 : 1);
          break;
        }
        if (lineEnd < pos) lineEnd = buf.indexOf(eol, pos);
        if (lineEnd < 0 && !final) {
          complete = false;
          break;
        }
        const end = lineEnd < 0 ? size : lineEnd;
        if (nextQuote < pos) {
          nextQuote = buf.indexOf('"', pos);
          if (nextQuote < 0) nextQuote = size;
        }
        if (nextQuote > end) {
          // No quote in the rest of the line: every cell at once.
          const rest = stripCr(buf, pos, end, eolCode).split(',');
          for (const cell of rest) cells.push(cell);
          pos = end + 1;
          break;
        }
        const comma = buf.indexOf(',', pos);
        if (comma >= 0 && comma < end) {
          cells.push(buf.slice(pos, comma));
          pos = comma + 1;
          continue;
        }
        cells.push(stripCr(buf, pos, end, eolCode));
        pos = end + 1;
        break;
      }
      if (!complete) {
        pos = start;
        break;
      }
      this.line = startLine + lines + 1;
      if (cells.length === 1 && !cells[0]) continue;
      if (cells.every(blank)) continue;
      this.onRecord(cells, { row: ++this.row, line: startLine });
    }
    this.pos = Math.min(pos, size);
  }
}

const blank = (cell: string): boolean => !cell || !cell.trim();

/** `buf[from, to)` without the CR of a CRLF line end. */
function stripCr(buf: string, from: number, to: number, eolCode: number): string {
  return eolCode === LF && to > from && buf.charCodeAt(to - 1) === CR ? buf.slice(from, to - 1) : buf.slice(from, to);
}

function countLines(buf: string, from: number, to: number, eolCode: number): number {
  let n = 0;
  const eol = String.fromCharCode(eolCode);
  for (let i = buf.indexOf(eol, from); i >= 0 && i < to; i = buf.indexOf(eol, i + 1)) n++;
  return n;
}
