/**
 * One measure's cells as they are computed: scaled integers in an int32 array, the codes of the
 * cells without a value in the same array (the 256 smallest int32 values), and the few values
 * beyond int32, printed, as text. The arrays of all measures are views of one buffer: a national
 * panel allocates its results at once (V8 collects once for one large block, but again and
 * again for many).
 *
 * @internal
 * @module
 */
import { ErrorCode, isTownIndicatorsError } from '../../errors.js';
import { fixedText } from './exact.js';

const CODES: readonly ErrorCode[] = Object.values(ErrorCode);
const CODE_INDEX = new Map<ErrorCode, number>(CODES.map((code, index) => [code, index + 1]));

/** The smallest int32: the marks of cells without a value are just above it. */
const MIN = -(2 ** 31);
/** Every value above this is a scaled integer; at or below, a mark. @internal */
export const CELL_MIN = MIN + 256;
/** A cell without a value that is no error (average growth outside its `to` period). */
const NONE = MIN + 254;
/** A cell whose value is printed in `texts`. */
const TEXT = MIN + 255;

/** The computed cells of one measure. @internal */
export interface MeasureCells {
  readonly name: string;
  /** The decimals of the scaled integers (0 for a rank). */
  readonly decimals: number;
  /** Scaled integers above {@link CELL_MIN}; `MIN + 1 + i` for the code `i`; `NONE`; `TEXT`. */
  readonly values: Int32Array;
  readonly texts: Map<number, string>;
}

/**
 * Cells over `values` (a view of one buffer for every measure of a panel, zero when given):
 * every cell has the value 0 until set; with `none`, every cell has no value until set.
 *
 * @internal
 */
export function measureCells(
  name: string,
  decimals: number,
  values: Int32Array,
  none = false,
): MeasureCells {
  if (none) values.fill(NONE);
  return { name, decimals, values, texts: new Map() };
}

/** Whether a scaled integer is held in a cell as it is. @internal */
export function fitsCell(q: number): boolean {
  return q > CELL_MIN && (q | 0) === q;
}

/** Stores a cell's scaled integer. @internal */
export function setValue(cells: MeasureCells, row: number, q: number): void {
  if (fitsCell(q)) cells.values[row] = q;
  else setText(cells, row, fixedText(q, cells.decimals));
}

/** The mark of a cell without a value, by its code. @internal */
export function codeMark(code: ErrorCode): number {
  return MIN + (CODE_INDEX.get(code) as number);
}

/** Records why a cell has no value. @internal */
export function fail(cells: MeasureCells, row: number, code: ErrorCode): void {
  cells.values[row] = codeMark(code);
}

/** Records a value beyond float64's exact integers, printed. @internal */
export function setText(cells: MeasureCells, row: number, text: string): void {
  cells.texts.set(row, text);
  cells.values[row] = TEXT;
}

/**
 * Computes one cell by the scalar calculators: `compute` returns the printed value; a
 * {@link TownIndicatorsError} becomes the cell's code. Any other error is a defect and is thrown.
 *
 * @internal
 */
export function scalarCell(cells: MeasureCells, row: number, compute: () => string): void {
  try {
    setText(cells, row, compute());
  } catch (error) {
    if (!isTownIndicatorsError(error)) throw error;
    fail(cells, row, error.code);
  }
}

/** The code of a cell, if it has one. @internal */
export function codeAt(cells: MeasureCells, row: number): ErrorCode | undefined {
  const mark = cells.values[row] as number;
  return mark > CELL_MIN || mark >= NONE ? undefined : CODES[mark - MIN - 1];
}

/** The printed value of a cell, or `null`. @internal */
export function cellText(cells: MeasureCells, row: number): string | null {
  const value = cells.values[row] as number;
  if (value > CELL_MIN) return fixedText(value, cells.decimals);
  return value === TEXT ? (cells.texts.get(row) ?? null) : null;
}
