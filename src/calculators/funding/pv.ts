import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import type { AmountInput, AmountOf } from '../../units/amount.js';
import {
  annuityFactor,
  compound,
  type PaymentTiming,
  readAnnuity,
  readTvmAmounts,
} from '../internal/annuity.js';
import { amountFromBaseUnits } from '../internal/operands.js';
import { narrow } from '../internal/wide.js';

const FN = 'pv';

/**
 * Options of {@link pv}: the future value and when payments fall.
 *
 * @category Funding
 */
export interface PvOptions {
  /** The balance after the last payment (Excel fv). Default 0. */
  readonly fv?: AmountInput;
  /** `'end'` (default, Excel type 0) or `'begin'` (type 1). */
  readonly when?: PaymentTiming;
}

/**
 * The present value of a series of equal payments at a constant rate (现值, Excel PV): what a
 * loan of those payments is worth today.
 *
 * Formula: pv = −(fv + pmt·(1 + r·t)·((1 + r)^n − 1) / r) / (1 + r)^n; pv = −(fv + pmt·n) when
 * r = 0; t = 1 for payments at the beginning of each period. Computed in 60 digits, rounded once
 * to 34; signs as in Excel.
 *
 * Source: Microsoft Excel PV (`=PV(0.08/12, 12*20, 500, , 0)` → −59,777.15); numpy-financial
 * `pv` (`npf.pv(0.05/12, 10*12, -100, 15692.93)` → −100.00067131625819).
 *
 * @param rate - the rate per period, above −100 %
 * @param nper - the number of periods
 * @param pmt - the payment per period
 * @param options - `fv` (default 0) and `when` (`'end'` default, or `'begin'`)
 * @returns the present value, in the unit of the first quantity among pmt and fv
 * @throws TownIndicatorsError `NON_POSITIVE_BASE` when 1 + rate ≤ 0; `INVALID_NUMBER` for an
 *   argument that is not a number; `UNIT_MISMATCH` for amounts of different currencies;
 *   `INVALID_ARGUMENT` for a bad `when`
 * @example
 * ```ts
 * pv(new Decimal('0.08').div(12), 240, 500).toFixed(2);
 * // => '-59777.15'
 * ```
 *
 * @category Funding
 */
export function pv<T extends AmountInput>(
  rate: DecimalInput,
  nper: DecimalInput,
  pmt: T,
  options: PvOptions = {},
): AmountOf<T> {
  const { timing, rate: r, periods: n } = readAnnuity(FN, rate, nper, options);
  const { unit, values } = readTvmAmounts(FN, [
    ['pmt', pmt],
    ['options.fv', options.fv ?? 0],
  ]);
  const [payment, future] = values as [Decimal, Decimal];
  const value = future
    .plus(payment.times(annuityFactor(r, n, timing)))
    .neg()
    .div(compound(r, n));
  return amountFromBaseUnits<T>(narrow(value, FN), unit);
}
