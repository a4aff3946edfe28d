/**
 * Reading a number of periods (nper, per) of the annuity functions: a finite number, bounded so
 * that `(1 + r)^n` stays within the library's range.
 *
 * @example
 * ```ts
 * // Internal; pmt reads its nper through it:
 * pmt(0, 4, 1000).toString();
 * // => '-250'
 * ```
 *
 * @internal
 * @module
 */
import { invalidArgumentError } from '../../errors.js';
import { type Decimal, type DecimalInput, toDecimal } from '../../numbers/decimal.js';
import { WideDecimal } from './wide.js';

/** The largest number of periods: a million (a monthly loan of 83,333 years). */
export const MAX_PERIODS = 1_000_000;

/**
 * Reads a number of periods as a wide decimal, |n| ≤ {@link MAX_PERIODS}.
 *
 * @internal
 */
export function readPeriodCount(fn: string, value: DecimalInput, arg = 'nper'): Decimal {
  const n = toDecimal(value, { fn, arg });
  if (n.abs().gt(MAX_PERIODS)) {
    throw invalidArgumentError(
      fn,
      arg,
      `must be at most ${MAX_PERIODS} periods, got ${n.toString()}`,
      n,
    );
  }
  return new WideDecimal(n);
}
