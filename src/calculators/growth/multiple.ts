import { divisionByZeroError, nonPositiveBaseError } from '../../errors.js';
import type { Decimal } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { firstUnit, readInBaseUnits } from '../internal/operands.js';

const FN = 'multiple';
const BASE = { fn: FN, arg: 'base' } as const;
const CURRENT = { fn: FN, arg: 'current' } as const;

/**
 * How many times the base value the current value is (发展速度; "是…的N倍").
 *
 * Formula: `current / base` (NBS 发展速度 = 报告期水平 / 基期水平). Mind the Chinese wording:
 * "是96年的5.1倍" (is 5.1 times) is this multiple, while "增长5.1倍" (grew 5.1-fold) means
 * `multiple − 1 = 5.1`, i.e. `multiple = 6.1`. `multiple(base, current)` equals
 * `1 + growthRate(base, current)` (to the last of its 34 digits), with the same edge rules.
 *
 * Quantities of one dimension may come in different units; the result does not depend on them.
 *
 * @param base - the base-period value (基期): a number, a decimal string or a {@link Quantity}
 * @param current - the report-period value (报告期), in any unit of the same dimension
 * @returns the multiple as a decimal (`5.1` for 是…的5.1倍)
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `base` is zero; `NON_POSITIVE_BASE` when
 *   `base` is negative; `UNIT_MISMATCH` for quantities of different dimensions or currencies;
 *   `INVALID_NUMBER` for a value that is not a number
 * @example
 * ```ts
 * // 泗门镇建成区面积从96年的1.5平方公里增加到现在的10.3平方公里
 * multiple(quantity('1.5', '平方公里'), quantity('15450', '亩')).toFixed(2);
 * // => '6.87'
 * ```
 *
 * @category Growth
 */
export function multiple(base: AmountInput, current: AmountInput): Decimal {
  const unit = firstUnit(base, current);
  const b = readInBaseUnits(BASE, base, unit);
  const c = readInBaseUnits(CURRENT, current, unit);
  if (b.isZero()) throw divisionByZeroError(FN, 'base');
  if (b.isNegative()) throw nonPositiveBaseError(FN, 'base', base);
  return c.div(b);
}
