import { nonPositiveBaseError } from '../../errors.js';
import { type Decimal, type DecimalInput, toDecimal } from '../../numbers/decimal.js';
import { readCompoundings } from '../internal/compoundings.js';
import { narrow, WideDecimal } from '../internal/wide.js';

const FN = 'nominal';

/**
 * The nominal annual rate that, compounded `npery` times a year, gives an effective annual rate
 * (名义年利率, Excel NOMINAL): the inverse of {@link effect}.
 *
 * Formula: nominal = npery · ((1 + effect)^(1 / npery) − 1), npery truncated to an integer.
 * Computed in 60 digits, rounded once to 34.
 *
 * Source: Microsoft Excel NOMINAL (`=NOMINAL(0.053543, 4)` → 0.05250032).
 *
 * @param effectRate - the effective annual rate
 * @param npery - compounding periods per year (truncated to a whole number)
 * @returns the nominal annual rate, as a fraction
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when npery is 0; `INVALID_ARGUMENT` when it is
 *   negative; `NON_POSITIVE_BASE` when 1 + effect ≤ 0; `INVALID_NUMBER` for an argument that is
 *   not a number
 * @example
 * ```ts
 * nominal('0.053543', 4).toFixed(8);
 * // => '0.05250032'
 * ```
 *
 * @category Funding
 */
export function nominal(effectRate: DecimalInput, npery: DecimalInput): Decimal {
  const n = readCompoundings(FN, npery);
  const rate = new WideDecimal(toDecimal(effectRate, { fn: FN, arg: 'effectRate' }));
  const base = rate.plus(1);
  if (base.lte(0)) throw nonPositiveBaseError(FN, '1 + effectRate', base, { arg: 'effectRate' });
  return narrow(base.pow(new WideDecimal(1).div(n)).minus(1).times(n), FN);
}
