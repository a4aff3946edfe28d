/**
 * Exact integer division with half-up rounding (ties away from zero, as {@link roundHalfUp}), in
 * float64 while every operand and product stays within 2^53 and in `bigint` beyond.
 *
 * @internal
 * @module
 */
import { SAFE } from './cells.js';

/** Marks a result that did not fit the float64 path. */
export const UNSAFE = Number.NaN;

/**
 * `round_half_up(n / d)` for integers with `d > 0` and `|n| + d ≤ 2^53`: the float quotient is
 * corrected by its exact remainder, so the result is exact. Returns `UNSAFE` when the operands
 * are beyond that bound.
 *
 * @internal
 */
export function roundedQuotient(n: number, d: number): number {
  const a = n < 0 ? -n : n;
  if (!(a <= SAFE - d)) return UNSAFE;
  let q = Math.floor(a / d);
  // q·d ≤ a + d ≤ 2^53, so the product and the remainder are exact.
  let r = a - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  if (r * 2 >= d) q += 1;
  return n < 0 && q !== 0 ? -q : q;
}

/** `round_half_up(n / d)` in `bigint`, `d ≠ 0`. @internal */
export function roundedQuotientBig(n: bigint, d: bigint): bigint {
  let numerator = n;
  let denominator = d;
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const negative = numerator < 0n;
  const a = negative ? -numerator : numerator;
  const q = (2n * a + denominator) / (2n * denominator);
  return negative ? -q : q;
}

/** A scaled integer (float64 or bigint) as a number when it is exact in float64, else `UNSAFE`. */
export function asSafe(value: bigint): number {
  return value <= BigInt(SAFE) && value >= -BigInt(SAFE) ? Number(value) : UNSAFE;
}

/**
 * Prints a scaled integer `q` (the value `q × 10^−decimals`) as `toFixed(decimals)` prints the
 * same decimal (`-5`, 1 → `'-0.5'`).
 *
 * @internal
 */
export function fixedText(q: number | bigint, decimals: number): string {
  const negative = q < 0;
  const digits = String(negative ? -q : q);
  if (decimals === 0) return negative ? `-${digits}` : digits;
  const padded =
    digits.length <= decimals ? '0'.repeat(decimals - digits.length + 1) + digits : digits;
  const point = padded.length - decimals;
  return `${negative ? '-' : ''}${padded.slice(0, point)}.${padded.slice(point)}`;
}
