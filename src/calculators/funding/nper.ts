import { divisionByZeroError, noSolutionError } from '../../errors.js';
import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import {
  log1p,
  type PaymentTiming,
  readPeriodRate,
  readTiming,
  readTvmAmounts,
  SERIES_BELOW,
} from '../internal/annuity.js';
import { narrow, WideDecimal } from '../internal/wide.js';

const FN = 'nper';

/**
 * Options of {@link nper}: the future value and when payments fall.
 *
 * @category Funding
 */
export interface NperOptions {
  /** The balance after the last payment (Excel fv). Default 0. */
  readonly fv?: AmountInput;
  /** `'end'` (default, Excel type 0) or `'begin'` (type 1). */
  readonly when?: PaymentTiming;
}

/**
 * The number of periods a loan or investment takes with constant payments at a constant rate
 * (期数, Excel NPER).
 *
 * Formula: with z = pmt·(1 + r·t) / r, n = ln((z − fv) / (z + pv)) / ln(1 + r);
 * n = −(pv + fv) / pmt when r = 0. Computed in 60 digits, rounded once to 34; signs as in Excel.
 *
 * Source: Microsoft Excel NPER (`=NPER(0.12/12, -100, -1000, 10000, 1)` → 59.6738657;
 * `=NPER(0.12/12, -100, -1000, 10000)` → 60.0821229; `=NPER(0.12/12, -100, -1000)` →
 * −9.57859404); numpy-financial `nper` (`npf.nper(0.07/12, -150, 8000)` → 64.07334877).
 *
 * @param rate - the rate per period, above −100 %
 * @param pmt - the payment per period
 * @param pv - the present value
 * @param options - `fv` (default 0) and `when` (`'end'` default, or `'begin'`)
 * @returns the number of periods (a decimal; negative when the equation has its root there)
 * @throws TownIndicatorsError `NO_SOLUTION` when the payment never pays off the loan (it does not
 *   cover the interest); `DIVISION_BY_ZERO` when rate and pmt are both 0; `NON_POSITIVE_BASE` when
 *   1 + rate ≤ 0; `INVALID_NUMBER` for an argument that is not a number; `UNIT_MISMATCH` for
 *   amounts of different currencies; `INVALID_ARGUMENT` for a bad `when`
 * @example
 * ```ts
 * nper(new Decimal('0.07').div(12), -150, 8000).toFixed(8);
 * // => '64.07334877'
 * ```
 *
 * @category Funding
 */
export function nper(
  rate: DecimalInput,
  pmt: AmountInput,
  pv: AmountInput,
  options: NperOptions = {},
): Decimal {
  const timing = readTiming(FN, options);
  const r = readPeriodRate(FN, rate);
  const { values } = readTvmAmounts(FN, [
    ['pmt', pmt],
    ['pv', pv],
    ['options.fv', options.fv ?? 0],
  ]);
  const [payment, present, future] = values as [Decimal, Decimal, Decimal];
  if (r.isZero()) {
    if (payment.isZero()) throw divisionByZeroError(FN, 'pmt', { note: 'rate and pmt are both 0' });
    return narrow(present.plus(future).neg().div(payment), FN);
  }
  const z = payment.times(new WideDecimal(1).plus(r.times(timing))).div(r);
  const denominator = z.plus(present);
  const numerator = z.minus(future);
  if (denominator.isZero() || numerator.isZero() || numerator.div(denominator).lte(0)) {
    throw noSolutionError(
      FN,
      'the payment never pays off the balance: it does not cover the interest of the period',
      { rate: r.toString() },
    );
  }
  // ln(numerator / denominator) / ln(1 + r). For a tiny rate both logarithms are of numbers next
  // to 1, which 60 digits cannot tell from 1: then by log1p, the quotient's distance from 1 taken
  // as −(fv + pv) / denominator (without the cancellation of two huge z's).
  const ratioMinusOne = present.plus(future).neg().div(denominator);
  const lnRatio = ratioMinusOne.abs().lt(SERIES_BELOW)
    ? log1p(ratioMinusOne)
    : numerator.div(denominator).ln();
  return narrow(lnRatio.div(log1p(r)), FN);
}
