/**
 * Average growth per period by the level method (水平法) between two periods of each town. The
 * root is computed in float64 with a proven error bound; a cell whose value lies within that
 * bound of a rounding boundary is computed again by {@link averageAnnualGrowth} (34 correct
 * digits), so every printed digit is exact.
 *
 * @internal
 * @module
 */
import { averageAnnualGrowth } from '../../calculators/growth/averageAnnualGrowth.js';
import { ErrorCode, invalidArgumentError } from '../../errors.js';
import { roundHalfUp } from '../../numbers/decimal.js';
import { type Period, readPeriod } from '../../periods/period.js';
import { POW10, rawValue, WIDE } from '../internal/cells.js';
import { fail, type MeasureCells, scalarCell, setValue } from '../internal/output.js';
import { failedOperand, type MeasureContext } from './context.js';

const FN = 'computePanel';

/** 2^−45: about 256 times the float64 error of ratio, root and scaling put together. */
const MARGIN = 2 ** -45;

function ordinal(period: Period): number {
  const year = period.year ?? Number.NaN;
  switch (period.kind) {
    case 'year':
      return year;
    case 'half':
      return year * 2 + (period.index ?? 1);
    case 'quarter':
      return year * 4 + (period.index ?? 1);
    case 'month':
      return year * 12 + (period.index ?? 1);
    default:
      return Number.NaN;
  }
}

/** The number of periods from `from` to `to`, both of one calendar kind. @internal */
function periodsBetween(from: Period, to: Period, arg: string): number {
  const n = ordinal(to) - ordinal(from);
  if (from.kind !== to.kind || !(n > 0)) {
    throw invalidArgumentError(
      FN,
      arg,
      `must run from an earlier period to a later one of the same kind (year, half, quarter or month), got ${from.label} to ${to.label}`,
    );
  }
  return n;
}

/** Average growth from `from` to `to` in the row of `to` of every town. @internal */
export function averageGrowthCells(
  ctx: MeasureContext,
  indicator: string,
  fromInput: string | number,
  toInput: string | number,
  arg: string,
  cells: MeasureCells,
): void {
  const from = readPeriod(String(fromInput), FN, `${arg}.from`);
  const to = readPeriod(String(toInput), FN, `${arg}.to`);
  const years = periodsBetween(from, to, `${arg}.to`);
  const { layout } = ctx;
  const fromIndex = layout.periodIndex(from.label);
  const toIndex = layout.periodIndex(to.label);
  if (toIndex < 0) return;
  const column = ctx.column(indicator);
  const { ints, state } = column;
  const exponent = ctx.decimals + (ctx.percent ? 2 : 0);
  const scaleUp = POW10[exponent] as number;
  const shown = ctx.percent ? 100 : 1;
  const rootExponent = 1 / years;
  for (let town = 0; town < layout.towns.length; town += 1) {
    const row = layout.rowAt(town, toIndex);
    if (row < 0) continue;
    const base = fromIndex < 0 ? -1 : layout.rowAt(town, fromIndex);
    if (base < 0) {
      fail(cells, row, ErrorCode.NO_PREVIOUS_PERIOD);
      continue;
    }
    if (
      failedOperand(cells, row, state[base] as number) ||
      failedOperand(cells, row, state[row] as number)
    ) {
      continue;
    }
    const scalar = (): void => {
      const b = rawValue(column, base);
      const c = rawValue(column, row);
      scalarCell(cells, row, () =>
        roundHalfUp(averageAnnualGrowth(b, c, years).times(shown), ctx.decimals).toFixed(
          ctx.decimals,
        ),
      );
    };
    if (state[row] === WIDE || state[base] === WIDE) {
      scalar();
      continue;
    }
    const p = ints[base] as number;
    const c = ints[row] as number;
    if (p <= 0 || c < 0) {
      fail(cells, row, p === 0 ? ErrorCode.DIVISION_BY_ZERO : ErrorCode.NON_POSITIVE_BASE);
      continue;
    }
    const q = roundedRoot(p, c, rootExponent, scaleUp);
    if (Number.isNaN(q)) scalar();
    else setValue(cells, row, q);
  }
}

/**
 * `round_half_up(((c / p)^e − 1) · scale)` in float64, or `NaN` when the value lies within the
 * error bound of a rounding boundary (or is too large for the bound to hold).
 */
function roundedRoot(p: number, c: number, e: number, scale: number): number {
  // p and c are exact; ratio, root and scaling each add at most a few ulps, and the root's
  // sensitivity to its exponent's rounding grows with |ln g|: the margin covers all of it.
  const root = (c / p) ** e;
  const x = (root - 1) * scale;
  const error = (scale * root * (8 + Math.abs(Math.log(root))) + Math.abs(x)) * MARGIN;
  const fraction = x - Math.floor(x);
  if (!(Math.abs(x) < 2 ** 50) || Math.abs(fraction - 0.5) <= error) return Number.NaN;
  const q = x >= 0 ? Math.floor(x + 0.5) : -Math.floor(-x + 0.5);
  return q === 0 ? 0 : q;
}
