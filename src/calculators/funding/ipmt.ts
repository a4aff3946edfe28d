import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import type { AmountInput, AmountOf } from '../../units/amount.js';
import type { Unit } from '../../units/table.js';
import { futureValue, type PaymentTiming, readLoan } from '../internal/annuity.js';
import { amountFromBaseUnits } from '../internal/operands.js';
import { narrow, WideDecimal } from '../internal/wide.js';

/**
 * Options of {@link ipmt} and {@link ppmt}: the future value and when payments fall.
 *
 * @category Funding
 */
export interface PaymentPartOptions {
  /** The balance after the last payment (Excel fv). Default 0. */
  readonly fv?: AmountInput;
  /** `'end'` (default, Excel type 0) or `'begin'` (type 1). */
  readonly when?: PaymentTiming;
}

/**
 * The interest and principal parts of payment `per` of a loan, in 60 digits (internal: shared by
 * {@link ipmt} and {@link ppmt}).
 *
 * @internal
 */
export function paymentParts(
  fn: string,
  rate: DecimalInput,
  per: DecimalInput,
  nper: DecimalInput,
  pv: AmountInput,
  options: PaymentPartOptions,
): {
  readonly interest: Decimal;
  readonly payment: Decimal;
  readonly unit: Unit | undefined;
} {
  const loan = readLoan(fn, rate, nper, pv, options, per);
  const { timing, rate: r, present, payment, unit } = loan;
  const k = loan.period as Decimal;
  // Interest of period k: the rate on the balance after k − 1 payments (the future value then);
  // paid at the beginning, the first payment carries no interest and the others are discounted
  // one period (Excel IPMT type 1, numpy-financial ipmt when='begin').
  let interest = futureValue(r, k.minus(1), payment, present, timing).times(r);
  if (timing === 1) interest = k.eq(1) ? new WideDecimal(0) : interest.div(r.plus(1));
  return { interest, payment, unit };
}

/**
 * The interest part of payment `per` of a loan at a constant rate (每期利息, Excel IPMT).
 *
 * Formula: ipmt = FV(r, per − 1, pmt, pv, t) · r, with pmt = PMT(r, nper, pv, fv, t); paid at the
 * beginning (t = 1) the first period's interest is 0 and later ones are divided by (1 + r).
 * Computed in 60 digits, rounded once to 34; signs as in Excel (a loan received has negative
 * interest payments).
 *
 * Source: Microsoft Excel IPMT (`=IPMT(0.1/12, 1, 3*12, 8000)` → −66.67;
 * `=IPMT(0.1, 3, 3, 8000)` → −292.45); numpy-financial `ipmt`.
 *
 * @param rate - the rate per period, above −100 %
 * @param per - the period, from 1 to nper
 * @param nper - the number of payments
 * @param pv - the amount of the loan
 * @param options - `fv` (default 0) and `when` (`'end'` default, or `'begin'`)
 * @returns the interest part of that payment, in the unit of the first quantity among pv and fv
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when per is outside 1…nper or `when` is bad;
 *   `DIVISION_BY_ZERO` when nper is 0; `NON_POSITIVE_BASE` when 1 + rate ≤ 0; `INVALID_NUMBER`
 *   for an argument that is not a number; `UNIT_MISMATCH` for amounts of different currencies
 * @example
 * ```ts
 * ipmt('0.1', 3, 3, 8000).toFixed(2);
 * // => '-292.45'
 * ```
 *
 * @category Funding
 */
export function ipmt<T extends AmountInput>(
  rate: DecimalInput,
  per: DecimalInput,
  nper: DecimalInput,
  pv: T,
  options: PaymentPartOptions = {},
): AmountOf<T> {
  const { interest, unit } = paymentParts('ipmt', rate, per, nper, pv, options);
  return amountFromBaseUnits<T>(narrow(interest), unit);
}
