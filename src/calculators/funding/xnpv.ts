import { nonPositiveBaseError } from '../../errors.js';
import { type DecimalInput, toDecimal } from '../../numbers/decimal.js';
import type { AmountOf } from '../../units/amount.js';
import { type DatedFlow, datedValue, readDatedFlows } from '../internal/datedFlows.js';
import { amountFromBaseUnits } from '../internal/operands.js';
import { narrow } from '../internal/wide.js';

const FN = 'xnpv';

/**
 * The net present value of cash flows on given dates (按日期折现的净现值, Excel XNPV): each flow
 * discounted by the days since the first flow of the list, over 365 days a year.
 *
 * Formula: XNPV = Σ amount_i / (1 + rate)^((day_i − day_0) / 365), day_0 the date of the first
 * flow of the list; flows may come in any order after it. Computed in 60 digits, rounded once to 34.
 *
 * Source: Microsoft Excel XNPV (rate 9 %, −10,000 on 2008-01-01, 2,750 on 2008-03-01, 4,250 on
 * 2008-10-30, 3,250 on 2009-02-15, 2,750 on 2009-04-01 → 2,086.65).
 *
 * @param rate - the annual discount rate, above −100 %
 * @param flows - `{ date: 'YYYY-MM-DD', amount }`, amounts in one currency (see {@link DatedFlow})
 * @returns the net present value, in the unit of the first quantity among the amounts
 * @throws TownIndicatorsError `NON_POSITIVE_BASE` when 1 + rate ≤ 0; `INVALID_ARGUMENT` for
 *   fewer than two flows, more than 10,000, or a date before the first flow's; `INVALID_PERIOD` for a date that is not
 *   `YYYY-MM-DD`; `INVALID_NUMBER` for an amount that is not a number; `UNIT_MISMATCH` for amounts
 *   of different currencies
 * @example
 * ```ts
 * // A 旧城改造 framework of about 1亿美元 (seed 000): paid out now, repaid in two tranches.
 * String(xnpv('6%', [
 *   { date: '2011-01-01', amount: quantity('-1', '亿美元') },
 *   { date: '2016-01-01', amount: quantity('6000', '万美元') },
 *   { date: '2021-01-01', amount: quantity('6000', '万美元') },
 * ]).value.toDecimalPlaces(4));
 * // => '-0.2168'
 * ```
 *
 * @category Funding
 */
export function xnpv<const F extends readonly DatedFlow[]>(
  rate: DecimalInput,
  flows: F,
): AmountOf<F[number]['amount']> {
  const r = toDecimal(rate, { fn: FN, arg: 'rate' });
  const read = readDatedFlows(FN, flows);
  const value = datedValue(read, r);
  if (value === undefined) {
    throw nonPositiveBaseError(FN, '1 + rate', r.plus(1), { arg: 'rate', value: r.toString() });
  }
  return amountFromBaseUnits<F[number]['amount']>(narrow(value.value, FN), read.unit);
}
