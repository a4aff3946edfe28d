import { divisionByZeroError, nonPositiveBaseError } from '../../errors.js';
import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import { toDecimal } from '../../numbers/decimal.js';
import type { AmountInput, AmountOf } from '../../units/amount.js';
import { firstUnit, readAmount, toAmount } from '../internal/operands.js';

const FN = 'impliedPrevious';
const CURRENT = { fn: FN, arg: 'current' } as const;
const RATE = { fn: FN, arg: 'rate' } as const;

/**
 * The previous-period value implied by a current value and its growth rate: what "达到X，增长r"
 * says the base was (上年数 / 基期数 implied by 增长速度).
 *
 * Formula: `current / (1 + rate)` — the inverse of {@link growthRate}:
 * `impliedPrevious(current, growthRate(previous, current))` gives back `previous` to within 1e-30
 * relative whenever `current / previous` lies between 0.001 and 1000 (a 34-digit rate says less
 * about a value that collapsed by 99.9999 %). For a multiple ("是96年的5.1倍") pass `multiple − 1`.
 *
 * A quantity comes back as a quantity in the same unit (without its qualifier: the implied value
 * is not "近" or "约" in the same way); a number comes back as a {@link Decimal}. `current` may be
 * of any sign.
 *
 * @param current - the current value: a number, a decimal string or a {@link Quantity}
 * @param rate - its growth rate as a fraction or a percentage (`0.128`, `'12.8%'`)
 * @returns the implied previous value: a {@link Quantity} in `current`'s unit, or a {@link Decimal}
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `1 + rate` is zero (a fall of exactly 100 %);
 *   `NON_POSITIVE_BASE` when `1 + rate` is negative (`rate` below −100 %); `INVALID_NUMBER` for a
 *   value that is not a number
 * @example
 * ```ts
 * // 8个镇地区生产总值达到184.9亿元，同比增长12.8%
 * impliedPrevious(quantity('184.9', '亿元'), '12.8%').value.toFixed(2);
 * // => '163.92'
 * ```
 *
 * @category Growth
 */
export function impliedPrevious<T extends AmountInput>(
  current: T,
  rate: DecimalInput,
): AmountOf<T> {
  const value = readAmount(CURRENT, current);
  const r = toDecimal(rate, RATE);
  const divisor: Decimal = r.plus(1);
  if (divisor.isZero()) throw divisionByZeroError(FN, '1 + rate');
  if (divisor.isNegative()) throw nonPositiveBaseError(FN, '1 + rate', divisor);
  const previous = value.div(divisor);
  return toAmount<T>(previous, firstUnit(current));
}
