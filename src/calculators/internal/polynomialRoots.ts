/**
 * The roots of a cash-flow polynomial: every rate r > −1 with Σ c_t / (1 + r)^t = 0, isolated
 * rigorously on exact integers (Descartes' rule of signs and bisection, Collins–Akritas), then
 * refined in 60-digit decimals (Newton with bisection fallback, `rtsafe`) and polished so that the
 * 34-digit rate is correctly rounded. Shared by the IRR calculators.
 *
 * Source: G. E. Collins and A. G. Akritas, "Polynomial real root isolation using Descartes' rule
 * of signs" (1976); Numerical Recipes §9.4.
 *
 * @example
 * ```ts
 * // Internal; irr refines the root nearest its guess (seed figures of DOMAIN.md).
 * irr([-100, 39, 59, 55, 20]).toFixed(5);
 * // => '0.28095'
 * ```
 *
 * @internal
 * @module
 */
import { noSolutionError } from '../../errors.js';
import { Decimal } from '../../numbers/decimal.js';
import { WideDecimal } from './wide.js';

/** Bisection depth at which a root interval (width 2^-100 ≈ 8e-31) is taken as one root. */
const MAX_DEPTH = 100;
/** The most intervals the root isolation may examine before it gives up. */
const MAX_NODES = 20_000;
/** The most Newton steps that polish a converged root to the last of the 34 digits. */
const POLISH_STEPS = 8;
/** A polishing step this small (relative to z) changes none of the 34 digits of the rate. */
const POLISH_DONE = /* @__PURE__ */ new WideDecimal('1e-50');

/**
 * A root of the branch polynomial in z ∈ (0, 1), on the dyadic grid: at z = c / 2^k (`exact`), in
 * the open interval (c / 2^k, (c + 1) / 2^k) with exactly one simple root (`interval`; `signLow`
 * is the sign of the polynomial just above the low end), or a cluster of roots (or a multiple
 * root) in that interval, narrower than 2^-MAX_DEPTH (`cluster`).
 */
export interface Isolated {
  readonly kind: 'exact' | 'interval' | 'cluster';
  readonly c: bigint;
  readonly k: number;
  readonly signLow: number;
}

/** A polynomial in z with z ∈ (0, 1) that maps to a rate: x = 1/(1+r) or y = 1 + r. */
export interface Branch {
  /** Coefficients, lowest degree first, as decimals (for evaluation) and as integers. */
  readonly coefficients: readonly Decimal[];
  readonly integers: readonly bigint[];
  /** The rate of a point z of this branch. */
  readonly rate: (z: Decimal) => Decimal;
  /** How far z may be from the root for the rate to be within `toleranceOfRate` of it. */
  readonly zTolerance: (z: Decimal, toleranceOfRate: Decimal) => Decimal;
}

/** A root found, as a rate interval [low, high] (equal for an exact root). */
export interface Candidate {
  readonly low: Decimal;
  readonly high: Decimal | undefined; // undefined: +∞
  readonly branch: Branch;
  readonly root: Isolated;
}

/**
 * Every real rate above −1 at which cash flows have a net present value of zero, each isolated
 * exactly (Descartes' rule of signs with bisection on the integer coefficients, Collins–Akritas)
 * as an interval of the rate, not yet refined; in no particular order.
 *
 * @throws TownIndicatorsError `NO_SOLUTION` when the flows do not change sign, when no rate above
 *   −1 is a root, or when roots cluster too tightly to separate
 */
