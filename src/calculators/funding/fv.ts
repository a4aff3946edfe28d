import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import type { AmountInput, AmountOf } from '../../units/amount.js';
import {
  futureValue,
  type PaymentTiming,
  readAnnuity,
  readTvmAmounts,
} from '../internal/annuity.js';
import { amountFromBaseUnits } from '../internal/operands.js';
import { narrow } from '../internal/wide.js';

const FN = 'fv';

/**
 * Options of {@link fv}: the present value and when payments fall.
 *
 * @category Funding
 */
export interface FvOptions {
  /** The present value (Excel pv). Default 0. */
  readonly pv?: AmountInput;
  /** `'end'` (default, Excel type 0) or `'begin'` (type 1). */
  readonly when?: PaymentTiming;
}

/**
 * The future value of an investment with constant payments and a constant rate (终值, Excel FV).
 *
 * Formula: fv = −(pv·(1 + r)^n + pmt·(1 + r·t)·((1 + r)^n − 1) / r); fv = −(pv + pmt·n) when
 * r = 0; t = 1 for payments at the beginning of each period. Computed in 60 digits, rounded once
 * to 34; signs as in Excel (money paid in is negative, so deposits give a positive fv).
 *
 * Source: Microsoft Excel FV (`=FV(0.06/12, 10, -200, -500, 1)` → 2,581.40;
 * `=FV(0.12/12, 12, -1000)` → 12,682.50); numpy-financial `fv`
 * (`npf.fv(0.05/12, 10*12, -100, -100)` → 15692.93).
 *
 * @param rate - the rate per period, above −100 %
 * @param nper - the number of periods
 * @param pmt - the payment per period
 * @param options - `pv` (default 0) and `when` (`'end'` default, or `'begin'`)
 * @returns the future value, in the unit of the first quantity among pmt and pv
 * @throws TownIndicatorsError `NON_POSITIVE_BASE` when 1 + rate ≤ 0; `INVALID_NUMBER` for an
 *   argument that is not a number; `UNIT_MISMATCH` for amounts of different currencies;
 *   `INVALID_ARGUMENT` for a bad `when`
 * @example
 * ```ts
 * fv(new Decimal('0.06').div(12), 10, -200, { pv: -500, when: 'begin' }).toFixed(2);
 * // => '2581.40'
 * ```
 *
 * @category Funding
 */
export function fv<T extends AmountInput>(
  rate: DecimalInput,
  nper: DecimalInput,
  pmt: T,
  options: FvOptions = {},
): AmountOf<T> {
  const { timing, rate: r, periods: n } = readAnnuity(FN, rate, nper, options);
  const { unit, values } = readTvmAmounts(FN, [
    ['pmt', pmt],
    ['options.pv', options.pv ?? 0],
  ]);
  const [payment, present] = values as [Decimal, Decimal];
  return amountFromBaseUnits<T>(narrow(futureValue(r, n, payment, present, timing), FN), unit);
}
