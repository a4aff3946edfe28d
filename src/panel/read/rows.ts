/**
 * The rows of a table as the readers walk them: each row's cells as offsets into UTF-8 bytes, so
 * that a number cell is read where it lies and no string is made for it (a national CSV has
 * 16 million number cells). Three sources: CSV without quotes (split here, on the delimiter and
 * line breaks), CSV with quotes (split by Papa Parse), and a grid of cells (an XLSX sheet).
 *
 * @internal
 * @module
 */

/** One row's cells: cell `i` is the UTF-8 of `bytes[starts[i], ends[i])`. @internal */
export interface RowCells {
  readonly bytes: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly count: number;
}

/** The rows of a table; `row(i)` may reuse its arrays for the next call. @internal */
export interface RowSource {
  readonly count: number;
  /** The 1-based row of the sheet or file that row `i` is (as a spreadsheet numbers it). */
  line(index: number): number;
  row(index: number): RowCells;
  /**
   * Splits row `i` and, in the same pass, reads every plain number cell of a column with a
   * target (`targets[cell]`, `undefined` for none) into `target[at]`; a number cell it cannot
   * read so (spaces, separators, more than 15 digits) is listed in `slow` (its count returned
   * through `slowCount`). Sources without it are read cell by cell.
   */
  readNumbers?(
    index: number,
    targets: readonly (Float64Array | undefined)[],
    at: number,
    slow: Int32Array,
  ): { readonly cells: RowCells; readonly slowCount: number };
  readonly sheet?: string;
}

let decoder: InstanceType<typeof TextDecoder> | undefined;
let encoder: InstanceType<typeof TextEncoder> | undefined;

/** UTF-8 bytes as text. @internal */
export function utf8Text(bytes: Uint8Array): string {
  decoder ??= new TextDecoder('utf-8');
  return decoder.decode(bytes);
}

/** Text as UTF-8 bytes. @internal */
export function utf8Bytes(text: string): Uint8Array {
  encoder ??= new TextEncoder();
  return encoder.encode(text);
}

/** The text of cell `i` of a row, trimmed. @internal */
export function cellText(cells: RowCells, i: number): string {
  if (i >= cells.count) return '';
  return utf8Text(cells.bytes.subarray(cells.starts[i], cells.ends[i])).trim();
}

/** The bytes of cell `i` of a row, copied (to compare the next row's cell with). @internal */
export function cellBytes(cells: RowCells, i: number): Uint8Array {
  if (i >= cells.count) return new Uint8Array(0);
  return cells.bytes.slice(cells.starts[i], cells.ends[i]);
}

/**
 * Whether cell `i` of a row has exactly the (non-empty) bytes `previous`: the readers' test for a
 * key cell that repeats the row before's, made where the cell lies.
 *
 * @internal
 */
export function sameCell(cells: RowCells, i: number, previous: Uint8Array): boolean {
  if (i >= cells.count || previous.length === 0) return false;
  const start = cells.starts[i] as number;
  if ((cells.ends[i] as number) - start !== previous.length) return false;
  const { bytes } = cells;
  for (let k = 0; k < previous.length; k += 1) {
    if (bytes[start + k] !== previous[k]) return false;
  }
  return true;
}

/** Every cell of a row as trimmed text. @internal */
export function rowTexts(cells: RowCells): string[] {
  const texts: string[] = [];
  for (let i = 0; i < cells.count; i += 1) texts.push(cellText(cells, i));
  return texts;
}

/**
 * The rows of CSV bytes without quote characters: lines split at `\n` (a `\r` before it dropped),
 * cells at `delimiter` (one ASCII character). Every field is its bytes as written (RFC 4180
 * without quoting).
 *
 * @internal
 */