export function rateRoots(fn: string, values: readonly Decimal[]): Candidate[] {
  const hasPositive = values.some((value) => value.isPositive() && !value.isZero());
  const hasNegative = values.some((value) => value.isNegative() && !value.isZero());
  if (!hasPositive || !hasNegative) {
    throw noSolutionError(fn, 'the cash flows need at least one positive and one negative value');
  }
  // Zero flows before the first and after the last non-zero flow change no root in (−1, ∞).
  const first = values.findIndex((value) => !value.isZero());
  let last = values.length - 1;
  while (last > first && (values[last] as Decimal).isZero()) last -= 1;
  const coefficients = values.slice(first, last + 1);
  const integers = toIntegers(coefficients);

  // One sign change: exactly one root in (−1, ∞) (Descartes), bracketed without isolating
  // anything: the isolation's Taylor shifts are quadratic (10,000 flows took 12 s).
  if (signVariations(integers) === 1) return [singleRoot(coefficients, integers)];
  const candidates: Candidate[] = [];
  const x = xBranch(coefficients, integers);
  // r = 0 (x = 1): the flows add up to zero.
  if (integers.reduce((a, b) => a + b, 0n) === 0n) {
    const zero = new WideDecimal(0);
    candidates.push({
      low: zero,
      high: zero,
      branch: x,
      root: { kind: 'exact', c: 1n, k: 0, signLow: 0 },
    });
  }
  // r > 0: x = 1/(1+r) in (0, 1), roots of P(x) = Σ c_t x^t.
  for (const root of isolateRoots(fn, integers)) {
    const [low, high] = dyadicBounds(root);
    candidates.push({
      low: x.rate(high),
      high: low.isZero() ? undefined : x.rate(low),
      branch: x,
      root,
    });
  }
  // −1 < r < 0: y = 1 + r in (0, 1), roots of y^n P(1/y) = Σ c_t y^(n−t).
  const y = yBranch(coefficients, integers);
  for (const root of isolateRoots(fn, y.integers)) {
    const [low, high] = dyadicBounds(root);
    candidates.push({ low: y.rate(low), high: y.rate(high), branch: y, root });
  }
  if (candidates.length === 0) {
    throw noSolutionError(
      fn,
      'no rate above −1 makes the net present value of the cash flows zero',
    );
  }
  return candidates;
}

/** The decimals scaled by one power of ten to integers, exactly. */
export function toIntegers(values: readonly Decimal[]): bigint[] {
  let scale = 0;
  for (const value of values) scale = Math.max(scale, value.decimalPlaces());
  return values.map((value) => {
    return BigInt(value.toFixed(scale).replace('.', ''));
  });
}

/** The decimals as 60-digit decimals (exact copies), so that evaluating them keeps 60 digits. */
export function widen(values: readonly Decimal[]): Decimal[] {
  return values.map((value) => new WideDecimal(value));
}

export function xBranch(coefficients: readonly Decimal[], integers: readonly bigint[]): Branch {
  return {
    coefficients: widen(coefficients),
    integers,
    rate: (z) => new WideDecimal(1).div(z).minus(1),
    // r = 1/x − 1, so dr = −dx / x².
    zTolerance: (z, toleranceOfRate) => toleranceOfRate.times(z).times(z),
  };
}

export function yBranch(coefficients: readonly Decimal[], integers: readonly bigint[]): Branch {
  return {
    coefficients: widen(coefficients).reverse(),
    integers: [...integers].reverse(),
    rate: (z) => z.minus(1),
    zTolerance: (_z, toleranceOfRate) => toleranceOfRate,
  };
}

function signOf(value: bigint): number {
  return value < 0n ? -1 : value > 0n ? 1 : 0;
}

/**
 * The one root of flows with one sign change: r = 0 when they add up to 0; else in (0, ∞) when
 * P(1) = Σ c has the opposite sign of c₀ (x = 1/(1 + r) in (0, 1)), or in (−1, 0) (y = 1 + r in
 * (0, 1) on the reversed polynomial, whose value at 0 is the last flow).
 */
