import { divisionByZeroError, nonPositiveBaseError } from '../../errors.js';
import { type Decimal, resultInRange } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { firstUnit, readInBaseUnits } from '../internal/operands.js';

const FN = 'growthRate';
const PREVIOUS = { fn: FN, arg: 'previous' } as const;
const CURRENT = { fn: FN, arg: 'current' } as const;

/**
 * The growth rate from one period to the next, as a fraction (增长速度 / 增长率; 同比 when
 * `previous` is the same period of the previous year, 环比 when it is the preceding period).
 *
 * Formula: `current / previous − 1`, computed as `(current − previous) / previous` (NBS
 * 增长速度; World Bank, "Growth rates": the one-period growth rate, undefined when the initial
 * value is zero).
 *
 * Quantities of one dimension may come in different units (亿元 and 万元); they are converted
 * exactly, so the result does not depend on the units. `current` may be zero or negative (a fall
 * of 100 % or more). The result is correctly rounded to 34 significant digits.
 *
 * @param previous - the earlier (base) value: a number, a decimal string or a {@link Quantity}
 * @param current - the later value, in any unit of the same dimension as `previous`
 * @returns the growth rate as a fraction (`0.1` for 10 %)
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `previous` is zero; `NON_POSITIVE_BASE` when
 *   `previous` is negative (growth from a negative base has no meaning); `UNIT_MISMATCH` for
 *   quantities of different dimensions or currencies; `INVALID_NUMBER` for a value that is not a
 *   number
 * @example
 * ```ts
 * // 涉农贷款余额 940亿元, 比年初增加 134亿元: the balance grew from 806亿元
 * growthRate(quantity('806', '亿元'), quantity('940', '亿元')).toFixed(4);
 * // => '0.1663'
 * ```
 *
 * @category Growth
 */
export function growthRate(previous: AmountInput, current: AmountInput): Decimal {
  const unit = firstUnit(previous, current);
  const p = readInBaseUnits(PREVIOUS, previous, unit);
  const c = readInBaseUnits(CURRENT, current, unit);
  if (p.isZero()) throw divisionByZeroError(FN, 'previous');
  if (p.isNegative()) throw nonPositiveBaseError(FN, 'previous', previous);
  // (c − p) / p rounds once, so every one of the 34 significant digits is right.
  return resultInRange(c.minus(p).div(p), FN, 'current');
}
