/**
 * Number helpers the calculators share: a wide-precision decimal for solvers and regressions,
 * reading a number of years, the non-negative check, and an exact sum. Internal: not re-exported.
 *
 * @internal
 * @module
 */
import { type ArgName, invalidArgumentError } from '../errors.js';
import { Decimal, type DecimalInput, toDecimal } from './decimal.js';

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
 * Reads a number of years: a finite number (else `INVALID_NUMBER`) that is positive (else
 * `INVALID_ARGUMENT`, `fn: years must be positive, got 0`).
 *
 * @internal
 */
export function readYears(value: DecimalInput, name: ArgName): Decimal {
  const years = toDecimal(value, name);
  if (years.isZero() || years.isNegative()) {
    throw invalidArgumentError(
      name.fn,
      name.arg,
      `must be positive, got ${years.toString()}`,
      value,
    );
  }
  return years;
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
