/**
 * Wide decimals for results that chain several operations (each computed in 60 digits and
 * rounded once to 34), and an exact sum.
 *
 * @example
 * ```ts
 * // Internal; the calculators compute in it, e.g. averageAnnualGrowth (水平法) in 60 digits:
 * averageAnnualGrowth('100', '135', 3).toFixed(6);
 * // => '0.105209'
 * ```
 *
 * @internal
 * @module
 */
import { Decimal, resultInRange } from '../../numbers/decimal.js';

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
export function narrow(value: Decimal, fn?: string): Decimal {
  const narrowed = new Decimal(value.toSignificantDigits(Decimal.precision, Decimal.ROUND_HALF_UP));
  // A result of a public function stays in the library's range (1e±1000000), or INVALID_NUMBER.
  return fn === undefined ? narrowed : resultInRange(narrowed, fn, 'result');
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
