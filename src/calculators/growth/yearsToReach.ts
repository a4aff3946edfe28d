import { divisionByZeroError, nonPositiveBaseError, noSolutionError } from '../../errors.js';
import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import { toDecimal } from '../../numbers/decimal.js';
import { type AmountInput, readPositivePair } from '../../units/operands.js';

const FN = 'yearsToReach';
const CURRENT = { fn: FN, arg: 'current' } as const;
const TARGET = { fn: FN, arg: 'target' } as const;
const RATE = { fn: FN, arg: 'rate' } as const;

/**
 * The number of years a value needs to reach a target when it grows at a constant rate (达到目标
 * 所需年数; with `target = 2 × current`, the doubling time of 翻番).
 *
 * Formula: `ln(target / current) / ln(1 + rate)` (compound growth solved for time; Excel
 * `NPER(rate, 0, −current, target)`). The result is a fractional number of years; round it up
 * for whole years. A target equal to `current` is reached after `0` years.
 *
 * @param current - the value now: a number, a decimal string or a {@link Quantity}
 * @param target - the value to reach, in any unit of the same dimension
 * @param rate - the growth per year as a fraction or a percentage (`0.07`, `'7%'`)
 * @returns the years needed, as a {@link Decimal} (34 significant digits)
 * @throws TownIndicatorsError `NON_POSITIVE_BASE` when `current` or `target` is zero or negative,
 *   or when `1 + rate` is (`rate` ≤ −100 %); `DIVISION_BY_ZERO` when `rate` is zero
 *   (`ln(1 + rate) = 0`); `NO_SOLUTION` when the target lies the other way (a higher target with a
 *   negative rate, or a lower one with a positive rate); `UNIT_MISMATCH`; `INVALID_NUMBER`
 * @example
 * ```ts
 * // 7 % a year doubles a value in a little over ten years
 * yearsToReach(100, 200, '7%').toFixed(2);
 * // => '10.24'
 * ```
 */
export function yearsToReach(
  current: AmountInput,
  target: AmountInput,
  rate: DecimalInput,
): Decimal {
  const [c, t] = readPositivePair(CURRENT, current, TARGET, target);
  const r = toDecimal(rate, RATE);
  const factor = r.plus(1);
  if (factor.isZero() || factor.isNegative()) throw nonPositiveBaseError(FN, '1 + rate', factor);
  if (r.isZero()) throw divisionByZeroError(FN, 'rate');
  const distance = t.div(c).ln();
  if (distance.isZero()) return distance;
  if (distance.isNegative() !== r.isNegative()) {
    throw noSolutionError(
      FN,
      `target ${t.gt(c) ? 'above' : 'below'} current is never reached at rate ${r.toString()}`,
      { current: c.toString(), target: t.toString(), rate: r.toString() },
    );
  }
  return distance.div(factor.ln());
}
