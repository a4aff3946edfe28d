import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { readYears } from '../internal/arguments.js';
import { compoundRate } from '../internal/compoundRate.js';
import { readGrowthRatio } from '../internal/operands.js';

const FN = 'averageAnnualGrowth';
const BASE = { fn: FN, arg: 'base' } as const;
const CURRENT = { fn: FN, arg: 'current' } as const;
const YEARS = { fn: FN, arg: 'years' } as const;

/**
 * The average annual growth rate between two values by the level method (年均增长速度, 水平法;
 * also called the compound, geometric or end-point growth rate, CAGR).
 *
 * Formula: `(current / base)^(1 / years) − 1` (NBS 水平法 `(a_n / a_0)^(1/n) − 1`; World Bank,
 * "Growth rates": compounding growth rate; the same as Excel `RRI(years, base, current)`).
 * Only the two end points count; see {@link cumulativeAverageGrowth} for the 累计法 that uses
 * every year. `years` may be fractional. A `current` of zero has a value: `0^(1/years) − 1 = −1`
 * (a fall of 100 %). The result is correctly rounded to 34 significant digits: the ratio and
 * the root are computed in 60 digits (the root refined by Newton's method) and rounded once.
 *
 * @param base - the value of the base year (基期): a number, a decimal string or a {@link Quantity}
 * @param current - the value `years` later, in any unit of the same dimension
 * @param years - the number of years (periods) between them, positive
 * @returns the average growth per year as a fraction (`−1` when `current` is zero)
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `base` is zero or `years` is zero;
 *   `NON_POSITIVE_BASE` when `base` is negative, or when `current` is negative (no real root of
 *   a negative ratio); `INVALID_ARGUMENT` when `years` is negative; `UNIT_MISMATCH` for
 *   quantities of different dimensions or currencies; `INVALID_NUMBER` for a value that is not
 *   a number (including `years` = `NaN` or `Infinity`)
 * @example
 * ```ts
 * // NBS: base 100, three years later 135: 水平法 10.52% a year
 * averageAnnualGrowth('100', '135', 3).toFixed(4);
 * // => '0.1052'
 * ```
 *
 * @category Growth
 */
export function averageAnnualGrowth(
  base: AmountInput,
  current: AmountInput,
  years: DecimalInput,
): Decimal {
  const ratio = readGrowthRatio(BASE, base, CURRENT, current, 'non-negative');
  return compoundRate(ratio, readYears(years, YEARS));
}
