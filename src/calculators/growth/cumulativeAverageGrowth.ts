import {
  divisionByZeroError,
  invalidArgumentError,
  nonPositiveBaseError,
  noSolutionError,
} from '../../errors.js';
import { Decimal, type DecimalInput, toDecimal } from '../../numbers/decimal.js';
import { requireList, requireOptions } from '../../numbers/internal.js';
import type { AmountInput } from '../../units/amount.js';
import { isQuantity } from '../../units/quantity.js';
import type { Unit } from '../../units/table.js';
import { firstUnit, readInBaseUnits } from '../internal/operands.js';
import { narrow, WideDecimal } from '../internal/wide.js';

const FN = 'cumulativeAverageGrowth';
const BASE = { fn: FN, arg: 'base' } as const;
const TOLERANCE = { fn: FN, arg: 'options.tolerance' } as const;

const DEFAULT_TOLERANCE = '1e-24';
const DEFAULT_MAX_ITERATIONS = 200;
const MIN_TOLERANCE = '1e-40';
const MAX_TOLERANCE = '0.01';
const MAX_ITERATIONS_LIMIT = 10_000;

/** Options of {@link cumulativeAverageGrowth}. @category Growth */
export interface CumulativeAverageGrowthOptions {
  /**
   * The largest error allowed on the growth rate `x` (absolute, as a fraction). Default `1e-24`;
   * accepted from `1e-40` to `0.01`.
   */
  readonly tolerance?: DecimalInput;
  /** The most solver steps before giving up with `NO_SOLUTION`. Default 200; 1 to 10000. */
  readonly maxIterations?: number;
}

interface Residual {
  /** g(y) − R */
  readonly f: Decimal;
  /** g′(y) */
  readonly df: Decimal;
}

/** g(y) = y + y² + … + yⁿ and its derivative, by Horner's rule, minus the target ratio. */
function residual(y: Decimal, n: number, ratio: Decimal): Residual {
  let s: Decimal = new WideDecimal(0);
  let d: Decimal = new WideDecimal(0);
  for (let i = 0; i < n; i += 1) {
    const p = s.plus(1);
    d = d.times(y).plus(p);
    s = p.times(y);
  }
  return { f: s.minus(ratio), df: d };
}

/**
 * Solves g(y) = R for y > 0, where g(y) = Σ_{i=1..n} yⁱ is increasing and convex on y > 0.
 * Safeguarded Newton (steps that leave the bracket become bisections), started from an upper bound
 * so that the Newton steps approach the root from above; a candidate is accepted only when the
 * residual changes sign across [y − tol, y + tol], so |y − y*| ≤ tol is certain.
 */
function solve(ratio: Decimal, n: number, tol: Decimal, maxIterations: number): Decimal {
  const count = new WideDecimal(n);
  const perYear = ratio.div(count);
  const root = (value: Decimal): Decimal => value.pow(new WideDecimal(1).div(count));
  // yⁿ ≤ g(y) and y ≤ g(y) give y* ≤ min(R, R^(1/n)); g(y) ≤ n·y on (0, 1] and g(y) ≤ n·yⁿ on
  // [1, ∞) give y* ≥ min(R/n, (R/n)^(1/n)).
  let lo = WideDecimal.min(perYear, root(perYear));
  let hi = WideDecimal.min(ratio, root(ratio));
  let atLo = residual(lo, n, ratio);
  let atHi = residual(hi, n, ratio);
  if (atLo.f.isPositive() || atHi.f.isNegative()) {
    // Rounding in the bounds: fall back to the plain bracket g(0) = 0 < R ≤ g(max(1, R)).
    lo = new WideDecimal(0);
    hi = WideDecimal.max(1, ratio);
    atLo = residual(lo, n, ratio);
    atHi = residual(hi, n, ratio);
  }
  if (atLo.f.isZero()) return lo;
  if (atHi.f.isZero()) return hi;
  let y = hi;
  let { f, df } = atHi;
  let bisect = false;
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    let next = bisect ? lo : y.minus(f.div(df));
    if (!next.gt(lo) || !next.lt(hi)) next = lo.plus(hi).div(2);
    const step = next.minus(y).abs();
    y = next;
    ({ f, df } = residual(y, n, ratio));
    if (f.isZero()) return y;
    if (f.isNegative()) lo = y;
    else hi = y;
    if (hi.minus(lo).lte(tol.times(2))) return lo.plus(hi).div(2);
    bisect = false;
    if (step.lte(tol)) {
      // Certify: the root lies within tol of y when the residual changes sign around it.
      const below = y.minus(tol);
      const above = y.plus(tol);
      const belowOk = below.lte(lo) || !residual(below, n, ratio).f.isPositive();
      const aboveOk = above.gte(hi) || !residual(above, n, ratio).f.isNegative();
      if (belowOk && aboveOk) return y;
      bisect = true;
    }
  }
  throw noSolutionError(FN, `the solver did not reach tolerance ${tol.toString()}`, {
    maxIterations,
    tolerance: tol.toString(),
  });
}