export function plainCsvRows(bytes: Uint8Array, delimiter: string): RowSource {
  const starts: number[] = [];
  let at = 0;
  const length = bytes.length;
  while (at < length) {
    starts.push(at);
    const next = bytes.indexOf(10, at);
    if (next < 0) break;
    at = next + 1;
  }
  const lineStarts = Int32Array.from(starts);
  const separator = delimiter.charCodeAt(0);
  let cellStarts = new Int32Array(64);
  let cellEnds = new Int32Array(64);
  const widen = (): void => {
    const wider = new Int32Array(cellStarts.length * 2);
    wider.set(cellStarts);
    cellStarts = wider;
    const widerEnds = new Int32Array(cellEnds.length * 2);
    widerEnds.set(cellEnds);
    cellEnds = widerEnds;
  };
  /** Where line `index` ends, without its line break. */
  const lineEnd = (index: number): number => {
    const start = lineStarts[index] as number;
    const end = index + 1 < lineStarts.length ? (lineStarts[index + 1] as number) - 1 : length;
    return end > start && bytes[end - 1] === 13 ? end - 1 : end;
  };
  return {
    count: lineStarts.length,
    line: (index) => index + 1,
    row(index) {
      const start = lineStarts[index] as number;
      const end = lineEnd(index);
      let count = 0;
      let cell = start;
      for (;;) {
        // indexOf finds the next delimiter natively, a cell at a time.
        let next = bytes.indexOf(separator, cell);
        if (next < 0 || next > end) next = end;
        if (count === cellStarts.length) widen();
        cellStarts[count] = cell;
        cellEnds[count] = next;
        count += 1;
        if (next === end) break;
        cell = next + 1;
      }
      return { bytes, starts: cellStarts, ends: cellEnds, count };
    },
    readNumbers(index, targets, at, slow) {
      const start = lineStarts[index] as number;
      const end = lineEnd(index);
      let count = 0;
      let slowCount = 0;
      let i = start;
      for (;;) {
        const cell = i;
        const target = count < targets.length ? targets[count] : undefined;
        const next =
          target === undefined
            ? cellEnd(bytes, i, end, separator)
            : readNumberCell(bytes, i, end, separator, target, at);
        if (next < 0) {
          slow[slowCount] = count;
          slowCount += 1;
        }
        i = next < 0 ? -1 - next : next;
        if (count === cellStarts.length) widen();
        cellStarts[count] = cell;
        cellEnds[count] = i;
        count += 1;
        if (i >= end) break;
        i += 1;
      }
      return { cells: { bytes, starts: cellStarts, ends: cellEnds, count }, slowCount };
    },
  };
}

const POWERS: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Where the cell from `start` ends: the next separator, or `end`. */
function cellEnd(bytes: Uint8Array, start: number, end: number, separator: number): number {
  let i = start;
  while (i < end && bytes[i] !== separator) i += 1;
  return i;
}

/**
 * Reads the number cell from `bytes[i]` to the next separator (or `end`) in one pass — digits,
 * one point, a leading minus — into `target[at]`, and returns where the cell ends; `−1 − end`
 * for a cell that is no plain number of at most 15 significant digits (for the slow reader), and
 * the end of an empty cell, which stays missing.
 */
function readNumberCell(
  bytes: Uint8Array,
  start: number,
  end: number,
  separator: number,
  target: Float64Array,
  at: number,
): number {
  let i = start;
  let mantissa = 0;
  let point = -1;
  let plain = true;
  if (bytes[i] === 45) i += 1;
  const digitsFrom = i;
  for (; i < end; i += 1) {
    const code = bytes[i] as number;
    if (code === separator) break;
    const digit = code - 48;
    if (digit >= 0 && digit <= 9) mantissa = mantissa * 10 + digit;
    else if (code === 46 && point < 0) point = i;
    else plain = false;
  }
  const digits = i - digitsFrom - (point < 0 ? 0 : 1);
  const decimals = point < 0 ? 0 : i - point - 1;
  // Below 10^15 the mantissa was exact all along and has at most 15 significant digits.
  if (plain && digits > 0 && mantissa < 1e15 && decimals <= 22) {
    const value = decimals > 0 ? mantissa / (POWERS[decimals] as number) : mantissa;
    target[at] = bytes[start] === 45 ? -value : value;
    return i;
  }
  return i > start ? -1 - i : i;
}

/** A cell of a grid: text, a number, or empty. @internal */
export type GridCell = string | number | boolean | null | undefined;

function gridText(cell: GridCell): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell : String(cell);
}

/**
 * The rows of a grid of cells (Papa Parse's rows, an XLSX sheet's): each row's cells as UTF-8
 * with offsets, so that the readers walk every source alike.
 *
 * @internal
 */
export function gridRows(grid: readonly (readonly GridCell[])[], sheet?: string): RowSource {
  return {
    count: grid.length,
    line: (index) => index + 1,
    row(index) {
      const cells = (grid[index] ?? []).map((cell) => utf8Bytes(gridText(cell)));
      const starts = new Int32Array(cells.length);
      const ends = new Int32Array(cells.length);
      const bytes = new Uint8Array(cells.reduce((sum, cell) => sum + cell.length, 0));
      let at = 0;
      cells.forEach((cell, i) => {
        starts[i] = at;
        bytes.set(cell, at);
        at += cell.length;
        ends[i] = at;
      });
      return { bytes, starts, ends, count: cells.length };
    },
    ...(sheet === undefined ? {} : { sheet }),
  };
}