function singleRoot(coefficients: readonly Decimal[], integers: readonly bigint[]): Candidate {
  const x = xBranch(coefficients, integers);
  const sum = integers.reduce((a, b) => a + b, 0n);
  if (sum === 0n) {
    const zero = new WideDecimal(0);
    return { low: zero, high: zero, branch: x, root: { kind: 'exact', c: 1n, k: 0, signLow: 0 } };
  }
  const first = signOf(integers[0] as bigint);
  if (signOf(sum) !== first) {
    const root: Isolated = { kind: 'interval', c: 0n, k: 0, signLow: first };
    return { low: x.rate(new WideDecimal(1)), high: undefined, branch: x, root };
  }
  const y = yBranch(coefficients, integers);
  const root: Isolated = {
    kind: 'interval',
    c: 0n,
    k: 0,
    signLow: signOf(integers[integers.length - 1] as bigint),
  };
  return { low: y.rate(new WideDecimal(0)), high: y.rate(new WideDecimal(1)), branch: y, root };
}

/** The interval (or point) of an isolated root as 60-digit decimals: [c / 2^k, (c + 1) / 2^k]. */
export function dyadicBounds(root: Isolated): [Decimal, Decimal] {
  const denominator = new WideDecimal(2).pow(root.k);
  const low = new WideDecimal(root.c.toString()).div(denominator);
  if (root.kind === 'exact') return [low, low];
  return [low, new WideDecimal((root.c + 1n).toString()).div(denominator)];
}

/** a(z + 1), by the classical O(n²) Taylor shift; coefficients lowest degree first. */
export function taylorShift(a: readonly bigint[]): bigint[] {
  const b = [...a];
  const n = b.length - 1;
  for (let i = 0; i < n; i += 1) {
    for (let j = n - 1; j >= i; j -= 1) b[j] = (b[j] as bigint) + (b[j + 1] as bigint);
  }
  return b;
}

/** The number of sign changes in a sequence, zeros skipped. */
export function signVariations(a: readonly bigint[]): number {
  let count = 0;
  let previous = 0n;
  for (const value of a) {
    if (value === 0n) continue;
    if ((previous < 0n && value > 0n) || (previous > 0n && value < 0n)) count += 1;
    previous = value;
  }
  return count;
}

/**
 * Descartes' bound for the roots of `a` in (0, 1): the sign variations of (z + 1)^n a(1/(z + 1)).
 * It equals the number of roots there when it is 0 or 1.
 */
export function rootBound(a: readonly bigint[]): number {
  return signVariations(taylorShift([...a].reverse()));
}

/**
 * Isolates the roots in (0, 1) of a polynomial with integer coefficients and a(0) ≠ 0, by
 * bisection with Descartes' rule of signs (Collins–Akritas), in increasing order.
 */
export function isolateRoots(fn: string, a: readonly bigint[]): Isolated[] {
  const roots: Isolated[] = [];
  const budget = { nodes: 0 };
  // Every polynomial handled below has a non-zero constant term, so its sign near the low end of
  // its interval is the sign of that term.
  const visit = (p: readonly bigint[], c: bigint, k: number): void => {
    budget.nodes += 1;
    if (budget.nodes > MAX_NODES) {
      throw noSolutionError(fn, 'the cash flows have too many clustered roots to separate');
    }
    if (p.length < 2) return;
    const bound = rootBound(p);
    if (bound === 0) return;
    const signLow = (p[0] as bigint) > 0n ? 1 : -1;
    if (bound === 1) {
      roots.push({ kind: 'interval', c, k, signLow });
      return;
    }
    if (k >= MAX_DEPTH) {
      roots.push({ kind: 'cluster', c, k, signLow });
      return;
    }
    const n = p.length - 1;
    // Left half: 2^n p(z/2) has the roots of p in (0, 1/2), doubled.
    const left = p.map((value, i) => value << BigInt(n - i));
    visit(left, 2n * c, k + 1);
    // Right half: left(z + 1) has the roots of p in (1/2, 1); a root at 1/2 shows as a zero
    // constant term, which is recorded and divided out.
    const right = taylorShift(left);
    let zeros = 0;
    while (zeros < right.length && right[zeros] === 0n) zeros += 1;
    if (zeros > 0) roots.push({ kind: 'exact', c: 2n * c + 1n, k: k + 1, signLow: 0 });
    visit(right.slice(zeros), 2n * c + 1n, k + 1);
  };
  visit(a, 0n, 0);
  return roots;
}

