import { Decimal, type DecimalInput } from '../../numbers/decimal.js';
import { readYears } from '../../numbers/internal.js';
import { type AmountInput, readPositivePair } from '../../units/operands.js';

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
 * `2^(1/10) − 1 ≈ 7.177 %` a year. Computed with 34 significant digits (absolute error below
 * about 1e-33).
 *
 * @param current - the value now: a number, a decimal string or a {@link Quantity}
 * @param target - the value to reach, in any unit of the same dimension
 * @param years - the years available, positive (may be fractional)
 * @returns the required growth per year as a fraction (negative when the target is lower)
 * @throws TownIndicatorsError `NON_POSITIVE_BASE` when `current` or `target` is zero or negative;
 *   `INVALID_ARGUMENT` when `years` is zero or negative; `UNIT_MISMATCH` for quantities of
 *   different dimensions or currencies; `INVALID_NUMBER` for a value that is not a number
 * @example
 * ```ts
 * // 翻番 in ten years
 * requiredGrowthRate(1, 2, 10).toFixed(5);
 * // => '0.07177'
 * ```
 */
export function requiredGrowthRate(
  current: AmountInput,
  target: AmountInput,
  years: DecimalInput,
): Decimal {
  const [c, t] = readPositivePair(CURRENT, current, TARGET, target);
  const n = readYears(years, YEARS);
  return t.div(c).pow(new Decimal(1).div(n)).minus(1);
}
