import type { DecimalInput } from '../../numbers/decimal.js';
import type { AmountInput, AmountOf } from '../../units/amount.js';
import { amountFromBaseUnits } from '../internal/operands.js';
import { narrow } from '../internal/wide.js';
import { type PaymentPartOptions, paymentParts } from './ipmt.js';

/**
 * The principal part of payment `per` of a loan at a constant rate (每期本金, Excel PPMT).
 *
 * Formula: ppmt = pmt − ipmt, with pmt = PMT(r, nper, pv, fv, t) and ipmt = IPMT(r, per, nper,
 * pv, fv, t). Computed in 60 digits, rounded once to 34; signs as in Excel.
 *
 * Source: Microsoft Excel PPMT (`=PPMT(0.1/12, 1, 2*12, 2000)` → −75.62;
 * `=PPMT(0.08, 10, 10, 200000)` → −27,598.05); numpy-financial `ppmt`.
 *
 * @param rate - the rate per period, above −100 %
 * @param per - the period, from 1 to nper
 * @param nper - the number of payments
 * @param pv - the amount of the loan
 * @param options - `fv` (default 0) and `when` (`'end'` default, or `'begin'`)
 * @returns the principal part of that payment, in the unit of the first quantity among pv and fv
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when per is outside 1…nper or `when` is bad;
 *   `DIVISION_BY_ZERO` when nper is 0; `NON_POSITIVE_BASE` when 1 + rate ≤ 0; `INVALID_NUMBER`
 *   for an argument that is not a number; `UNIT_MISMATCH` for amounts of different currencies
 * @example
 * ```ts
 * ppmt('0.08', 10, 10, 200000).toFixed(2);
 * // => '-27598.05'
 * ```
 *
 * @category Funding
 */
export function ppmt<T extends AmountInput>(
  rate: DecimalInput,
  per: DecimalInput,
  nper: DecimalInput,
  pv: T,
  options: PaymentPartOptions = {},
): AmountOf<T> {
  const { interest, payment, unit } = paymentParts('ppmt', rate, per, nper, pv, options);
  return amountFromBaseUnits<T>(narrow(payment.minus(interest)), unit);
}
