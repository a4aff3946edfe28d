/**
 * The rows of a table as the readers walk them: each row's cells as offsets into one string, so
 * that a number cell is read where it lies and no string is made for it. Three sources: CSV
 * without quotes (split here, on the delimiter and line breaks), CSV with quotes (split by
 * Papa Parse), and a grid of cells (an XLSX sheet).
 *
 * @internal
 * @module
 */

/** One row's cells: cell `i` is `text.slice(starts[i], ends[i])`. @internal */
export interface RowCells {
  readonly text: string;
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
  readonly sheet?: string;
}

/** The text of cell `i` of a row, trimmed. @internal */
export function cellText(cells: RowCells, i: number): string {
  if (i >= cells.count) return '';
  return cells.text.slice(cells.starts[i], cells.ends[i]).trim();
}

/** Every cell of a row as trimmed text. @internal */
export function rowTexts(cells: RowCells): string[] {
  const texts: string[] = [];
  for (let i = 0; i < cells.count; i += 1) texts.push(cellText(cells, i));
  return texts;
}

/**
 * The rows of CSV text without quote characters: lines split at `\n` (a `\r` before it dropped),
 * cells at `delimiter`. Every field is its text as written (RFC 4180 without quoting).
 *
 * @internal
 */
export function plainCsvRows(text: string, delimiter: string): RowSource {
  const starts: number[] = [];
  let at = 0;
  const length = text.length;
  while (at < length) {
    starts.push(at);
    const next = text.indexOf('\n', at);
    if (next < 0) break;
    at = next + 1;
  }
  const lineStarts = Int32Array.from(starts);
  let cellStarts = new Int32Array(64);
  let cellEnds = new Int32Array(64);
  return {
    count: lineStarts.length,
    line: (index) => index + 1,
    row(index) {
      const start = lineStarts[index] as number;
      let end = index + 1 < lineStarts.length ? (lineStarts[index + 1] as number) - 1 : length;
      if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
      let count = 0;
      let cell = start;
      for (;;) {
        // indexOf finds the next delimiter natively, a cell at a time.
        let next = text.indexOf(delimiter, cell);
        if (next < 0 || next > end) next = end;
        if (count === cellStarts.length) {
          const wider = new Int32Array(count * 2);
          wider.set(cellStarts);
          cellStarts = wider;
          const widerEnds = new Int32Array(count * 2);
          widerEnds.set(cellEnds);
          cellEnds = widerEnds;
        }
        cellStarts[count] = cell;
        cellEnds[count] = next;
        count += 1;
        if (next === end) break;
        cell = next + 1;
      }
      return { text, starts: cellStarts, ends: cellEnds, count };
    },
  };
}

/** A cell of a grid: text, a number, or empty. @internal */
export type GridCell = string | number | boolean | null | undefined;

function gridText(cell: GridCell): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell : String(cell);
}

/**
 * The rows of a grid of cells (Papa Parse's rows, an XLSX sheet's): each row's cells joined into
 * one string with offsets, so that the readers walk every source alike.
 *
 * @internal
 */
export function gridRows(grid: readonly (readonly GridCell[])[], sheet?: string): RowSource {
  return {
    count: grid.length,
    line: (index) => index + 1,
    row(index) {
      const cells = grid[index] ?? [];
      const starts = new Int32Array(cells.length);
      const ends = new Int32Array(cells.length);
      let text = '';
      for (let i = 0; i < cells.length; i += 1) {
        if (i > 0) text += '\u0000';
        starts[i] = text.length;
        text += gridText(cells[i]);
        ends[i] = text.length;
      }
      return { text, starts, ends, count: cells.length };
    },
    ...(sheet === undefined ? {} : { sheet }),
  };
}
