/**
 * Solving f(r) = 0 for a rate r > −1 in 60-digit decimals, as Excel's RATE and XIRR do it:
 * Newton's method from a guess, with the root it reaches refined until a step is below 1e-40 of
 * it; when Newton does not converge, a scan of r = e^x − 1 for sign changes, each bracket bisected
 * to 60 digits, and the root nearest the guess. Shared by {@link rate} and {@link xirr}.
 *
 * @example
 * ```ts
 * // Internal; rate solves the annuity equation with it (Excel's RATE(4*12, -200, 8000)):
 * rate(48, -200, 8000).times(12).toFixed(6);
 * // => '0.092418'
 * ```
 *
 * @internal
 * @module
 */
import { invalidArgumentError, noSolutionError } from '../../errors.js';
import { type Decimal, type DecimalInput, toDecimal } from '../../numbers/decimal.js';
import { WideDecimal } from './wide.js';

const NEWTON_STEPS = 200;
const BISECTION_STEPS = 210;
const STEP_DONE = /* @__PURE__ */ new WideDecimal('1e-40');
const DERIVATIVE_STEP = /* @__PURE__ */ new WideDecimal('1e-25');
/** Rates beyond this are not rates of a project: the scan and Newton stop there. */
const MAX_RATE = /* @__PURE__ */ new WideDecimal('1e6');

/** A function of the rate, evaluated in 60 digits; `undefined` where it has no value. */
export type RateFunction = (rate: Decimal) => Decimal | undefined;

function derivative(f: RateFunction, r: Decimal): Decimal | undefined {
  const h = DERIVATIVE_STEP.times(WideDecimal.max(1, r.abs()));
  const up = f(r.plus(h));
  const down = f(r.minus(h));
  if (up === undefined || down === undefined) return undefined;
  return up.minus(down).div(h.times(2));
}

function newton(f: RateFunction, guess: Decimal, slopeOf?: RateFunction): Decimal | undefined {
  let r = guess;
  for (let step = 0; step < NEWTON_STEPS; step += 1) {
    const value = f(r);
    if (value === undefined) return undefined;
    if (value.isZero()) return r;
    const slope = slopeOf === undefined ? derivative(f, r) : slopeOf(r);
    if (slope === undefined || slope.isZero()) return undefined;
    let next = r.minus(value.div(slope));
    // Stay above −1: halve the way to it instead of crossing it.
    if (next.lte(-1)) next = r.minus(1).div(2);
    if (next.abs().gt(MAX_RATE)) return undefined;
    if (
      next
        .minus(r)
        .abs()
        .lte(STEP_DONE.times(WideDecimal.max(1, next.abs())))
    )
      return next;
    r = next;
  }
  return undefined;
}

function bisect(f: RateFunction, low: Decimal, high: Decimal, lowValue: Decimal): Decimal {
  let a = low;
  let b = high;
  const negativeAtLow = lowValue.isNegative();
  for (let step = 0; step < BISECTION_STEPS; step += 1) {
    const middle = a.plus(b).div(2);
    const value = f(middle);
    if (value === undefined || value.isZero()) return middle;
    if (value.isNegative() === negativeAtLow) a = middle;
    else b = middle;
  }
  return a.plus(b).div(2);
}

/** Every root found by sign changes of f over r = e^x − 1, x from −20 to 14 in steps of 0.05. */
function scan(f: RateFunction): Decimal[] {
  const roots: Decimal[] = [];
  let previous: { r: Decimal; value: Decimal } | undefined;
  for (let i = -400; i <= 280; i += 1) {
    const r = new WideDecimal(i).div(20).exp().minus(1);
    const value = f(r);
    if (value === undefined) {
      previous = undefined;
      continue;
    }
    if (value.isZero()) roots.push(r);
    else if (previous !== undefined && previous.value.isNegative() !== value.isNegative()) {
      roots.push(bisect(f, previous.r, r, previous.value));
    }
    previous = { r, value };
  }
  return roots;
}

/**
 * The rate where f is zero: where Newton's method from `guess` converges, else the root of a
 * sign change nearest the guess. `slopeOf` gives f's derivative when it is cheaper than the
 * central difference (two more evaluations of f).
 *
 * @throws TownIndicatorsError `NO_SOLUTION` when neither finds a root above −1
 * @internal
 */
export function solveRate(
  fn: string,
  f: RateFunction,
  guess: Decimal,
  what: string,
  slopeOf?: RateFunction,
): Decimal {
  const start = new WideDecimal(guess);
  const reached = newton(f, start, slopeOf);
  if (reached?.gt(-1)) return reached;
  const roots = scan(f);
  if (roots.length === 0) throw noSolutionError(fn, `no rate above −1 makes ${what} zero`);
  return roots.reduce((best, root) =>
    root.minus(start).abs().lt(best.minus(start).abs()) ? root : best,
  );
}

/**
 * Reads `options.guess`: a rate above −1; default 0.1, Excel's.
 *
 * @internal
 */
export function readGuess(fn: string, value: DecimalInput | undefined): Decimal {
  const guess = toDecimal(value ?? '0.1', { fn, arg: 'options.guess' });
  if (guess.lte(-1)) {
    throw invalidArgumentError(
      fn,
      'options.guess',
      `must be above −1, got ${guess.toString()}`,
      guess,
    );
  }
  return guess;
}
