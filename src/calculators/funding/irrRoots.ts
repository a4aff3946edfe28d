import { isTownIndicatorsError } from '../../errors.js';
import type { Decimal } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { rateRoots, refine } from '../internal/polynomialRoots.js';
import { narrow, WideDecimal } from '../internal/wide.js';
import { distinctRoots } from './irr.js';
import { readCashflows } from './npv.js';

const FN = 'irrRoots';
const TOLERANCE = /* @__PURE__ */ new WideDecimal('1e-32');

/**
 * Every internal rate of return of a series of cash flows (所有内部收益率): each real rate above
 * −1 at which their NPV is zero, in ascending order, a double root once — so a caller sees when a
 * project has several IRRs (its flows change sign more than once) and none is "the" IRR.
 *
 * Formula: the roots r > −1 of Σ c_t / (1 + r)^t = 0, isolated exactly on the integer
 * coefficients (Descartes' rule of signs with bisection, Collins–Akritas), refined in 60 digits to
 * within 1e-32 and rounded once to 34 digits.
 *
 * Source: G. E. Collins and A. G. Akritas (1976), Descartes' rule of signs for root isolation;
 * the cash-flow convention of Excel IRR and numpy-financial `irr`.
 *
 * @param cashflows - the flows of each period, the first at time 0 (amounts in one currency)
 * @returns the rates, ascending; `[]` when no rate above −1 makes the NPV zero
 * @throws TownIndicatorsError `INVALID_ARGUMENT` for a list that is not an array or is empty;
 *   `INVALID_NUMBER` for an amount that is not a number; `UNIT_MISMATCH` for amounts of different
 *   currencies
 * @example
 * ```ts
 * // −100 now, +230 in a year, −132 in two: (1 + r)² − 2.3(1 + r) + 1.32 = 0 at 10 % and 20 %.
 * irrRoots([-100, 230, -132]).map(String);
 * // => ['0.1', '0.2']
 * ```
 *
 * @category Funding
 */
export function irrRoots(cashflows: readonly AmountInput[]): readonly Decimal[] {
  const { values } = readCashflows(FN, cashflows);
  let candidates: ReturnType<typeof rateRoots>;
  try {
    candidates = rateRoots(FN, values);
  } catch (error) {
    // No sign change, or no root above −1: no IRR. Roots too clustered to separate stay an error.
    if (isTownIndicatorsError(error, 'NO_SOLUTION') && !error.message.includes('clustered')) {
      return Object.freeze([]);
    }
    throw error;
  }
  const roots = distinctRoots(candidates.map((c) => refine(FN, c, TOLERANCE, 400)));
  return Object.freeze(roots.map((root) => narrow(root, FN)));
}
