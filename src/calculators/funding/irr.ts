import { invalidArgumentError } from '../../errors.js';
import { Decimal, type DecimalInput, toDecimal } from '../../numbers/decimal.js';
import { requireOptions } from '../../numbers/internal.js';
import type { AmountInput } from '../../units/amount.js';
import { type Candidate, rateRoots, refine } from '../internal/polynomialRoots.js';
import { narrow } from '../internal/wide.js';
import { readCashflows } from './npv.js';

const FN = 'irr';

/** Options of {@link irr}. @category Funding */
export interface IrrOptions {
  /**
   * The rate the answer should be nearest to when the cash flows have several internal rates of
   * return (a fraction or `'10%'`, above −1). Default `0.1`, Excel's and numpy-financial's guess.
   * With one root (one change of sign in the flows, the usual case) it does not matter.
   */
  readonly guess?: DecimalInput;
  /**
   * How close the returned rate must be to the root: within `tolerance × max(1, |rate|)`.
   * A positive number below 1; default `1e-24`. Below about `1e-32` the 34 significant digits of
   * the arithmetic are the limit, and the solver stops there.
   */
  readonly tolerance?: DecimalInput;
  /** The most refinement steps per root (Newton or bisection); an integer ≥ 1, default 200. */
  readonly maxIterations?: number;
}

const DEFAULT_GUESS = '0.1';
const DEFAULT_TOLERANCE = '1e-24';
const DEFAULT_MAX_ITERATIONS = 200;
/**
 * The internal rate of return of a series of cash flows (内部收益率, IRR): the rate per period at
 * which their net present value is zero.
 *
 * Formula: the rate r > −1 with Σ_{t=0..n} c_t / (1 + r)^t = 0 (numpy-financial `irr`, Excel
 * `IRR`; the root does not depend on the NPV convention).
 *
 * Source: Excel `IRR` and numpy-financial `irr`: IRR([−100, 39, 59, 55, 20]) = 0.28095. Unlike
 * their floating-point Newton iterations, the roots are first isolated exactly: with x = 1/(1+r)
 * the NPV is a polynomial with integer coefficients (the flows scaled), and Descartes' rule of
 * signs with bisection in exact integer arithmetic (the Vincent–Collins–Akritas method) finds an
 * interval around every root in (−1, ∞). So the answer is well defined when the flows change sign
 * more than once and have several IRRs: **the root nearest to `options.guess`** (default 0.1; on
 * a tie, the lower rate) is returned. That root is then refined by Newton's method safeguarded
 * by bisection inside its interval, in 60-digit decimals, to within `tolerance × max(1, |r|)`
 * (default 1e-24) and at most `maxIterations` steps; a few more Newton steps then polish the
 * simple root until a step changes none of the digits kept, so the rate returned is correctly
 * rounded to 34 significant digits. A multiple root,
 * or roots closer together than about 1e-30 in 1/(1+r), count as one root. Cash flows may be
 * quantities of one dimension (converted first; the rate has no unit).
 *
 * @param cashflows - the cash flows, one per period, outflows negative (现金流量)
 * @param options - `guess`, `tolerance`, `maxIterations` (see {@link IrrOptions})
 * @returns the internal rate of return per period, as a fraction
 * @throws TownIndicatorsError `NO_SOLUTION` when the flows do not have both a positive and a
 *   negative value, when no rate above −1 makes the NPV zero, or when the refinement does not
 *   converge within `maxIterations`; `INVALID_ARGUMENT` for `cashflows` that is not a list,
 *   `options` that is not an object, or a bad option (guess ≤ −1, tolerance not in (0, 1), maxIterations not an integer ≥ 1);
 *   `UNIT_MISMATCH` for cash flows of different dimensions or currencies; `INVALID_NUMBER` for a
 *   value that is not a number
 * @example
 * ```ts
 * irr([-100, 39, 59, 55, 20]).toFixed(5);
 * // => '0.28095'
 * ```
 *
 * @category Funding
 */
export function irr(cashflows: readonly AmountInput[], options: IrrOptions = {}): Decimal {
  requireOptions(FN, options);
  const { guess, tolerance, maxIterations } = readOptions(options);
  const { values } = readCashflows(FN, cashflows);
  const candidates = rateRoots(FN, values);
  return narrow(nearestRoot(candidates, guess, tolerance, maxIterations));
}

function readOptions(options: IrrOptions): {
  guess: Decimal;
  tolerance: Decimal;
  maxIterations: number;
} {
  const guess = toDecimal(options.guess ?? DEFAULT_GUESS, { fn: FN, arg: 'options.guess' });
  if (guess.lte(-1)) {
    throw invalidArgumentError(
      FN,
      'options.guess',
      `must be a rate above −1, got "${guess.toString()}"`,
      guess.toString(),
    );
  }
  const tolerance = toDecimal(options.tolerance ?? DEFAULT_TOLERANCE, {
    fn: FN,
    arg: 'options.tolerance',
  });
  if (tolerance.lte(0) || tolerance.gte(1)) {
    throw invalidArgumentError(
      FN,
      'options.tolerance',
      `must be positive and below 1, got "${tolerance.toString()}"`,
      tolerance.toString(),
    );
  }
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw invalidArgumentError(
      FN,
      'options.maxIterations',
      `must be an integer ≥ 1, got ${String(maxIterations)}`,
      maxIterations,
    );
  }
  return { guess, tolerance, maxIterations };
}

/** The distance from `guess` to a candidate's rate interval (0 when the guess is inside). */
function distanceTo(candidate: Candidate, guess: Decimal): Decimal {
  if (guess.lt(candidate.low)) return candidate.low.minus(guess);
  if (candidate.high !== undefined && guess.gt(candidate.high)) return guess.minus(candidate.high);
  return new Decimal(0);
}

/**
 * Refines the candidates in order of their distance from the guess and returns the root nearest
 * to it; candidates that cannot be nearer than the best root so far are not refined.
 */
function nearestRoot(
  candidates: readonly Candidate[],
  guess: Decimal,
  tolerance: Decimal,
  maxIterations: number,
): Decimal {
  const ordered = candidates
    .map((candidate) => ({ candidate, distance: distanceTo(candidate, guess) }))
    .sort(
      (a, b) => a.distance.comparedTo(b.distance) || a.candidate.low.comparedTo(b.candidate.low),
    );
  let best: Decimal | undefined;
  let bestDistance: Decimal | undefined;
  for (const { candidate, distance } of ordered) {
    if (bestDistance !== undefined && distance.gt(bestDistance)) break;
    const rate = refine(FN, candidate, tolerance, maxIterations);
    const gap = rate.minus(guess).abs();
    if (
      bestDistance === undefined ||
      best === undefined ||
      gap.lt(bestDistance) ||
      (gap.eq(bestDistance) && rate.lt(best))
    ) {
      best = rate;
      bestDistance = gap;
    }
  }
  // `candidates` is not empty, so a root was refined.
  return best as Decimal;
}