/** The value and the derivative of a polynomial at z (Horner's scheme). */
export function evaluate(coefficients: readonly Decimal[], z: Decimal): [Decimal, Decimal] {
  const n = coefficients.length - 1;
  let value = coefficients[n] as Decimal;
  let slope: Decimal = new WideDecimal(0);
  for (let j = n - 1; j >= 0; j -= 1) {
    slope = slope.times(z).plus(value);
    value = value.times(z).plus(coefficients[j] as Decimal);
  }
  return [value, slope];
}

/**
 * Newton steps in 60 digits from a root `z` already within the tolerance, kept inside the bracket
 * (`negative`, `positive`) of the simple root, until a step is below 1e-50 of z (at most
 * {@link POLISH_STEPS}): the rate of z is then exact to far more than the 34 digits kept, so that
 * rounding it once gives the correctly rounded rate.
 */
export function polish(branch: Branch, z: Decimal, negative: Decimal, positive: Decimal): Decimal {
  const low = WideDecimal.min(negative, positive);
  const high = WideDecimal.max(negative, positive);
  let current = z;
  for (let step = 0; step < POLISH_STEPS; step += 1) {
    const [value, slope] = evaluate(branch.coefficients, current);
    if (value.isZero() || slope.isZero()) break;
    const next = current.minus(value.div(slope));
    if (!next.gt(low) || !next.lt(high)) break;
    const done = next.minus(current).abs().lte(next.times(POLISH_DONE));
    current = next;
    if (done) break;
  }
  return branch.rate(current);
}

/**
 * Refines an isolated root to the tolerance: Newton's method, falling back to bisection whenever
 * a Newton step would leave the bracket or does not halve the step before (`rtsafe`, Numerical
 * Recipes §9.4), in z, with the stopping test on the rate, in 60-digit decimals. It also stops
 * when a step no longer changes z. The converged root is then {@link polish}ed.
 */
export function refine(
  fn: string,
  candidate: Candidate,
  tolerance: Decimal,
  maxIterations: number,
): Decimal {
  const { branch, root } = candidate;
  const [low, high] = dyadicBounds(root);
  if (root.kind === 'exact') return branch.rate(low);
  if (root.kind === 'cluster') return branch.rate(low.plus(high).div(2));
  // The polynomial is negative just inside `negative` and positive just inside `positive`.
  let negative = root.signLow < 0 ? low : high;
  let positive = root.signLow < 0 ? high : low;
  let z = low.plus(high).div(2);
  let step = high.minus(low);
  let previousStep = step;
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    const [value, slope] = evaluate(branch.coefficients, z);
    if (value.isZero()) return branch.rate(z);
    if (value.isNegative()) negative = z;
    else positive = z;
    // Newton's step z − value/slope stays strictly inside the bracket iff both factors are < 0.
    const outside =
      slope.isZero() ||
      z
        .minus(positive)
        .times(slope)
        .minus(value)
        .times(z.minus(negative).times(slope).minus(value))
        .gte(0);
    const previous = z;
    if (outside || value.times(2).abs().gt(previousStep.times(slope).abs())) {
      previousStep = step;
      step = positive.minus(negative).div(2);
      z = negative.plus(step);
    } else {
      previousStep = step;
      step = value.div(slope);
      z = z.minus(step);
    }
    const rate = branch.rate(z);
    if (z.eq(previous) || z.eq(negative) || z.eq(positive)) return rate;
    const rateTolerance = tolerance.times(Decimal.max(1, rate.abs()));
    if (step.abs().lte(branch.zTolerance(z, rateTolerance))) {
      return polish(branch, z, negative, positive);
    }
  }
  throw noSolutionError(fn, `the refinement did not converge in ${maxIterations} steps`);
}
