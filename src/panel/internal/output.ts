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

/** The computed cells of one measure. @internal */
export interface MeasureCells {
  readonly name: string;
  /** The decimals of the scaled integers (0 for a rank). */
  readonly decimals: number;
  readonly values: Float64Array;
  readonly texts: Map<number, string>;
  /** 0, or 1 + the index of the cell's error code in {@link ErrorCode}. */
  readonly codes: Uint8Array;
}

/** Cells for `length` rows, every one without a value until set. @internal */
export function measureCells(name: string, decimals: number, length: number): MeasureCells {
  return {
    name,
    decimals,
    values: new Float64Array(length).fill(Number.NaN),
    texts: new Map(),
    codes: new Uint8Array(length),
  };
}

/** Records why a cell has no value. @internal */
export function fail(cells: MeasureCells, row: number, code: ErrorCode): void {
  cells.codes[row] = CODE_INDEX.get(code) ?? 0;
}

/** Records a value beyond float64's exact integers, printed. @internal */
export function setText(cells: MeasureCells, row: number, text: string): void {
  cells.texts.set(row, text);
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
  return index === 0 ? undefined : CODES[index - 1];
}

/** The printed value of a cell, or `null`. @internal */
export function cellText(cells: MeasureCells, row: number): string | null {
  const q = cells.values[row] as number;
  if (!Number.isNaN(q)) return fixedText(q, cells.decimals);
  return cells.texts.get(row) ?? null;
}
