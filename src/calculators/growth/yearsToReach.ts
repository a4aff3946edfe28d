import { divisionByZeroError, nonPositiveBaseError } from '../../errors.js';
import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import { toDecimal } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { readGrowthRatio } from '../internal/operands.js';
import { narrow, WideDecimal } from '../internal/wide.js';

const FN = 'yearsToReach';
const CURRENT = { fn: FN, arg: 'current' } as const;
const TARGET = { fn: FN, arg: 'target' } as const;
const RATE = { fn: FN, arg: 'rate' } as const;

/**
 * The number of years a value needs to reach a target when it grows at a constant rate (达到目标
 * 所需年数; with `target = 2 × current`, the doubling time of 翻番).
 *
 * Formula: `ln(target / current) / ln(1 + rate)` (compound growth solved for time; Excel
 * `NPER(rate, 0, −current, target)`), exactly as written: when the target lies the other way
 * (a lower target at a positive rate, or a higher one at a negative rate) the result is
 * negative — a negative result means the target was passed that many years ago at this rate
 * (`yearsToReach(200, 100, '7%')` is −10.24…). The result is a fractional number of years;
 * round it up for whole years. A target equal to `current` is reached after `0` years. It is
 * correctly rounded to 34 significant digits (both logarithms and the division in 60 digits,
 * rounded once).
 *
 * @param current - the value now: a number, a decimal string or a {@link Quantity}
 * @param target - the value to reach, in any unit of the same dimension
 * @param rate - the growth per year as a fraction or a percentage (`0.07`, `'7%'`)
 * @returns the years needed, as a {@link Decimal}; negative when the target was passed that
 *   many years ago at this rate
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `current` is zero, or when `rate` is zero
 *   (`ln(1 + rate) = 0`) or too small to change 1 + rate at 60 digits (`'1e-999999'`); `NON_POSITIVE_BASE` when `current` is negative, when `target` is zero
 *   or negative (the ratio has no logarithm), or when `1 + rate` is (`rate` ≤ −100 %);
 *   `UNIT_MISMATCH` for quantities of different dimensions; `INVALID_NUMBER` for a value that is
 *   not a number
 * @example
 * ```ts
 * // 7 % a year doubles a value in a little over ten years; halving happened as long ago
 * [yearsToReach(100, 200, '7%').toFixed(2), yearsToReach(200, 100, '7%').toFixed(2)];
 * // => ['10.24', '-10.24']
 * ```
 *
 * @category Growth
 */
export function yearsToReach(
  current: AmountInput,
  target: AmountInput,
  rate: DecimalInput,
): Decimal {
  const ratio = readGrowthRatio(CURRENT, current, TARGET, target, 'positive');
  const r = toDecimal(rate, RATE);
  const factor = new WideDecimal(r).plus(1);
  if (factor.isZero() || factor.isNegative()) {
    throw nonPositiveBaseError(FN, '1 + rate', narrow(factor, FN));
  }
  // A rate so small that 1 + rate is 1 at 60 digits grows nothing in any number of years the
  // library can write: as good as zero.
  if (r.isZero() || factor.eq(1)) throw divisionByZeroError(FN, 'rate');
  const distance = ratio.ln();
  return narrow(distance.div(factor.ln()), FN);
}
