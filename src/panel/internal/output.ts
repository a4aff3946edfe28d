/**
 * One measure's cells as they are computed: scaled integers in a float64 array (`NaN` for a cell
 * without one), the few values printed by the scalar path as text, and an error code per cell.
 *
 * @internal
 * @module
 */
import { ErrorCode, isTownIndicatorsError } from '../../errors.js';
import { fixedText } from './exact.js';

const CODES: readonly ErrorCode[] = Object.values(ErrorCode);
const CODE_INDEX = new Map<ErrorCode, number>(CODES.map((code, index) => [code, index + 1]));

/** A cell's value is its scaled integer in `values`. */
const VALUE = 0;
/** A cell without a value that is no error (average growth outside its `to` period). */
const NONE = 254;
/** A cell whose value is printed in `texts`. */
const TEXT = 255;

/** The computed cells of one measure. @internal */
export interface MeasureCells {
  readonly name: string;
  /** The decimals of the scaled integers (0 for a rank). */
  readonly decimals: number;
  /** Scaled integers within int32 (larger ones are printed into `texts`). */
  readonly values: Int32Array;
  readonly texts: Map<number, string>;
  /** `VALUE`, `NONE`, `TEXT`, or 1 + the index of the cell's error code in {@link ErrorCode}. */
  readonly codes: Uint8Array;
}

/**
 * Cells over `values` and `codes` (views of one buffer for every measure of a panel, zero when
 * given): every cell has the value 0 until set. With `none`, every cell has no value until set.
 *
 * @internal
 */
export function measureCells(
  name: string,
  decimals: number,
  values: Int32Array,
  codes: Uint8Array,
  none = false,
): MeasureCells {
  if (none) codes.fill(NONE);
  return { name, decimals, values, texts: new Map(), codes };
}

/** Stores a cell's scaled integer. @internal */
export function setValue(cells: MeasureCells, row: number, q: number): void {
  if ((q | 0) === q) {
    cells.values[row] = q;
    cells.codes[row] = VALUE;
  } else {
    setText(cells, row, fixedText(q, cells.decimals));
  }
}

/** Records why a cell has no value. @internal */
export function fail(cells: MeasureCells, row: number, code: ErrorCode): void {
  cells.codes[row] = CODE_INDEX.get(code) ?? 0;
}

/** Records a value beyond float64's exact integers, printed. @internal */
export function setText(cells: MeasureCells, row: number, text: string): void {
  cells.texts.set(row, text);
  cells.codes[row] = TEXT;
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
  const index = cells.codes[row] as number;
  return index === VALUE || index >= NONE ? undefined : CODES[index - 1];
}

/** The printed value of a cell, or `null`. @internal */
export function cellText(cells: MeasureCells, row: number): string | null {
  const code = cells.codes[row] as number;
  if (code === VALUE) return fixedText(cells.values[row] as number, cells.decimals);
  return code === TEXT ? (cells.texts.get(row) ?? null) : null;
}
