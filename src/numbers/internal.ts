/**
 * Number helpers the calculators and audits share: a wide-precision decimal for results that
 * chain several operations (each is computed in 60 digits and rounded once to 34), the compound
 * rate of the level method, reading a number of years, checks of the shape of object and list
 * arguments, the non-negative check, and an exact sum. Internal: not re-exported.
 *
 * @internal
 * @module
 */
import { type ArgName, divisionByZeroError, invalidArgumentError } from '../errors.js';
import { Decimal, type DecimalInput, kindOf, toDecimal } from './decimal.js';

export { kindOf };

/**
 * A decimal constructor with 60 significant digits (rounding half up, like {@link Decimal}), used
 * inside iterative solvers and regressions so that their 34-digit results keep every digit.
 *
 * @internal
 */
export const WideDecimal: typeof Decimal = /* @__PURE__ */ Decimal.clone({ precision: 60 });

/**
 * Rounds a wide decimal to the library's 34 significant digits, as a {@link Decimal}.
 *
 * @internal
 */
export function narrow(value: Decimal): Decimal {
  return new Decimal(value.toSignificantDigits(Decimal.precision, Decimal.ROUND_HALF_UP));
}

/**
 * Reads a number of years: a finite number (else `INVALID_NUMBER`), not zero (every formula with
 * years divides by them or takes the `1 / years` root: `DIVISION_BY_ZERO`, `fn: years is zero,
 * and the formula divides by it`) and not negative (`INVALID_ARGUMENT`, `fn: years must be
 * positive, got -1`).
 *
 * @internal
 */
export function readYears(value: DecimalInput, name: ArgName): Decimal {
  const years = toDecimal(value, name);
  if (years.isZero()) throw divisionByZeroError(name.fn, name.arg);
  if (years.isNegative()) {
    throw invalidArgumentError(
      name.fn,
      name.arg,
      `must be positive, got ${years.toString()}`,
      value,
    );
  }
  return years;
}

/** The largest whole number of years for which {@link compoundRate} refines a root by Newton. */
const MAX_NEWTON_YEARS = 1_000_000;

/**
 * A Newton correction below this (relative to the root) ends the refinement: the error left after
 * it is about `n/2 · correction²` ≤ 10⁶ · 10⁻⁵⁶ = 10⁻⁵⁰, far below the last of the 34 digits kept.
 */
const NEWTON_DONE = /* @__PURE__ */ new WideDecimal('1e-28');

/**
 * `ratio^(1 / years) − 1`, the compound (level-method) rate, correctly rounded to 34 significant
 * digits: `−1` for a zero ratio; for a whole number of years up to a million, the 34-digit root
 * refined by Newton's method for `yⁿ = ratio` in 60 digits (each step doubles the correct digits,
 * so one step from the 34-digit root usually suffices, and the subtraction of 1 loses none of the
 * 34 kept); otherwise the root in 60 digits. `ratio` must not
 * be negative and `years` must be positive (the callers check both).
 *
 * @internal
 */
export function compoundRate(ratio: Decimal, years: Decimal): Decimal {
  if (ratio.isZero()) return new Decimal(-1);
  const target = new WideDecimal(ratio);
  if (!years.isInteger() || years.gt(MAX_NEWTON_YEARS)) {
    return narrow(target.pow(new WideDecimal(1).div(years)).minus(1));
  }
  const n = years.toNumber();
  let root: Decimal = new WideDecimal(narrow(ratio).pow(new Decimal(1).div(years)));
  for (let step = 0; step < 4; step += 1) {
    const power = root.pow(n - 1);
    const correction = power.times(root).minus(target).div(power.times(n));
    root = root.minus(correction);
    if (correction.abs().lte(root.times(NEWTON_DONE))) break;
  }
  return narrow(root.minus(1));
}

/**
 * Throws `INVALID_ARGUMENT` unless `value` is a plain object (not `null`, not a list): `fn: arg
 * must be an object <shape>, got null`. For the object arguments of calculators and audits, so
 * that a bad shape never surfaces as a `TypeError`.
 *
 * @internal
 */
export function requireObject(fn: string, arg: string, value: unknown, shape: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidArgumentError(fn, arg, `must be an object ${shape}, got ${kindOf(value)}`);
  }
}

/**
 * Throws `INVALID_ARGUMENT` unless `value` is a list: `fn: arg must be a list of <what>, got
 * null`.
 *
 * @internal
 */
export function requireList(fn: string, arg: string, value: unknown, what: string): void {
  if (!Array.isArray(value)) {
    throw invalidArgumentError(fn, arg, `must be a list of ${what}, got ${kindOf(value)}`);
  }
}

/**
 * Throws `INVALID_ARGUMENT` unless an options argument is an object (it may be left out):
 * `fn: options must be an object, got null`.
 *
 * @internal
 */
export function requireOptions(fn: string, options: unknown): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalidArgumentError(fn, 'options', `must be an object, got ${kindOf(options)}`);
  }
}

/**
 * Throws `INVALID_ARGUMENT` when `value` is negative (an area, a population or a part cannot be);
 * zero passes.
 *
 * @internal
 */
export function requireNonNegative(fn: string, arg: string, value: Decimal): void {
  if (value.lt(0)) {
    throw invalidArgumentError(fn, arg, `must not be negative, got "${value.toString()}"`, value);
  }
}

/**
 * Adds `values[from]` up to `values[to − 1]` exactly (up to the 34 significant digits of the
 * clone); the whole list by default.
 *
 * @internal
 */
export function sum(values: readonly Decimal[], from = 0, to = values.length): Decimal {
  let total = new Decimal(0);
  for (let index = from; index < to; index += 1) {
    const value = values[index];
    if (value !== undefined) total = total.plus(value);
  }
  return total;
}
