/**
 * The measures over a town's group in a period: its share of the group's total (比重), its pull
 * on the group's growth (拉动) and its contribution rate (贡献率). Group totals are exact sums of
 * scaled integers; a group whose total leaves float64's exact integers, or that holds a wide
 * cell, is summed in decimals and computed by the scalar calculators.
 *
 * @internal
 * @module
 */
import { ErrorCode } from '../../errors.js';
import { type Decimal, roundHalfUp, toDecimal } from '../../numbers/decimal.js';
import { OK, POW10, rawValue, SAFE, type ScaledColumn, WIDE } from '../internal/cells.js';
import { roundedQuotient } from '../internal/exact.js';
import type { PanelLayout } from '../internal/layout.js';
import { fail, fitsCell, type MeasureCells, scalarCell } from '../internal/output.js';
import { failedOperand, type MeasureContext } from './context.js';
import { comparable, storeDifference } from './growth.js';

/** Each row's bucket: its group in its period (or only its period). @internal */
export function bucketsOf(layout: PanelLayout, withinGroups: boolean): Int32Array {
  return withinGroups ? layout.groupPeriods() : layout.periodOf;
}

function bucketCount(layout: PanelLayout, withinGroups: boolean): number {
  return (withinGroups ? layout.groups.length : 1) * layout.periods.length;
}

function printed(value: Decimal, ctx: MeasureContext): string {
  return roundHalfUp(value, ctx.decimals).toFixed(ctx.decimals);
}

/**
 * Each bucket's exact total of the cells with a value: in float64 while every partial sum is
 * within 2^53; a bucket beyond, or with a wide cell, is `inexact` and summed in decimals.
 */
function groupSums(
  column: ScaledColumn,
  buckets: Int32Array,
  count: number,
): {
  readonly sums: Float64Array;
  readonly inexact: Uint8Array;
  readonly decimalSum: (bucket: number) => Decimal;
} {
  const { ints, state } = column;
  const sums = new Float64Array(count);
  const inexact = new Uint8Array(count);
  // Made before the loop, so that the loop's optimized code never meets a first construction.
  const decimalSums = new Map<number, Decimal>();
  for (let row = 0; row < buckets.length; row += 1) {
    const s = state[row] as number;
    if (s === OK) {
      const bucket = buckets[row] as number;
      const sum = (sums[bucket] as number) + (ints[row] as number);
      sums[bucket] = sum;
      if (Math.abs(sum) > SAFE) inexact[bucket] = 1;
    } else if (s === WIDE) {
      inexact[buckets[row] as number] = 1;
    }
  }
  const decimalSum = (bucket: number): Decimal => {
    let sum = decimalSums.get(bucket);
    if (sum === undefined) {
      sum = toDecimal(0);
      for (let row = 0; row < buckets.length; row += 1) {
        const s = state[row] as number;
        if (buckets[row] === bucket && (s === OK || s === WIDE)) {
          sum = sum.plus(toDecimal(rawValue(column, row)));
        }
      }
      decimalSums.set(bucket, sum);
    }
    return sum;
  };
  return { sums, inexact, decimalSum };
}

/** Each town's share of its group's total in its period. @internal */
export function shareCells(ctx: MeasureContext, indicator: string, cells: MeasureCells): void {
  const { layout } = ctx;
  const column = ctx.column(indicator);
  const { ints, state } = column;
  const buckets = bucketsOf(layout, true);
  const count = bucketCount(layout, true);
  const { sums, inexact, decimalSum } = groupSums(column, buckets, count);
  const exponent = ctx.decimals + (ctx.percent ? 2 : 0);
  const multiplier = POW10[exponent] as number;
  const shown = ctx.percent ? 100 : 1;
  const { values } = cells;
  for (let row = 0; row < layout.length; row += 1) {
    const bucket = buckets[row] as number;
    // The common cell, in one pass: a number of an exact, positive group total.
    if (state[row] === OK && inexact[bucket] === 0) {
      const whole = sums[bucket] as number;
      if (whole > 0) {
        const q = roundedQuotient((ints[row] as number) * multiplier, whole);
        if (fitsCell(q)) {
          values[row] = q;
          continue;
        }
      }
    }
    if (failedOperand(cells, row, state[row] as number)) continue;
    if (inexact[bucket] === 1) {
      const whole = decimalSum(bucket);
      if (whole.isZero()) {
        fail(cells, row, ErrorCode.DIVISION_BY_ZERO);
        continue;
      }
      const part = rawValue(column, row);
      scalarCell(cells, row, () => printed(toDecimal(part).div(whole).times(shown), ctx));
      continue;
    }
    const whole = sums[bucket] as number;
    if (whole === 0) {
      fail(cells, row, ErrorCode.DIVISION_BY_ZERO);
      continue;
    }
    storeDifference(cells, row, ints[row] as number, 0, multiplier, whole);
  }
}

