import { invalidArgumentError, noSolutionError } from '../../errors.js';
import { Decimal, type DecimalInput, toDecimal } from '../../numbers/decimal.js';
import { requireOptions } from '../../numbers/internal.js';
import type { AmountInput } from '../../units/amount.js';
import { type Candidate, rateRoots, refine } from '../internal/polynomialRoots.js';
import { narrow, WideDecimal } from '../internal/wide.js';
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
  /**
   * Which root to return when the flows have several internal rates of return (they change sign
   * more than once; {@link irrRoots} lists them all):
   * - `'nearest-guess'` (default): the root nearest `guess`;
   * - `'excel'`: the root Excel's IRR reaches — Newton's method on the NPV from `guess` (default
   *   10 %), at most 20 steps, to 0.00001 % (Microsoft's IRR documentation);
   * - `'numpy'`: the root numpy-financial 1.0's `irr` reaches — Newton's method on the polynomial
   *   in 1 + r, at most 100 steps, from `guess` or else from inflows / outflows − 1;
   * - `'unique'`: the root only when there is one; several → `NO_SOLUTION` naming them all.
   *
   * The rate returned is the exact root (correctly rounded to 34 digits) that the rule picks,
   * however roughly the peer's own iteration would have approached it.
   */
  readonly select?: 'nearest-guess' | 'excel' | 'numpy' | 'unique';
}

const DEFAULT_GUESS = '0.1';
const DEFAULT_TOLERANCE = '1e-24';
const DEFAULT_MAX_ITERATIONS = 200;
/** Roots closer than this (relative) are one root: a double root isolated twice. */
const SAME_ROOT = /* @__PURE__ */ new Decimal('1e-20');
const EXCEL_TOLERANCE = /* @__PURE__ */ new Decimal('1e-7');
const NUMPY_TOLERANCE = /* @__PURE__ */ new Decimal('1e-12');
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
  const select = readSelect(options.select);
  const { values } = readCashflows(FN, cashflows);
  const candidates = rateRoots(FN, values);
  if (select === 'nearest-guess') {
    return narrow(nearestRoot(candidates, guess, tolerance, maxIterations), FN);
  }
  const roots = distinctRoots(candidates.map((c) => refine(FN, c, tolerance, maxIterations)));
  if (select === 'unique') {
    if (roots.length === 1) return narrow(roots[0] as Decimal, FN);
    throw noSolutionError(
      FN,
      `the cash flows have ${roots.length} internal rates of return: ${roots.map((r) => narrow(r, FN).toSignificantDigits(12).toString()).join(', ')}; choose one with options.select ('nearest-guess', 'excel' or 'numpy'), or list them with irrRoots`,
      { roots: roots.map((r) => narrow(r, FN).toString()) },
    );
  }
  const reached =
    select === 'excel'
      ? newtonOnNpv(values, options.guess === undefined ? new Decimal(DEFAULT_GUESS) : guess)
      : newtonOnPolynomial(values, options.guess === undefined ? numpyGuess(values) : guess);
  if (reached === undefined) {
    throw noSolutionError(
      FN,
      `${select === 'excel' ? "Excel's" : "numpy-financial's"} Newton iteration does not converge from the guess`,
    );
  }
  const nearest = roots.reduce((best, root) =>
    root.minus(reached).abs().lt(best.minus(reached).abs()) ? root : best,
  );
  return narrow(nearest, FN);
}

function readSelect(value: unknown): NonNullable<IrrOptions['select']> {
  if (value === undefined) return 'nearest-guess';
  if (value === 'nearest-guess' || value === 'excel' || value === 'numpy' || value === 'unique') {
    return value;
  }
  throw invalidArgumentError(
    FN,
    'options.select',
    `must be 'nearest-guess', 'excel', 'numpy' or 'unique', got ${JSON.stringify(String(value))}`,
    value,
  );
}

/** Roots in ascending order, each once (a root found from both branches, or twice, counts once). */
export function distinctRoots(roots: readonly Decimal[]): Decimal[] {
  const sorted = [...roots].sort((a, b) => a.comparedTo(b));
  return sorted.filter(
    (root, i) =>
      i === 0 ||
      !root
        .minus(sorted[i - 1] as Decimal)
        .abs()
        .lte(SAME_ROOT.times(Decimal.max(1, root.abs()))),
  );
}

/** numpy-financial 1.0's guess without one given: inflows / outflows − 1. */
function numpyGuess(values: readonly Decimal[]): Decimal {
  let inflow = new WideDecimal(0);
  let outflow = new WideDecimal(0);
  for (const value of values) {
    if (value.gt(0)) inflow = inflow.plus(value);
    else outflow = outflow.minus(value);
  }
  return outflow.isZero() ? new WideDecimal('0.5') : inflow.div(outflow).minus(1);
}

/** Excel's IRR iteration: Newton on Σ c_t (1 + r)^−t from the guess, 20 steps, to 1e-7. */
function newtonOnNpv(values: readonly Decimal[], guess: Decimal): Decimal | undefined {
  let r = new WideDecimal(guess);
  for (let step = 0; step < 20; step += 1) {
    const base = r.plus(1);
    if (base.lte(0)) return undefined;
    let value = new WideDecimal(0);
    let slope = new WideDecimal(0);
    values.forEach((c, t) => {
      const discount = base.pow(-t);
      value = value.plus(discount.times(c));
      slope = slope.minus(discount.div(base).times(c).times(t));
    });
    if (slope.isZero()) return undefined;
    const next = r.minus(value.div(slope));
    if (next.minus(r).abs().lt(EXCEL_TOLERANCE)) return next;
    r = next;
  }
  return undefined;
}

/** numpy-financial 1.0's iteration: Newton on Σ V_t g^(N − t) in g = 1 + r, 100 steps, to 1e-12. */
function newtonOnPolynomial(values: readonly Decimal[], guess: Decimal): Decimal | undefined {
  const n = values.length - 1;
  let g = new WideDecimal(guess).plus(1);
  for (let step = 0; step < 100; step += 1) {
    let value = new WideDecimal(0);
    let slope = new WideDecimal(0);
    for (let t = 0; t <= n; t += 1) {
      const c = new WideDecimal(values[t] as Decimal);
      value = value.times(g).plus(c);
      if (t < n) slope = slope.times(g).plus(c.times(n - t));
    }
    if (slope.isZero()) return undefined;
    const delta = value.div(slope);
    if (delta.abs().lt(NUMPY_TOLERANCE)) return g.minus(1);
    g = g.minus(delta);
  }
  return undefined;
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
