/**
 * A ratio of two indicators of one row (城镇化率, 人均, 密度): `numerator / denominator`, two
 * indicators of one dimension converted to their base unit first (万人 and 人), computed as an
 * exact quotient of scaled integers.
 *
 * @internal
 * @module
 */
import { ErrorCode } from '../../errors.js';
import { type Decimal, roundHalfUp, toDecimal } from '../../numbers/decimal.js';
import { fromDecimal, type Rational } from '../../numbers/rational.js';
import { findUnit } from '../../units/table.js';
import { rawValue, SAFE, type ScaledColumn, WIDE } from '../internal/cells.js';
import { fail, type MeasureCells, scalarCell } from '../internal/output.js';
import { failedOperand, type MeasureContext } from './context.js';
import { storeBig, storeDifference } from './growth.js';

/** The base units per unit of the numerator and of the denominator, when they share a dimension. */
function unitFactors(
  ctx: MeasureContext,
  numerator: string,
  denominator: string,
): readonly [Decimal, Decimal] | undefined {
  const a = ctx.unit(numerator);
  const b = ctx.unit(denominator);
  if (a === undefined || b === undefined || a === b) return undefined;
  const unitA = findUnit(a);
  const unitB = findUnit(b);
  if (unitA === undefined || unitB === undefined) return undefined;
  if (unitA.dimension !== unitB.dimension || unitA.base !== unitB.base) return undefined;
  return [unitA.factor, unitB.factor];
}

function safeOrNaN(value: bigint): number {
  return value <= BigInt(SAFE) ? Number(value) : Number.NaN;
}

/** A ratio with a wide operand, in decimals as the scalar division computes it. */
function wideRatio(
  ctx: MeasureContext,
  cells: MeasureCells,
  row: number,
  [top, bottom]: readonly [ScaledColumn, ScaledColumn],
  factors: readonly [Decimal, Decimal] | undefined,
): void {
  // A wide cell was read by toDecimal already: reading it again cannot fail.
  const y = toDecimal(rawValue(bottom, row));
  const whole = factors === undefined ? y : y.times(factors[1]);
  if (whole.isZero()) {
    fail(cells, row, ErrorCode.DIVISION_BY_ZERO);
    return;
  }
  const x = toDecimal(rawValue(top, row));
  const part = factors === undefined ? x : x.times(factors[0]);
  const shown = ctx.percent ? 100 : 1;
  scalarCell(cells, row, () =>
    roundHalfUp(part.div(whole).times(shown), ctx.decimals).toFixed(ctx.decimals),
  );
}

/** `numerator / denominator` of every row. @internal */
export function ratioCells(
  ctx: MeasureContext,
  numerator: string,
  denominator: string,
  cells: MeasureCells,
): void {
  const top = ctx.column(numerator);
  const bottom = ctx.column(denominator);
  const factors = unitFactors(ctx, numerator, denominator);
  const one: Rational = { n: 1n, d: 1n };
  const [fa, fb] =
    factors === undefined ? [one, one] : [fromDecimal(factors[0]), fromDecimal(factors[1])];
  // (a / 10^sa · fa) / (b / 10^sb · fb) · 10^k = a · (10^sb · fa.n · fb.d · 10^k) / (b · 10^sa · fa.d · fb.n)
  const k = ctx.decimals + (ctx.percent ? 2 : 0);
  const upBig = 10n ** BigInt(bottom.scale + k) * fa.n * fb.d;
  const downBig = 10n ** BigInt(top.scale) * fa.d * fb.n;
  const up = safeOrNaN(upBig);
  const down = safeOrNaN(downBig);
  for (let row = 0; row < ctx.layout.length; row += 1) {
    if (failedOperand(cells, row, top.state[row] as number)) continue;
    if (failedOperand(cells, row, bottom.state[row] as number)) continue;
    const b = bottom.ints[row] as number;
    if (top.state[row] === WIDE || bottom.state[row] === WIDE) {
      wideRatio(ctx, cells, row, [top, bottom], factors);
      continue;
    }
    if (b === 0) {
      fail(cells, row, ErrorCode.DIVISION_BY_ZERO);
      continue;
    }
    const a = top.ints[row] as number;
    const d = b * down;
    if (!Number.isNaN(up) && !Number.isNaN(down) && Math.abs(d) <= SAFE) {
      storeDifference(cells, row, a, 0, up, d);
    } else {
      storeBig(cells, row, BigInt(a) * upBig, BigInt(b) * downBig);
    }
  }
}
