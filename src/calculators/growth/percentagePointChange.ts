import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import { toDecimal } from '../../numbers/decimal.js';

const FROM = { fn: 'percentagePointChange', arg: 'fromRate' } as const;
const TO = { fn: 'percentagePointChange', arg: 'toRate' } as const;

/**
 * The change between two rates in percentage points (百分点), as a fraction: `0.066` is
 * 6.6个百分点. Not to be confused with the relative change of the rate (`growthRate`).
 *
 * Formula: `toRate − fromRate` (NBS: 百分点 is the difference of two rates). Rates are read as
 * fractions, or as percentages when written with `%` (`'58.4%'` = `0.584`); a plain `'58.4'` is
 * the fraction 58.4. Multiply the result by 100 to print points. Exact.
 *
 * @param fromRate - the earlier rate (`'58.4%'` or `0.584`)
 * @param toRate - the later rate (`'65%'` or `0.65`)
 * @returns the difference as a fraction (negative when the rate fell)
 * @throws TownIndicatorsError `INVALID_NUMBER` for a rate that is not a number
 * @example
 * ```ts
 * // 自来水普及率由58.4%提高到65%: 6.6个百分点
 * percentagePointChange('58.4%', '65%').times(100).toString();
 * // => '6.6'
 * ```
 *
 * @category Growth
 */
export function percentagePointChange(fromRate: DecimalInput, toRate: DecimalInput): Decimal {
  return toDecimal(toRate, TO).minus(toDecimal(fromRate, FROM));
}
