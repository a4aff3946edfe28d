/**
 * Reading the number of compounding periods per year of EFFECT and NOMINAL: truncated to a whole
 * number as Excel does; zero divides the rate.
 *
 * @example
 * ```ts
 * // Internal; effect reads its npery through it (Excel truncates 4.9 to 4):
 * effect('5.25%', 4.9).toFixed(9);
 * // => '0.053542667'
 * ```
 *
 * @internal
 * @module
 */
import { divisionByZeroError, invalidArgumentError } from '../../errors.js';
import { type DecimalInput, toDecimal } from '../../numbers/decimal.js';

/** The most compounding periods per year accepted: one a second. */
const MAX_NPERY = 31_622_400;

/**
 * Reads npery: truncated to an integer (Excel), at least 1.
 *
 * @internal
 */
export function readCompoundings(fn: string, value: DecimalInput): number {
  const npery = toDecimal(value, { fn, arg: 'npery' }).trunc();
  if (npery.isZero()) throw divisionByZeroError(fn, 'npery');
  if (npery.isNegative() || npery.gt(MAX_NPERY)) {
    throw invalidArgumentError(
      fn,
      'npery',
      `must be a number of periods per year from 1 to ${MAX_NPERY}, got ${npery.toString()}`,
      npery,
    );
  }
  return npery.toNumber();
}
