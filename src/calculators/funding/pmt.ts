import type { DecimalInput } from '../../numbers/decimal.js';
import type { AmountInput, AmountOf } from '../../units/amount.js';
import { type PaymentTiming, readLoan } from '../internal/annuity.js';
import { amountFromBaseUnits } from '../internal/operands.js';
import { narrow } from '../internal/wide.js';

const FN = 'pmt';

/**
 * Options of {@link pmt}: the future value left after the last payment and when payments fall.
 *
 * @category Funding
 */
export interface PmtOptions {
  /** The balance after the last payment (Excel fv). Default 0: the loan is paid off. */
  readonly fv?: AmountInput;
  /** `'end'` (default, Excel type 0) or `'begin'` (type 1). */
  readonly when?: PaymentTiming;
}

/**
 * The payment per period of a loan or annuity at a constant rate (等额本息每期还款额, Excel PMT):
 * the pmt that closes the time-value-of-money equation.
 *
 * Formula: pmt = −(fv + pv·(1 + r)^n) · r / ((1 + r·t)·((1 + r)^n − 1)); pmt = −(pv + fv) / n
 * when r = 0; t = 1 for payments at the beginning of each period. Computed in 60 digits, rounded
 * once to 34. Signs as in Excel: money received is positive, money paid out negative, so a loan
 * received (pv > 0) has negative payments.
 *
 * Source: Microsoft Excel PMT (`=PMT(8%/12, 10, 10000)` → −1,037.03; with type 1 → −1,030.16);
 * numpy-financial `pmt` (`npf.pmt(0.075/12, 12*15, 200000)` → −1854.02).
 *
 * @param rate - the rate per period (`'0.5%'` per month), above −100 %
 * @param nper - the number of payments
 * @param pv - the present value: the amount of the loan (a quantity gives a quantity)
 * @param options - `fv` (default 0) and `when` (`'end'` default, or `'begin'`)
 * @returns the payment per period, in the unit of the first quantity among pv and fv
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when nper is 0; `NON_POSITIVE_BASE` when
 *   1 + rate ≤ 0; `INVALID_NUMBER` for an argument that is not a number; `UNIT_MISMATCH` for
 *   amounts of different currencies; `INVALID_ARGUMENT` for a bad `when`
 * @example
 * ```ts
 * // A 1亿美元 renovation loan (seed 000's 旧城改造 of about 1亿美元) over 20 years at 5 %:
 * String(roundHalfUp(pmt('5%', 20, quantity('1', '亿美元')).value, 2));
 * // => '-0.08'
 * pmt(new Decimal('0.08').div(12), 10, 10000).toFixed(2);
 * // => '-1037.03'
 * ```
 *
 * @category Funding
 */
export function pmt<T extends AmountInput>(
  rate: DecimalInput,
  nper: DecimalInput,
  pv: T,
  options: PmtOptions = {},
): AmountOf<T> {
  const { payment, unit } = readLoan(FN, rate, nper, pv, options);
  return amountFromBaseUnits<T>(narrow(payment, FN), unit);
}
