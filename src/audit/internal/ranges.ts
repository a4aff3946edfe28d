/**
 * The ranges of an audit: each input's interval over its rounding, the range of a ratio over
 * them, and whether a range can reach the stated figure.
 *
 * @internal
 * @module
 */

import { divisionByZeroError, nonPositiveBaseError } from '../../errors.js';
import {
  add,
  compare,
  div,
  halfUnit,
  type Rational,
  sign,
  sub,
  toDecimalValue,
  ZERO,
} from '../../numbers/rational.js';
import type { BoundedValue } from './figures.js';

/** Throws `DIVISION_BY_ZERO` when a denominator is zero. @internal */
export function requireNonZero(fn: string, arg: string, figure: BoundedValue): void {
  if (sign(figure.value) === 0) {
    throw divisionByZeroError(fn, arg);
  }
}

/** Throws `NON_POSITIVE_BASE` unless the value is positive. @internal */
export function requirePositive(fn: string, arg: string, value: Rational): void {
  if (sign(value) <= 0) throw nonPositiveBaseError(fn, arg, toDecimalValue(value));
}

/** The interval `[value − half, value + half]`. @internal */
export function bounds(figure: BoundedValue): readonly [Rational, Rational] {
  return [sub(figure.value, figure.half), add(figure.value, figure.half)];
}

/** The smallest and largest of some values. @internal */
export function extremes(values: readonly Rational[]): readonly [Rational, Rational] {
  let low = values[0] ?? ZERO;
  let high = low;
  for (const value of values) {
    if (compare(value, low) < 0) low = value;
    if (compare(value, high) > 0) high = value;
  }
  return [low, high];
}

/**
 * The range of `a / b` over the corners of the two intervals (the ratio is monotone in each
 * argument while `b` keeps its sign, which a nonzero printed value always does).
 *
 * @internal
 */
export function ratioRange(a: BoundedValue, b: BoundedValue): readonly [Rational, Rational] {
  const [aLow, aHigh] = bounds(a);
  const [bLow, bHigh] = bounds(b);
  return extremes([div(aLow, bLow), div(aLow, bHigh), div(aHigh, bLow), div(aHigh, bHigh)]);
}

/** Whether some value in `[low, high]` rounds half up (away from zero) to `stated`. */
export function rangeReaches(
  range: readonly [Rational, Rational],
  stated: Rational,
  decimals: number,
): boolean {
  const half = halfUnit(-decimals);
  const from = sub(stated, half);
  const to = add(stated, half);
  const [low, high] = range;
  // The values that round to s: [s − h, s + h) for s > 0, (s − h, s + h] for s < 0, (−h, h) for 0.
  const s = sign(stated);
  const lowerOk = s > 0 ? compare(high, from) >= 0 : compare(high, from) > 0;
  const upperOk = s < 0 ? compare(low, to) <= 0 : compare(low, to) < 0;
  return lowerOk && upperOk;
}