function readTolerance(value: DecimalInput | undefined): Decimal {
  if (value === undefined) return new WideDecimal(DEFAULT_TOLERANCE);
  const tolerance = new WideDecimal(toDecimal(value, TOLERANCE));
  if (tolerance.lt(MIN_TOLERANCE) || tolerance.gt(MAX_TOLERANCE)) {
    throw invalidArgumentError(
      FN,
      'options.tolerance',
      `must be from ${MIN_TOLERANCE} to ${MAX_TOLERANCE}, got ${tolerance.toString()}`,
      value,
    );
  }
  return tolerance;
}

function readMaxIterations(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MAX_ITERATIONS;
  if (!Number.isInteger(value) || value < 1 || value > MAX_ITERATIONS_LIMIT) {
    throw invalidArgumentError(
      FN,
      'options.maxIterations',
      `must be an integer from 1 to ${MAX_ITERATIONS_LIMIT}, got ${String(value)}`,
      value,
    );
  }
  return value;
}

function sumInBaseUnits(values: readonly AmountInput[], unit: Unit | undefined): Decimal {
  let sum: Decimal = new WideDecimal(0);
  // Every index, holes too: a hole is read as `undefined` and throws `INVALID_NUMBER` naming it.
  for (let index = 0; index < values.length; index += 1) {
    const arg = `values[${index}]`;
    sum = sum.plus(readInBaseUnits({ fn: FN, arg }, values[index] as AmountInput, unit));
  }
  return sum;
}

/**
 * The average annual growth rate by the cumulative method (年均增长速度, 累计法 / 方程式法): the
 * constant rate at which the yearly values, starting from the base, would add up to the same
 * total as the actual values of the years.
 *
 * Formula: the `x` with `Σ_{i=1..n} base·(1 + x)^i = Σ_{i=1..n} values_i`, `n = values.length`
 * (NBS 累计法; used for cumulative totals such as investment over a plan period). Unlike the level
 * method ({@link averageAnnualGrowth}) every year counts: base 100 then 110 / 120 / 135 gives
 * 10.13 % here against 10.52 % by the level method.
 *
 * Solved in 60-digit decimals: the left side is increasing and convex in `1 + x`, so the
 * root is unique; a safeguarded Newton iteration (bisection whenever a step leaves the bracket)
 * starts from a proven bracket, and a result is accepted only once the residual changes sign
 * within `tolerance` of it, so `|x − x*| ≤ tolerance` is guaranteed (default `1e-24`). Newton's
 * quadratic convergence usually makes every returned digit (34 significant) correct — the NBS
 * example matches a 60-digit reference to better than 1e-33. It typically needs 3 to 7 steps;
 * it never loops forever: after `maxIterations` steps (default 200) it throws `NO_SOLUTION`.
 *
 * The sum of `values` is the numerator of the ratio `Σ values / base`: when it is zero the rate
 * is `−1` (the only root with `1 + x ≥ 0`: every year's value fell to nothing).
 *
 * @param base - the value of the base year (基期): a number, a decimal string or a {@link Quantity}
 * @param values - the values of years 1 … n (at least one), in units of the same dimension
 * @param options - `tolerance` on `x` and `maxIterations` of the solver
 * @returns the average growth per year as a fraction (`−1` when the values sum to zero)
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `base` is zero; `NON_POSITIVE_BASE` when
 *   `base` is negative or the sum of `values` is negative; `INVALID_ARGUMENT` when `values` is
 *   not a non-empty list, `options` is not an object or an option is out of range;
 *   `NO_SOLUTION` when the solver does not converge within `maxIterations`; `UNIT_MISMATCH`;
 *   `INVALID_NUMBER` for a base or value that is not a number
 * @example
 * ```ts
 * // NBS: base 100, then 110 / 120 / 135 → 累计法 10.13 % a year
 * cumulativeAverageGrowth('100', ['110', '120', '135']).toFixed(4);
 * // => '0.1013'
 * ```
 *
 * @category Growth
 */
export function cumulativeAverageGrowth(
  base: AmountInput,
  values: readonly AmountInput[],
  options: CumulativeAverageGrowthOptions = {},
): Decimal {
  requireList(FN, 'values', values, 'values, one per year');
  if (values.length === 0) {
    throw invalidArgumentError(FN, 'values', 'must hold at least one value', values);
  }
  requireOptions(FN, options);
  const tolerance = readTolerance(options.tolerance);
  const maxIterations = readMaxIterations(options.maxIterations);
  const unit = firstUnit(
    base,
    values.find((value) => isQuantity(value)),
  );
  const b = new WideDecimal(readInBaseUnits(BASE, base, unit));
  if (b.isZero()) throw divisionByZeroError(FN, 'base');
  if (b.isNegative()) throw nonPositiveBaseError(FN, 'base', base);
  const total = sumInBaseUnits(values, unit);
  if (total.isZero()) return new Decimal(-1);
  if (total.isNegative()) throw nonPositiveBaseError(FN, 'sum of values', narrow(total, FN));
  const y = solve(total.div(b), values.length, tolerance, maxIterations);
  return narrow(y.minus(1), FN);
}
