import { invalidArgumentError, nonPositiveBaseError } from '../../errors.js';
import type { Decimal } from '../../numbers/decimal.js';
import { toDecimal } from '../../numbers/decimal.js';
import { requireList, requireObject } from '../../numbers/internal.js';
import type { AmountInput } from '../../units/amount.js';
import { isQuantity } from '../../units/quantity.js';
import { firstUnit, readInBaseUnits } from '../internal/operands.js';
import { narrow, WideDecimal } from '../internal/wide.js';

const FN = 'leastSquaresGrowthRate';

/** One observation of a series: a year (or any time index) and the value observed. @category Growth */
export interface GrowthSeriesPoint {
  /** The year or time index, e.g. `2011` (fractional values are allowed, e.g. mid-year `2011.5`). */
  readonly year: number;
  /** The value, positive: a number, a decimal string or a {@link Quantity}. */
  readonly value: AmountInput;
}

/**
 * The least-squares growth rate of a series, as the World Bank's World Development Indicators
 * compute average annual growth over a period (最小二乘法增长率 / 趋势增长率).
 *
 * Formula: fit `ln(value) = a + b·year` by ordinary least squares, then `r = e^b − 1` (World Bank
 * WDI, Statistical methods: least-squares growth rate; the same as Excel `LOGEST(values, years) − 1`).
 * Unlike the end-point rates it uses every observation, so one unusual year moves it less. Years
 * need not be consecutive or sorted. Computed in 60-digit decimals and rounded to 34 significant
 * digits.
 *
 * @param series - at least two observations `{ year, value }` with at least two different years;
 *   values positive, quantities of one dimension in any units
 * @returns the trend growth per year as a fraction
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `series` is not a list, an observation is
 *   not an object `{ year, value }`, for fewer than two observations or when every year is the
 *   same; `NON_POSITIVE_BASE` for a value that is zero or negative (no logarithm);
 *   `INVALID_NUMBER` for a year or value that is not a finite number; `UNIT_MISMATCH` for
 *   quantities of different dimensions
 * @example
 * ```ts
 * // Excel's LOGEST example: months 11 … 16, sales 33100 … 220000 → m = 1.463275628
 * const sales = [33100, 47300, 69000, 102000, 150000, 220000];
 * leastSquaresGrowthRate(sales.map((value, i) => ({ year: 11 + i, value }))).toFixed(9);
 * // => '0.463275628'
 * ```
 *
 * @category Growth
 */
export function leastSquaresGrowthRate(series: readonly GrowthSeriesPoint[]): Decimal {
  requireList(FN, 'series', series, 'observations { year, value }');
  if (series.length < 2) {
    throw invalidArgumentError(FN, 'series', 'must hold at least two observations', series.length);
  }
  const count = series.length;
  // Every index, holes too: each observation must be an object `{ year, value }`.
  const points: GrowthSeriesPoint[] = [];
  for (let index = 0; index < count; index += 1) {
    const point: unknown = series[index];
    requireObject(FN, `series[${index}]`, point, '{ year, value }');
    points.push(point as GrowthSeriesPoint);
  }
  const unit = firstUnit(points.find((point) => isQuantity(point.value))?.value);
  const times: Decimal[] = [];
  const logs: Decimal[] = [];
  let origin: Decimal | undefined;
  let sumT: Decimal = new WideDecimal(0);
  let sumY: Decimal = new WideDecimal(0);
  points.forEach((point, index) => {
    const year = new WideDecimal(toDecimal(point.year, { fn: FN, arg: `series[${index}].year` }));
    const arg = `series[${index}].value`;
    const value = new WideDecimal(readInBaseUnits({ fn: FN, arg }, point.value, unit));
    if (value.isZero() || value.isNegative()) throw nonPositiveBaseError(FN, arg, point.value);
    // Years relative to the first one keep the sums small and exact.
    origin ??= year;
    const t = year.minus(origin);
    const y = value.ln();
    times.push(t);
    logs.push(y);
    sumT = sumT.plus(t);
    sumY = sumY.plus(y);
  });
  const meanT = sumT.div(count);
  const meanY = sumY.div(count);
  let sxx: Decimal = new WideDecimal(0);
  let sxy: Decimal = new WideDecimal(0);
  times.forEach((t, index) => {
    const dt = t.minus(meanT);
    sxx = sxx.plus(dt.times(dt));
    sxy = sxy.plus(dt.times((logs[index] as Decimal).minus(meanY)));
  });
  if (sxx.isZero()) {
    throw invalidArgumentError(
      FN,
      'series',
      'must span at least two different years',
      series.length,
    );
  }
  return narrow(sxy.div(sxx).exp().minus(1), FN);
}
