/**
 * Argument readers of the calculators: a number of years, a non-negative amount.
 *
 * @example
 * ```ts
 * // Internal; the calculators compute in it, e.g. averageAnnualGrowth reads its years through readYears:
 * averageAnnualGrowth('100', '135', 3).toFixed(6);
 * // => '0.105209'
 * ```
 *
 * @internal
 * @module
 */
import { type ArgName, divisionByZeroError, invalidArgumentError } from '../../errors.js';
import { type Decimal, type DecimalInput, toDecimal } from '../../numbers/decimal.js';

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
