import { nonPositiveBaseError } from '../../errors.js';
import { type Decimal, type DecimalInput, toDecimal } from '../../numbers/decimal.js';
import { readCompoundings } from '../internal/compoundings.js';
import { narrow, WideDecimal } from '../internal/wide.js';

const FN = 'effect';

/**
 * The effective annual rate of a nominal rate compounded `npery` times a year (实际年利率,
 * Excel EFFECT).
 *
 * Formula: effect = (1 + nominal / npery)^npery − 1, npery truncated to an integer. Computed in
 * 60 digits, rounded once to 34.
 *
 * Source: Microsoft Excel EFFECT (`=EFFECT(0.0525, 4)` → 0.053542667).
 *
 * @param nominalRate - the nominal annual rate (`'5.25%'`)
 * @param npery - compounding periods per year (truncated to a whole number)
 * @returns the effective annual rate, as a fraction
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when npery is 0; `INVALID_ARGUMENT` when it is
 *   negative; `NON_POSITIVE_BASE` when 1 + nominal / npery ≤ 0; `INVALID_NUMBER` for an argument
 *   that is not a number
 * @example
 * ```ts
 * effect('5.25%', 4).toFixed(9);
 * // => '0.053542667'
 * ```
 *
 * @category Funding
 */
export function effect(nominalRate: DecimalInput, npery: DecimalInput): Decimal {
  const n = readCompoundings(FN, npery);
  const rate = new WideDecimal(toDecimal(nominalRate, { fn: FN, arg: 'nominalRate' }));
  const base = rate.div(n).plus(1);
  if (base.lte(0)) {
    throw nonPositiveBaseError(FN, '1 + nominalRate / npery', base, { arg: 'nominalRate' });
  }
  return narrow(base.pow(n).minus(1), FN);
}