/** Each town's pull (拉动) or contribution rate (贡献率) to its group's growth. @internal */
export function contributionCells(
  ctx: MeasureContext,
  indicator: string,
  kind: 'pull' | 'contribution-rate',
  cells: MeasureCells,
): void {
  const { layout } = ctx;
  const column = ctx.column(indicator);
  const { ints, state } = column;
  const previousRows = layout.previousRows();
  const buckets = bucketsOf(layout, true);
  const count = bucketCount(layout, true);
  const { previousSums, currentSums, inexact, usable } = groupTotals(
    state,
    ints,
    previousRows,
    buckets,
    count,
  );
  const exponent = ctx.decimals + (ctx.percent ? 2 : 0);
  const multiplier = POW10[exponent] as number;
  let decimalTotals: Map<number, readonly [Decimal, Decimal]> | undefined;
  const decimalTotal = (bucket: number): readonly [Decimal, Decimal] => {
    decimalTotals ??= new Map();
    let totals = decimalTotals.get(bucket);
    if (totals === undefined) {
      let p = toDecimal(0);
      let c = toDecimal(0);
      for (let row = 0; row < layout.length; row += 1) {
        const previous = previousRows[row] as number;
        if (buckets[row] !== bucket || !usable(row, previous)) continue;
        p = p.plus(toDecimal(rawValue(column, previous)));
        c = c.plus(toDecimal(rawValue(column, row)));
      }
      totals = [p, c];
      decimalTotals.set(bucket, totals);
    }
    return totals;
  };
  for (let row = 0; row < layout.length; row += 1) {
    const previous = previousRows[row] as number;
    if (!comparable(cells, row, previous, column)) continue;
    const bucket = buckets[row] as number;
    if (inexact[bucket] === 1) {
      const [p, c] = decimalTotal(bucket);
      const delta = toDecimal(rawValue(column, row)).minus(toDecimal(rawValue(column, previous)));
      const code = totalProblem(
        p.isZero(),
        p.isNegative(),
        kind === 'contribution-rate' && c.eq(p),
      );
      if (code !== undefined) {
        fail(cells, row, code);
        continue;
      }
      const whole = kind === 'pull' ? p : c.minus(p);
      const shown = ctx.percent ? 100 : 1;
      scalarCell(cells, row, () => printed(delta.div(whole).times(shown), ctx));
      continue;
    }
    const p = previousSums[bucket] as number;
    const c = currentSums[bucket] as number;
    const code = totalProblem(p === 0, p < 0, kind === 'contribution-rate' && c === p);
    if (code !== undefined) {
      fail(cells, row, code);
      continue;
    }
    storeDifference(
      cells,
      row,
      ints[row] as number,
      ints[previous] as number,
      multiplier,
      kind === 'pull' ? p : c - p,
    );
  }
}

/** The exact totals of each bucket's towns with both periods, in float64 where they fit. */
function groupTotals(
  state: Uint8Array,
  ints: Float64Array,
  previousRows: Int32Array,
  buckets: Int32Array,
  count: number,
): {
  readonly previousSums: Float64Array;
  readonly currentSums: Float64Array;
  readonly inexact: Uint8Array;
  readonly usable: (row: number, previous: number) => boolean;
} {
  const previousSums = new Float64Array(count);
  const currentSums = new Float64Array(count);
  const inexact = new Uint8Array(count);
  const usable = (row: number, previous: number): boolean =>
    previous >= 0 &&
    (state[row] === OK || state[row] === WIDE) &&
    (state[previous] === OK || state[previous] === WIDE);
  for (let row = 0; row < buckets.length; row += 1) {
    const previous = previousRows[row] as number;
    if (!usable(row, previous)) continue;
    const bucket = buckets[row] as number;
    if (state[row] === WIDE || state[previous] === WIDE) {
      inexact[bucket] = 1;
      continue;
    }
    const p = (previousSums[bucket] as number) + (ints[previous] as number);
    const c = (currentSums[bucket] as number) + (ints[row] as number);
    previousSums[bucket] = p;
    currentSums[bucket] = c;
    if (Math.abs(p) > SAFE || Math.abs(c) > SAFE || Math.abs(c - p) > SAFE) inexact[bucket] = 1;
  }
  return { previousSums, currentSums, inexact, usable };
}

/** As {@link growthContributions}: a zero or negative previous total, or (for 贡献率) no increment. */
function totalProblem(
  zeroPrevious: boolean,
  negativePrevious: boolean,
  zeroIncrement: boolean,
): ErrorCode | undefined {
  if (zeroPrevious) return ErrorCode.DIVISION_BY_ZERO;
  if (negativePrevious) return ErrorCode.NON_POSITIVE_BASE;
  if (zeroIncrement) return ErrorCode.DIVISION_BY_ZERO;
  return undefined;
}
