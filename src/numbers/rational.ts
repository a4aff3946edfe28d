/**
 * Exact rational arithmetic on `bigint`, for the audits and for exact schedules: a rounding check must not be decided by a
 * 34-digit rounding error, so every audit computes its value, its range and the comparison with
 * the stated figure as exact fractions and converts to {@link Decimal} only for the result.
 *
 * @internal
 * @module
 */
import { divisionByZeroError } from '../errors.js';
import { Decimal } from './decimal.js';

/** An exact fraction `n / d` with `d > 0` (kept reduced). @internal */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** Builds a reduced fraction; `d` must not be zero. @internal */
export function ratio(n: bigint, d: bigint): Rational {
  if (d === 0n) {
    // Callers check their denominators first; this guards the invariant d ≠ 0.
    throw divisionByZeroError('audit', 'denominator');
  }
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  const divisor = g === 0n ? 1n : g;
  return { n: (sign * n) / divisor, d: (sign * d) / divisor };
}

/** The rational 0. @internal */
export const ZERO: Rational = { n: 0n, d: 1n };
/** The rational 1. @internal */
export const ONE: Rational = { n: 1n, d: 1n };

/** An integer as a rational. @internal */
export function fromInt(value: number | bigint): Rational {
  return { n: BigInt(value), d: 1n };
}

/** `10^exponent` (the exponent may be negative). @internal */
export function pow10(exponent: number): Rational {
  const p = 10n ** BigInt(Math.abs(exponent));
  return exponent >= 0 ? { n: p, d: 1n } : { n: 1n, d: p };
}

/** Half a unit of the digit at `10^exponent`: `10^exponent / 2`. @internal */
export function halfUnit(exponent: number): Rational {
  const p = pow10(exponent);
  return ratio(p.n, p.d * 2n);
}

/** The exact value of a finite decimal. @internal */
export function fromDecimal(value: Decimal): Rational {
  // toFixed() without arguments prints normal notation with every digit.
  const text = value.toFixed();
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const digits = dot < 0 ? body : body.slice(0, dot) + body.slice(dot + 1);
  const scale = dot < 0 ? 0 : body.length - dot - 1;
  const n = BigInt(digits);
  return ratio(negative ? -n : n, 10n ** BigInt(scale));
}

/** `a + b`. @internal */
export function add(a: Rational, b: Rational): Rational {
  return a.d === b.d ? ratio(a.n + b.n, a.d) : ratio(a.n * b.d + b.n * a.d, a.d * b.d);
}

/** `a − b`. @internal */
export function sub(a: Rational, b: Rational): Rational {
  return a.d === b.d ? ratio(a.n - b.n, a.d) : ratio(a.n * b.d - b.n * a.d, a.d * b.d);
}

/** `a × b`. @internal */
export function mul(a: Rational, b: Rational): Rational {
  return ratio(a.n * b.n, a.d * b.d);
}

/** `a / b`; `b` must not be zero. @internal */
export function div(a: Rational, b: Rational): Rational {
  return ratio(a.n * b.d, a.d * b.n);
}

/** The sign of `a`: −1, 0 or 1. @internal */
export function sign(a: Rational): -1 | 0 | 1 {
  return a.n === 0n ? 0 : a.n < 0n ? -1 : 1;
}

/** Compares `a` with `b`: −1, 0 or 1. @internal */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left === right ? 0 : left < right ? -1 : 1;
}

/** The smaller of two rationals. @internal */
export function min(a: Rational, b: Rational): Rational {
  return compare(a, b) <= 0 ? a : b;
}

/** The larger of two rationals. @internal */
export function max(a: Rational, b: Rational): Rational {
  return compare(a, b) >= 0 ? a : b;
}

/** The sum of a list. @internal */
export function sumRationals(values: readonly Rational[]): Rational {
  return values.reduce(add, ZERO);
}

/**
 * Rounds half up (half away from zero, 四舍五入) so that the last kept digit is at
 * `10^(−decimals)`; `decimals` may be negative (round to tens, thousands …).
 *
 * @internal
 */
export function roundHalfUpRational(value: Rational, decimals: number): Rational {
  const unit = pow10(-decimals);
  // value / unit, then round |x| half up: floor((2|n| + d) / 2d).
  const scaled = div(value, unit);
  const magnitude = scaled.n < 0n ? -scaled.n : scaled.n;
  const rounded = (2n * magnitude + scaled.d) / (2n * scaled.d);
  return mul(fromInt(scaled.n < 0n ? -rounded : rounded), unit);
}

/**
 * Rounds toward −∞ (`down`) or +∞ (`up`) at `decimals` places, for ranges printed outward.
 *
 * @internal
 */
export function roundDirected(
  value: Rational,
  decimals: number,
  direction: 'down' | 'up',
): Rational {
  const unit = pow10(-decimals);
  const scaled = div(value, unit);
  let q = scaled.n / scaled.d; // truncates toward zero
  const exact = q * scaled.d === scaled.n;
  if (!exact && direction === 'down' && scaled.n < 0n) q -= 1n;
  if (!exact && direction === 'up' && scaled.n > 0n) q += 1n;
  return mul(fromInt(q), unit);
}

/**
 * The value as a {@link Decimal} of the library's clone (exact when its decimal form has at most
 * 34 significant digits, else correctly rounded half up at 34).
 *
 * @internal
 */
export function toDecimalValue(value: Rational): Decimal {
  const n = new Decimal(value.n.toString());
  return value.d === 1n ? n : n.div(value.d.toString());
}

/**
 * Prints a rational with exactly `decimals` digits after the point (`decimals` ≥ 0); the value
 * must already be a multiple of `10^(−decimals)` for the text to be exact.
 *
 * @internal
 */
export function toFixedText(value: Rational, decimals: number): string {
  return toDecimalValue(value).toFixed(Math.max(decimals, 0));
}
