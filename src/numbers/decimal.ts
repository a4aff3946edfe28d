import { Decimal as DecimalJs } from 'decimal.js';
import { invalidArgumentError, invalidNumberError, resultOutOfRangeError } from '../errors.js';

/**
 * The library's own decimal.js constructor (34 digits, half up, plain notation); internal: what
 * callers get as `Decimal` is {@link PublicDecimal}, a constructor of its own.
 *
 * @internal
 */
export const Decimal: typeof DecimalJs = /* @__PURE__ */ DecimalJs.clone({
  // `defaults: true`: settings not listed here (minE, maxE, modulo, crypto) start from decimal.js's
  // defaults instead of being copied from whatever the user set before importing the library.
  defaults: true,
  precision: 34,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** A decimal value: an instance of decimal.js (from this library's clone or any other copy). @category Numbers */
export type Decimal = DecimalJs;

/**
 * The library's decimal.js constructor as callers get it (exported as `Decimal`): 34 significant
 * digits, rounding half up (四舍五入), and plain (never exponential) notation in `toString()`.
 *
 * It is a constructor of its own, a clone of the library's: calling `set` on it (or on the
 * user's own decimal.js) changes the caller's decimals and none of the library's results.
 * Decimals from any copy of decimal.js are accepted as inputs (recognised with `isDecimal`).
 *
 * @example
 * ```ts
 * new Decimal('0.1').plus('0.2').toString();
 * // => '0.3'
 * ```
 *
 * @category Numbers
 */
export const PublicDecimal: typeof DecimalJs = /* @__PURE__ */ Decimal.clone();

/** The type of {@link PublicDecimal}'s instances: any decimal. @category Numbers */
export type PublicDecimal = DecimalJs;

/**
 * What the library accepts as a number. Strings are preferred (`'60.3'`, `'9.5%'`); numbers are
 * read through their shortest decimal string; decimals from any copy of decimal.js are accepted.
 *
 * @category Numbers
 */
export type DecimalInput = string | number | DecimalJs;

/** Options of {@link toDecimal}. @category Numbers */
export interface ToDecimalOptions {
  /** The calling function, named in error messages. Default `'toDecimal'`. */
  readonly fn?: string;
  /** The argument, named in error messages. Default `'value'`. */
  readonly arg?: string;
}

/**
 * Tells whether a value is a decimal.js instance from any copy of decimal.js.
 *
 * @param value - anything
 * @returns `true` for a decimal.js instance
 * @example
 * ```ts
 * isDecimal(new Decimal(1));
 * // => true
 * ```
 *
 * @category Numbers
 */
export function isDecimal(value: unknown): value is DecimalJs {
  return DecimalJs.isDecimal(value);
}

// Unambiguous patterns (no two quantifiers compete for the same digits), so they run in linear
// time on hostile input.
/**
 * A plain decimal: optional sign, digits with an optional point, no exponent (`'-12.50'`, `'.5'`).
 *
 * @internal
 */
export const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The largest decimal exponent of a number the library accepts: magnitudes from 1e-1000000 to
 * 1e+1000000, and 0. Beyond it, decimal.js accepts `'9e8999999999999999'`, whose printing runs out
 * of memory and whose powers never end; a report figure is nowhere near it.
 *
 * @example
 * ```ts
 * MAX_EXPONENT;
 * // => 1000000
 * ```
 *
 * @category Numbers
 */
export const MAX_EXPONENT = 1_000_000;

/**
 * A computed value within the library's range (1e±{@link MAX_EXPONENT}), or `INVALID_NUMBER`
 * naming the function: what keeps a ratio of 1e999999 and 1e-999999 from going on to be printed.
 *
 * @internal
 */
export function resultInRange(value: DecimalJs, fn: string, arg: string): DecimalJs {
  if (
    !value.isFinite() ||
    (!value.isZero() && (value.e > MAX_EXPONENT || value.e < -MAX_EXPONENT))
  ) {
    throw resultOutOfRangeError(fn, arg, MAX_EXPONENT);
  }
  return value;
}

/**
 * Checks that a number is within the range the library accepts ({@link MAX_EXPONENT}); the one
 * check every number passes where it enters.
 *
 * @internal
 */
export function inRange(value: DecimalJs, fn: string, arg: string, shown: unknown): DecimalJs {
  if (!value.isFinite()) throw invalidNumberError(fn, arg, shown);
  if (!value.isZero() && (value.e > MAX_EXPONENT || value.e < -MAX_EXPONENT)) {
    throw invalidNumberError(fn, arg, shown, MAX_EXPONENT);
  }
  return value;
}

function percentOf(body: string, value: DecimalJs): DecimalJs {
  const exponentAt = body.search(/[eE]/);
  const mantissa = exponentAt < 0 ? body : body.slice(0, exponentAt);
  const exponent = exponentAt < 0 ? 0 : Number(body.slice(exponentAt + 1));
  // An exponent beyond what a number holds exactly is out of range anyway.
  if (!Number.isSafeInteger(exponent - 2)) return value.div(100);
  return new Decimal(`${mantissa}e${exponent - 2}`);
}

function fromString(text: string, fn: string, arg: string): DecimalJs {
  let body = text.trim();
  let scale = 0;
  if (body.endsWith('%') || body.endsWith('％')) {
    body = body.slice(0, -1).trimEnd();
    scale = 2;
  }
  if (!PLAIN_NUMBER.test(body)) throw invalidNumberError(fn, arg, text);
  const value = new Decimal(body);
  // A percentage moves the point two places: written as an exponent, which the constructor reads
  // exactly, where a division would round a 35th significant digit away.
  return inRange(scale === 0 ? value : percentOf(body, value), fn, arg, text);
}

/**
 * How a value that is not of the expected shape shows in a message: `null`, `undefined`,
 * `an array`, `an object`, `a number`, `a string` …
 *
 * @internal
 */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/** The default names of {@link toDecimal}: one frozen object, so that a call allocates none. */
const NO_NAMES: ToDecimalOptions = /* @__PURE__ */ Object.freeze({});
const NOT_AN_OBJECT_NULL = 'must be an object, got null';

/**
 * Reads a {@link DecimalInput} as a decimal of the library's clone.
 *
 * A string ending in `%` is a percentage and is divided by 100 (`'9.5%'` → `0.095`), so a rate
 * can be written either way. Numbers are read through their shortest decimal string, so `0.1`
 * is exactly `0.1`. Decimals from other copies of decimal.js keep every digit.
 *
 * @param value - a string, number or decimal
 * @param options - names of the calling function and argument for error messages
 * @returns the value as a {@link Decimal}
 * @throws TownIndicatorsError `INVALID_NUMBER` for `NaN`, `±Infinity`, `''`, non-numeric text,
 *   `null` or `undefined`; `INVALID_ARGUMENT` when `options` is `null`
 * @example
 * ```ts
 * toDecimal('9.5%').toString();
 * // => '0.095'
 * ```
 *
 * @category Numbers
 */
export function toDecimal(value: DecimalInput, options: ToDecimalOptions = NO_NAMES): Decimal {
  if (options === null) throw invalidArgumentError('toDecimal', 'options', NOT_AN_OBJECT_NULL);
  const fn = options.fn ?? 'toDecimal';
  const arg = options.arg ?? 'value';
  if (typeof value === 'string') return fromString(value, fn, arg);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalidNumberError(fn, arg, value);
    return new Decimal(Object.is(value, -0) ? '0' : String(value));
  }
  if (DecimalJs.isDecimal(value) && value.isFinite()) {
    // Every copy and clone of decimal.js shares one prototype, so `instanceof` cannot tell ours from
    // the user's; each instance records its own constructor, whose settings its arithmetic uses.
    return inRange(value.constructor === Decimal ? value : new Decimal(value), fn, arg, value);
  }
  throw invalidNumberError(fn, arg, DecimalJs.isDecimal(value) ? value.toString() : value);
}

/**
 * Rounds half up (四舍五入, the convention of Chinese statistics): at exactly half a unit of the
 * last kept digit the magnitude goes up, so `2.25 → 2.3` and `-2.25 → -2.3`.
 *
 * @param value - the value to round
 * @param decimals - digits to keep after the decimal point (an integer ≥ 0)
 * @returns the rounded decimal
 * @throws TownIndicatorsError `INVALID_NUMBER` when `value` is not a number; `INVALID_ARGUMENT`
 *   when `decimals` is not a non-negative integer; `INVALID_NUMBER` when `decimals` is not a number
 * @example
 * ```ts
 * roundHalfUp('66.8325', 1).toString();
 * // => '66.8'
 * ```
 *
 * @category Numbers
 */
export function roundHalfUp(value: DecimalInput, decimals: number): Decimal {
  if (typeof decimals !== 'number') throw invalidNumberError('roundHalfUp', 'decimals', decimals);
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw invalidArgumentError(
      'roundHalfUp',
      'decimals',
      `must be an integer ≥ 0, got ${decimals}`,
      decimals,
    );
  }
  const number = toDecimal(value, { fn: 'roundHalfUp', arg: 'value' });
  // Rounding beyond the last digit keeps the value (decimal.js refuses more than 1e9 places).
  if (decimals >= number.decimalPlaces()) return number.isZero() ? new Decimal(0) : number;
  const rounded = number.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  // A value that rounds to zero is a plain zero, never −0 (which would print as '-0.0').
  return rounded.isZero() ? new Decimal(0) : rounded;
}

/**
 * Counts the digits after the decimal point as a figure is printed (`'66.80'` → 2, `'22'` → 0).
 * The precision of a stated figure is how it is written, so `'66.80'` and `'66.8'` differ.
 *
 * @param text - the printed number, optionally with a `%` sign
 * @returns the number of decimals written
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `text` is not a string
 * @example
 * ```ts
 * decimalsOf('66.80%');
 * // => 2
 * ```
 *
 * @category Numbers
 */
export function decimalsOf(text: string): number {
  if (typeof text !== 'string') {
    throw invalidArgumentError('decimalsOf', 'text', `must be a string, got ${kindOf(text)}`);
  }
  const body = text.trim().replace(/[%％]$/, '');
  const dot = body.indexOf('.');
  if (dot < 0) return 0;
  let end = dot + 1;
  while (end < body.length && body.charCodeAt(end) >= 48 && body.charCodeAt(end) <= 57) end += 1;
  return end - dot - 1;
}
