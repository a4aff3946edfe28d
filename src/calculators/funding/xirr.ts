import { noSolutionError } from '../../errors.js';
import type { Decimal, DecimalInput } from '../../numbers/decimal.js';
import { requireOptions } from '../../numbers/internal.js';
import { type DatedFlow, datedValue, readDatedFlows } from '../internal/datedFlows.js';
import { readGuess, solveRate } from '../internal/solveRate.js';
import { narrow } from '../internal/wide.js';

const FN = 'xirr';

/**
 * Options of {@link xirr}.
 *
 * @category Funding
 */
export interface XirrOptions {
  /** Where Newton's method starts, as in Excel. Default 0.1. */
  readonly guess?: DecimalInput;
}

/**
 * The internal rate of return of cash flows on given dates (按日期的内部收益率, Excel XIRR): the
 * annual rate at which their {@link xnpv} is zero.
 *
 * Formula: solves Σ amount_i / (1 + r)^((day_i − day_0) / 365) = 0 for r > −1, by Newton's method
 * from `guess` in 60 digits (as Excel, from 10 %), to within 1e-40; when Newton does not converge,
 * the root of a sign change nearest the guess. Rounded once to 34 digits.
 *
 * Source: Microsoft Excel XIRR (the flows of the XNPV example → 0.373362535, 37.34 %; Excel stops
 * its iteration within 0.000001 %, the exact root is 0.37336253351…).
 *
 * @param flows - `{ date: 'YYYY-MM-DD', amount }`, amounts in one currency (see {@link DatedFlow})
 * @param options - `guess` (default 0.1)
 * @returns the annual rate, as a fraction
 * @throws TownIndicatorsError `NO_SOLUTION` when the amounts do not change sign or no rate above
 *   −1 makes the XNPV zero; `INVALID_ARGUMENT` for fewer than two flows, more than 10,000, a date before the first
 *   flow's or a guess ≤ −1; `INVALID_PERIOD` for a date that is not `YYYY-MM-DD`;
 *   `INVALID_NUMBER` for an amount that is not a number; `UNIT_MISMATCH` for amounts of different
 *   currencies
 * @example
 * ```ts
 * xirr([
 *   { date: '2008-01-01', amount: -10000 },
 *   { date: '2008-03-01', amount: 2750 },
 *   { date: '2008-10-30', amount: 4250 },
 *   { date: '2009-02-15', amount: 3250 },
 *   { date: '2009-04-01', amount: 2750 },
 * ]).toFixed(9);
 * // => '0.373362534'
 * ```
 *
 * @category Funding
 */
export function xirr(flows: readonly DatedFlow[], options: XirrOptions = {}): Decimal {
  requireOptions(FN, options);
  const read = readDatedFlows(FN, flows);
  if (!read.amounts.some((a) => a.gt(0)) || !read.amounts.some((a) => a.lt(0))) {
    throw noSolutionError(FN, 'the cash flows need at least one positive and one negative amount');
  }
  const guess = readGuess(FN, options.guess);
  // Newton asks for the value and the slope at the same rate: one pass gives both.
  let last: { readonly rate: Decimal; readonly result: ReturnType<typeof datedValue> } | undefined;
  const at = (r: Decimal): ReturnType<typeof datedValue> => {
    if (last === undefined || !last.rate.eq(r)) last = { rate: r, result: datedValue(read, r) };
    return last.result;
  };
  return narrow(
    solveRate(
      FN,
      (r) => at(r)?.value,
      guess,
      'the XNPV of the flows',
      (r) => at(r)?.slope,
    ),
    FN,
  );
}
