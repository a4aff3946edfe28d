import { divisionByZeroError } from '../../errors.js';
import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import { requireList } from '../../numbers/internal.js';
import type { AmountInput } from '../../units/amount.js';
import { readPeriodRate } from '../internal/annuity.js';
import { namedItems, readAllInBaseUnits } from '../internal/operands.js';
import { narrow, WideDecimal } from '../internal/wide.js';

const FN = 'mirr';

/**
 * The modified internal rate of return (修正内部收益率, Excel MIRR): negative flows financed at
 * one rate, positive flows reinvested at another.
 *
 * Formula: MIRR = (FV(positive flows at reinvestRate) / −PV(negative flows at financeRate))^(1 /
 * (n − 1)) − 1, with n the number of flows, the first one at time 0 (numpy-financial's form:
 * (|NPV(reinvest, positives)| / |NPV(finance, negatives)|)^(1/(n − 1))·(1 + reinvest) − 1).
 * Computed in 60 digits, rounded once to 34.
 *
 * Source: Microsoft Excel MIRR (−120,000, 39,000, 30,000, 21,000, 37,000, 46,000 at 10 % and 12 %
 * → 12.61 %); numpy-financial `mirr` (`npf.mirr([-100, 50, -60, 70], 0.10, 0.12)` →
 * −0.03909366594356467).
 *
 * @param cashflows - the flows of each period, the first at time 0 (amounts in one currency)
 * @param financeRate - the rate paid on the money put in
 * @param reinvestRate - the rate earned on the money taken out
 * @returns the modified rate per period, as a fraction (−1 when no flow is positive)
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when no flow is negative or there is only one
 *   flow; `NON_POSITIVE_BASE` when 1 + a rate ≤ 0; `INVALID_NUMBER` for an amount that is not a
 *   number; `UNIT_MISMATCH` for amounts of different currencies; `INVALID_ARGUMENT` for a list
 *   that is not an array
 * @example
 * ```ts
 * mirr([-120000, 39000, 30000, 21000, 37000, 46000], '10%', '12%').toFixed(4);
 * // => '0.1261'
 * ```
 *
 * @category Funding
 */
export function mirr(
  cashflows: readonly AmountInput[],
  financeRate: DecimalInput,
  reinvestRate: DecimalInput,
): Decimal {
  requireList(FN, 'cashflows', cashflows, 'cash flows');
  const finance = readPeriodRate(FN, financeRate, 'financeRate');
  const reinvest = readPeriodRate(FN, reinvestRate, 'reinvestRate');
  const { values } = readAllInBaseUnits(FN, namedItems('cashflows', cashflows));
  const n = values.length;
  if (n < 2) throw divisionByZeroError(FN, 'cashflows.length − 1', { count: n });
  const one = new WideDecimal(1);
  let positive = new WideDecimal(0);
  let negative = new WideDecimal(0);
  values.forEach((value, t) => {
    const wide = new WideDecimal(value);
    if (wide.gt(0)) positive = positive.plus(wide.times(one.plus(reinvest).pow(n - 1 - t)));
    else if (wide.lt(0)) negative = negative.plus(wide.div(one.plus(finance).pow(t)));
  });
  if (negative.isZero()) throw divisionByZeroError(FN, 'the present value of the negative flows');
  return narrow(
    positive
      .div(negative.neg())
      .pow(one.div(n - 1))
      .minus(1),
    FN,
  );
}
