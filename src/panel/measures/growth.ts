/**
 * The measures against the same town a year earlier: YoY growth (增长速度) and the change of a
 * rate in points (百分点). Each cell is the exact quotient of scaled integers, rounded half-up
 * once; cells beyond float64's exact integers take `bigint`, and wide cells the scalar calculator.
 *
 * @internal
 * @module
 */

import { growthRate } from '../../calculators/growth/growthRate.js';
import { percentagePointChange } from '../../calculators/growth/percentagePointChange.js';
import { ErrorCode } from '../../errors.js';
import { roundHalfUp } from '../../numbers/decimal.js';
import { OK, POW10, rawValue, SAFE, type ScaledColumn, WIDE } from '../internal/cells.js';
import { asSafe, fixedText, roundedQuotient, roundedQuotientBig } from '../internal/exact.js';
import {
  fail,
  fitsCell,
  type MeasureCells,
  scalarCell,
  setText,
  setValue,
} from '../internal/output.js';
import { failedOperand, type MeasureContext } from './context.js';

/** Stores `round(n / d)` for integers (d > 0), in float64 when exact, else in `bigint`. @internal */
function storeQuotient(cells: MeasureCells, row: number, n: number, d: number): void {
  const q = roundedQuotient(n, d);
  if (!Number.isNaN(q)) {
    setValue(cells, row, q);
    return;
  }
  storeBig(cells, row, BigInt(n), BigInt(d));
}

/** Stores `round(n / d)` computed in `bigint`. @internal */
export function storeBig(cells: MeasureCells, row: number, n: bigint, d: bigint): void {
  const big = roundedQuotientBig(n, d);
  const safe = asSafe(big);
  if (!Number.isNaN(safe)) setValue(cells, row, safe);
  else setText(cells, row, fixedText(big, cells.decimals));
}

/**
 * Stores `round((a − b) · m / d)` for integers `a`, `b`, `m` and `d ≠ 0`: in float64 when every
 * step is exact, else in `bigint` from the exact operands.
 *
 * @internal
 */
export function storeDifference(
  cells: MeasureCells,
  row: number,
  a: number,
  b: number,
  m: number,
  d: number,
): void {
  // A difference or product beyond 2^53 rounds to at least 2^53: the test cannot pass wrongly.
  const n = (a - b) * m;
  if (Math.abs(n) <= SAFE) {
    if (d < 0) storeQuotient(cells, row, -n, -d);
    else storeQuotient(cells, row, n, d);
  } else {
    storeBig(cells, row, (BigInt(a) - BigInt(b)) * BigInt(m), BigInt(d));
  }
}

/**
 * The operands of a cell against its comparison row: true when both are numbers; otherwise the
 * cell's code is recorded.
 *
 * @internal
 */
export function comparable(
  cells: MeasureCells,
  row: number,
  previous: number,
  column: ScaledColumn,
): boolean {
  if (previous < 0) {
    fail(cells, row, ErrorCode.NO_PREVIOUS_PERIOD);
    return false;
  }
  const { state } = column;
  return (
    !failedOperand(cells, row, state[previous] as number) &&
    !failedOperand(cells, row, state[row] as number)
  );
}

/** YoY growth of every row: `(c − p) / p`, as {@link growthRate}. @internal */
export function growthCells(ctx: MeasureContext, indicator: string, cells: MeasureCells): void {
  const column = ctx.column(indicator);
  const previousRows = ctx.layout.previousRows();
  const { ints, state } = column;
  const exponent = ctx.decimals + (ctx.percent ? 2 : 0);
  const multiplier = POW10[exponent] as number;
  const shown = ctx.percent ? 100 : 1;
  const { values } = cells;
  const length = ctx.layout.length;
  for (let row = 0; row < length; row += 1) {
    const previous = previousRows[row] as number;
    // The common cell, in one pass: two numbers, a positive base, every step within 2^53.
    if (previous >= 0 && state[row] === OK && state[previous] === OK) {
      const p = ints[previous] as number;
      if (p > 0) {
        const q = roundedQuotient(((ints[row] as number) - p) * multiplier, p);
        if (fitsCell(q)) {
          values[row] = q;
          continue;
        }
      }
    }
    if (!comparable(cells, row, previous, column)) continue;
    if (state[row] === WIDE || state[previous] === WIDE) {
      const p = rawValue(column, previous);
      const c = rawValue(column, row);
      scalarCell(cells, row, () =>
        roundHalfUp(growthRate(p, c).times(shown), ctx.decimals).toFixed(ctx.decimals),
      );
      continue;
    }
    const p = ints[previous] as number;
    const c = ints[row] as number;
    if (p === 0) {
      fail(cells, row, ErrorCode.DIVISION_BY_ZERO);
    } else if (p < 0) {
      fail(cells, row, ErrorCode.NON_POSITIVE_BASE);
    } else {
      // Both at the column's scale: the scale cancels in (c − p) / p.
      storeDifference(cells, row, c, p, multiplier, p);
    }
  }
}

/**
 * The change of a rate in points against a year earlier: `c − p`, as
 * {@link percentagePointChange}, with a `'%'` indicator's values read as percentages.
 *
 * @internal
 */
export function pointChangeCells(
  ctx: MeasureContext,
  indicator: string,
  cells: MeasureCells,
): void {
  const column = ctx.column(indicator);
  const previousRows = ctx.layout.previousRows();
  const { ints, state, scale } = column;
  const percentValues = ctx.unit(indicator) === '%';
  // points = (c − p) / 10^scale × (100 when fractions print as percent, 1/100 for the reverse)
  const up = ctx.percent && !percentValues ? 2 : 0;
  const down = !ctx.percent && percentValues ? 2 : 0;
  const numerator = POW10[ctx.decimals + up] as number;
  const denominator = POW10[scale + down] as number;
  const sign = percentValues ? '%' : '';
  const shown = ctx.percent ? 100 : 1;
  for (let row = 0; row < ctx.layout.length; row += 1) {
    const previous = previousRows[row] as number;
    if (!comparable(cells, row, previous, column)) continue;
    if (state[row] === WIDE || state[previous] === WIDE) {
      const p = rawValue(column, previous) + sign;
      const c = rawValue(column, row) + sign;
      scalarCell(cells, row, () =>
        roundHalfUp(percentagePointChange(p, c).times(shown), ctx.decimals).toFixed(ctx.decimals),
      );
      continue;
    }
    storeDifference(
      cells,
      row,
      ints[row] as number,
      ints[previous] as number,
      numerator,
      denominator,
    );
  }
}
