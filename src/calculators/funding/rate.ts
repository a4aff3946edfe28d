import { invalidArgumentError } from '../../errors.js';
import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import {
  futureValue,
  type PaymentTiming,
  readTiming,
  readTvmAmounts,
} from '../internal/annuity.js';
import { readPeriodCount } from '../internal/periodCount.js';
import { readGuess, solveRate } from '../internal/solveRate.js';
import { narrow } from '../internal/wide.js';

const FN = 'rate';

/**
 * Options of {@link rate}: the future value, when payments fall and where the search starts.
 *
 * @category Funding
 */
export interface RateOptions {
  /** The balance after the last payment (Excel fv). Default 0. */
  readonly fv?: AmountInput;
  /** `'end'` (default, Excel type 0) or `'begin'` (type 1). */
  readonly when?: PaymentTiming;
  /** Where Newton's method starts, as in Excel. Default 0.1. */
  readonly guess?: DecimalInput;
}

/**
 * The rate per period of a loan or annuity (利率, Excel RATE): the rate at which the
 * time-value-of-money equation holds for the given number of payments, payment, pv and fv.
 *
 * Formula: solves pv·(1 + r)^n + pmt·(1 + r·t)·((1 + r)^n − 1) / r + fv = 0 for r > −1, by
 * Newton's method from `guess` in 60 digits (as Excel, which iterates from 10 %), to within 1e-40;
 * when Newton does not converge, the root of a sign change nearest the guess. Rounded once to 34
 * digits.
 *
 * Source: Microsoft Excel RATE (`=RATE(4*12, -200, 8000)` → 0.77 % a month, 9.24 % a year);
 * numpy-financial `rate` (`npf.rate(10, 0, -3500, 10000)` → 0.1106908).
 *
 * @param nper - the number of payments
 * @param pmt - the payment per period
 * @param pv - the present value
 * @param options - `fv` (default 0), `when` (`'end'` default) and `guess` (default 0.1)
 * @returns the rate per period, as a fraction
 * @throws TownIndicatorsError `NO_SOLUTION` when no rate above −1 solves the equation;
 *   `INVALID_ARGUMENT` when nper is 0 or `when` is bad; `INVALID_NUMBER` for an argument that is
 *   not a number; `UNIT_MISMATCH` for amounts of different currencies
 * @example
 * ```ts
 * rate(10, 0, -3500, { fv: 10000 }).toFixed(9);
 * // => '0.110690854'
 * ```
 *
 * @category Funding
 */
export function rate(
  nper: DecimalInput,
  pmt: AmountInput,
  pv: AmountInput,
  options: RateOptions = {},
): Decimal {
  const timing = readTiming(FN, options);
  const n = readPeriodCount(FN, nper);
  if (n.isZero()) throw invalidArgumentError(FN, 'nper', 'must not be 0: no payment has a rate');
  const { values } = readTvmAmounts(FN, [
    ['pmt', pmt],
    ['pv', pv],
    ['options.fv', options.fv ?? 0],
  ]);
  const [payment, present, future] = values as [Decimal, Decimal, Decimal];
  const guess = readGuess(FN, options.guess);
  // The equation's residual: the future value the payments leave, minus the fv asked for.
  const residual = (r: Decimal): Decimal | undefined =>
    r.lte(-1) ? undefined : futureValue(r, n, payment, present, timing).minus(future).neg();
  return narrow(solveRate(FN, residual, guess, 'the time-value-of-money equation'), FN);
}
