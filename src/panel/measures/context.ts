/**
 * What every measure of a panel reads: the layout, the indicator columns as scaled integers
 * (each read once, however many measures use it), units, and the measure's rounding.
 *
 * @internal
 * @module
 */
import { ErrorCode } from '../../errors.js';
import { INVALID, MISSING, type ScaledColumn } from '../internal/cells.js';
import type { PanelLayout } from '../internal/layout.js';
import { fail, type MeasureCells } from '../internal/output.js';

/** The inputs of one measure. @internal */
export interface MeasureContext {
  readonly layout: PanelLayout;
  column(indicator: string): ScaledColumn;
  unit(indicator: string): string | undefined;
  /** The decimals of the printed values. */
  readonly decimals: number;
  /** Whether rates print as percentages. */
  readonly percent: boolean;
}

/**
 * Records the code of a cell whose operand is missing or unreadable and returns true; false when
 * the operand is a number (scaled or wide).
 *
 * @internal
 */
export function failedOperand(cells: MeasureCells, row: number, state: number): boolean {
  if (state === MISSING) {
    fail(cells, row, ErrorCode.MISSING_DATA);
    return true;
  }
  if (state === INVALID) {
    fail(cells, row, ErrorCode.INVALID_NUMBER);
    return true;
  }
  return false;
}
