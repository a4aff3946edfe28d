import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { readYears } from '../internal/arguments.js';
import { compoundRate } from '../internal/compoundRate.js';
import { readGrowthRatio } from '../internal/operands.js';

const FN = 'requiredGrowthRate';
const CURRENT = { fn: FN, arg: 'current' } as const;
const TARGET = { fn: FN, arg: 'target' } as const;
const YEARS = { fn: FN, arg: 'years' } as const;

/**
 * The average annual growth needed to reach a target in a given number of years — the rate
 * behind targets like 翻番 (doubling) and 翻两番 (quadrupling) (实现目标所需年均增长).
 *
 * Formula: `(target / current)^(1 / years) − 1` (the level method of NBS 年均增长 solved for
 * the future; Excel `RRI(years, current, target)`). Doubling in 10 years needs
 * `2^(1/10) − 1 ≈ 7.177 %` a year. A `target` of zero has a value: `−1` (a fall of 100 %). The
 * result is correctly rounded to 34 significant digits (computed in 60 digits, rounded once).
 *
 * @param current - the value now: a number, a decimal string or a {@link Quantity}
 * @param target - the value to reach, in any unit of the same dimension
 * @param years - the years available, positive (may be fractional)
 * @returns the required growth per year as a fraction (negative when the target is lower, `−1`
 *   when it is zero)
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `current` is zero or `years` is zero;
 *   `NON_POSITIVE_BASE` when `current` is negative, or when `target` is negative (no real root
 *   of a negative ratio); `INVALID_ARGUMENT` when `years` is negative; `UNIT_MISMATCH` for
 *   quantities of different dimensions or currencies; `INVALID_NUMBER` for a value that is not
 *   a number
 * @example
 * ```ts
 * // 翻番 in ten years
 * requiredGrowthRate(1, 2, 10).toFixed(5);
 * // => '0.07177'
 * ```
 *
 * @category Growth
 */
export function requiredGrowthRate(
  current: AmountInput,
  target: AmountInput,
  years: DecimalInput,
): Decimal {
  const ratio = readGrowthRatio(CURRENT, current, TARGET, target, 'non-negative');
  return compoundRate(ratio, readYears(years, YEARS));
}
