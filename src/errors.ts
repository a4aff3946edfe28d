/**
 * Errors of town-indicators: one error class with a machine-readable code, and the message
 * templates every module uses, so that messages stay uniform and name the function and argument.
 *
 * @module
 */
import * as messages from './messages.js';

/**
 * The machine-readable codes a {@link TownIndicatorsError} carries.
 *
 * - `INVALID_NUMBER`: an input is not a finite number (`NaN`, `Infinity`, `''`, `'abc'`, `null`).
 * - `DIVISION_BY_ZERO`: a denominator of the formula is zero (a zero base, zero years).
 * - `NON_POSITIVE_BASE`: a base that must be positive (growth, CAGR, logarithms) is negative, or a
 *   logarithm's argument is not positive.
 * - `UNIT_MISMATCH`: quantities of different dimensions or currencies were combined.
 * - `UNKNOWN_UNIT`: a unit name is not in the units table.
 * - `PARSE_ERROR`: text could not be read as a quantity or figure.
 * - `INVALID_PERIOD`: a period label or date is not valid.
 * - `VALIDATION_ERROR`: a model failed schema validation; `details.issues` lists every issue.
 * - `NO_SOLUTION`: an equation has no solution, or an iterative solver did not converge.
 * - `INVALID_ARGUMENT`: an argument is out of its domain (negative years, too few points, a bad option).
 * - `MISSING_DATA`: a value the formula needs is missing (an empty cell of a panel, `—` in a table).
 * - `NO_PREVIOUS_PERIOD`: a growth needs the same town's earlier period, and the data has none.
 *
 * @example
 * ```ts
 * ErrorCode.DIVISION_BY_ZERO;
 * // => 'DIVISION_BY_ZERO'
 * ```
 *
 * @category Errors
 */
export const ErrorCode = /* @__PURE__ */ Object.freeze({
  /** An input is not a finite number. */
  INVALID_NUMBER: 'INVALID_NUMBER',
  /** A denominator of the formula is zero. */
  DIVISION_BY_ZERO: 'DIVISION_BY_ZERO',
  /** A base that must be positive is negative, or a logarithm's argument is not positive. */
  NON_POSITIVE_BASE: 'NON_POSITIVE_BASE',
  /** Quantities of different dimensions or currencies were combined. */
  UNIT_MISMATCH: 'UNIT_MISMATCH',
  /** A unit name is not in the units table. */
  UNKNOWN_UNIT: 'UNKNOWN_UNIT',
  /** Text could not be read as a quantity or figure. */
  PARSE_ERROR: 'PARSE_ERROR',
  /** A period label or date is not valid. */
  INVALID_PERIOD: 'INVALID_PERIOD',
  /** A model failed validation; `details.issues` lists every issue. */
  VALIDATION_ERROR: 'VALIDATION_ERROR',
  /** An equation has no solution, or a solver did not converge. */
  NO_SOLUTION: 'NO_SOLUTION',
  /** An argument is out of its domain. */
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  /** A value the formula needs is missing (an empty cell). */
  MISSING_DATA: 'MISSING_DATA',
  /** A growth needs the same town's earlier period, and the data has none. */
  NO_PREVIOUS_PERIOD: 'NO_PREVIOUS_PERIOD',
} as const);

/** One of the {@link ErrorCode} values. @category Errors */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The one error type the library throws. Check `error.code` rather than the message.
 *
 * @example
 * ```ts
 * let caught: unknown;
 * try {
 *   toDecimal('abc');
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof TownIndicatorsError ? caught.code : 'none';
 * // => 'INVALID_NUMBER'
 * ```
 *
 * @category Errors
 */
export class TownIndicatorsError extends Error {
  /** The machine-readable code. */
  readonly code: ErrorCode;
  /** Structured context: the function, the argument, the offending value, validation issues. */
  readonly details?: Readonly<Record<string, unknown>>;

  /**
   * Makes an error with a code, a message and optional details.
   *
   * @param code - one of {@link ErrorCode}
   * @param message - a sentence that names the function and the argument
   * @param details - optional structured context
   */
  constructor(code: ErrorCode, message: string, details?: Readonly<Record<string, unknown>>) {
    super(message);
    this.name = 'TownIndicatorsError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}

/**
 * Tells whether a value is a {@link TownIndicatorsError}, optionally of a given code. Works across
 * copies of the library (ESM and CJS entries loaded side by side), unlike `instanceof`.
 *
 * @param value - anything caught
 * @param code - the code to match, if any
 * @returns `true` when `value` is a TownIndicatorsError (with that code)
 * @example
 * ```ts
 * isTownIndicatorsError(new TownIndicatorsError('PARSE_ERROR', 'x'), 'PARSE_ERROR');
 * // => true
 * ```
 *
 * @category Errors
 */
export function isTownIndicatorsError(
  value: unknown,
  code?: ErrorCode,
): value is TownIndicatorsError {
  if (!(value instanceof Error) || value.name !== 'TownIndicatorsError') return false;
  const actual = (value as { code?: unknown }).code;
  return typeof actual === 'string' && (code === undefined || actual === code);
}

// The error builders below are internal (src/index.ts does not re-export them): every module
// throws through them, so that each code always comes with its template and the same details.

/**
 * The function and the argument an error names: `{ fn: 'growthRate', arg: 'previous' }`. Readers
 * take it as one object (the options of `toDecimal`), so that a hot path allocates none.
 *
 * @internal
 */
export interface ArgName {
  /** The calling function. */
  readonly fn: string;
  /** The argument. */
  readonly arg: string;
}

/**
 * A value as an error shows it: an object that prints itself (a decimal, a quantity) as its
 * text, anything else (strings, numbers, lists, records) as it is.
 */
function shown(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const print = (value as { toString?: unknown }).toString;
  return typeof print === 'function' && print !== Object.prototype.toString ? String(value) : value;
}

/**
 * `INVALID_NUMBER`: `fn: arg must be a finite number, got …`; details `{ fn, arg, value }`. With
 * `limit`, a number beyond the range the library accepts (1e±limit): details add `limit`.
 *
 * @internal
 */
export function invalidNumberError(
  fn: string,
  arg: string,
  value: unknown,
  limit?: number,
): TownIndicatorsError {
  return new TownIndicatorsError(
    ErrorCode.INVALID_NUMBER,
    messages.invalidNumber(fn, arg, value, limit),
    limit === undefined ? { fn, arg, value } : { fn, arg, value, limit },
  );
}

/**
 * `INVALID_NUMBER` for a result beyond the library's range (1e±1000000) from inputs within it:
 * `fn: the result would lie beyond …`; details `{ fn, arg, limit }`.
 *
 * @internal
 */
export function resultOutOfRangeError(fn: string, arg: string, limit: number): TownIndicatorsError {
  return new TownIndicatorsError(
    ErrorCode.INVALID_NUMBER,
    messages.resultOutOfRange(fn, arg, limit),
    { fn, arg, limit },
  );
}

/**
 * `DIVISION_BY_ZERO`: `fn: arg is zero, and the formula divides by it`; details `{ fn, arg }`,
 * then `details` (which may name the argument more briefly than the message does).
 *
 * @internal
 */
export function divisionByZeroError(
  fn: string,
  arg: string,
  details?: Readonly<Record<string, unknown>>,
): TownIndicatorsError {
  return new TownIndicatorsError(ErrorCode.DIVISION_BY_ZERO, messages.divisionByZero(fn, arg), {
    fn,
    arg,
    ...details,
  });
}

/**
 * `NON_POSITIVE_BASE`: `fn: arg must be positive, got …` (or another `requirement` than
 * `'must be positive'`), the value shown as text when it is a decimal or a quantity; details
 * `{ fn, arg, value }`, then `details`.
 *
 * @internal
 */
export function nonPositiveBaseError(
  fn: string,
  arg: string,
  value: unknown,
  details?: Readonly<Record<string, unknown>>,
  requirement?: string,
): TownIndicatorsError {
  const printed = shown(value);
  return new TownIndicatorsError(
    ErrorCode.NON_POSITIVE_BASE,
    messages.nonPositiveBase(fn, arg, printed, requirement),
    { fn, arg, value: printed, ...details },
  );
}

/**
 * `INVALID_ARGUMENT`: `fn: arg <reason>`; details `{ fn, arg }` with the value (shown as text
 * when it is a decimal or a quantity) when one is given, then `details`.
 *
 * @internal
 */
export function invalidArgumentError(
  fn: string,
  arg: string,
  reason: string,
  value?: unknown,
  details?: Readonly<Record<string, unknown>>,
): TownIndicatorsError {
  return new TownIndicatorsError(
    ErrorCode.INVALID_ARGUMENT,
    messages.invalidArgument(fn, arg, reason),
    value === undefined ? { fn, arg, ...details } : { fn, arg, value: shown(value), ...details },
  );
}

/**
 * `NO_SOLUTION`: `fn: no solution: <reason>`; details `{ fn }`, then `details`.
 *
 * @internal
 */
export function noSolutionError(
  fn: string,
  reason: string,
  details?: Readonly<Record<string, unknown>>,
): TownIndicatorsError {
  return new TownIndicatorsError(ErrorCode.NO_SOLUTION, messages.noSolution(fn, reason), {
    fn,
    ...details,
  });
}

/**
 * `UNIT_MISMATCH`: `fn: arg is in <from>, which cannot be combined with <to>`; details
 * `{ fn, arg, from, to }`.
 *
 * @internal
 */
export function unitMismatchError(
  fn: string,
  arg: string,
  from: string,
  to: string,
): TownIndicatorsError {
  return new TownIndicatorsError(
    ErrorCode.UNIT_MISMATCH,
    messages.unitMismatch(fn, arg, from, to),
    { fn, arg, from, to },
  );
}

/**
 * `UNKNOWN_UNIT`: `fn: arg names an unknown unit …`; details `{ fn, arg, unit }`, then `details`.
 *
 * @internal
 */
export function unknownUnitError(
  fn: string,
  arg: string,
  unit: unknown,
  details?: Readonly<Record<string, unknown>>,
): TownIndicatorsError {
  return new TownIndicatorsError(ErrorCode.UNKNOWN_UNIT, messages.unknownUnit(fn, arg, unit), {
    fn,
    arg,
    unit,
    ...details,
  });
}

/**
 * `PARSE_ERROR`: `fn: cannot read arg: <reason>`; details `{ fn, arg }`, then `details`.
 *
 * @internal
 */
export function parseErrorError(
  fn: string,
  arg: string,
  reason: string,
  details?: Readonly<Record<string, unknown>>,
): TownIndicatorsError {
  return new TownIndicatorsError(ErrorCode.PARSE_ERROR, messages.parseError(fn, arg, reason), {
    fn,
    arg,
    ...details,
  });
}

/**
 * `INVALID_PERIOD` for a period label: `fn: arg is not a valid period (reason), got …`; details
 * `{ fn, arg, value }`, then `details`.
 *
 * @internal
 */
export function invalidPeriodError(
  fn: string,
  arg: string,
  value: unknown,
  reason?: string,
  details?: Readonly<Record<string, unknown>>,
): TownIndicatorsError {
  return new TownIndicatorsError(
    ErrorCode.INVALID_PERIOD,
    messages.invalidPeriod(fn, arg, value, reason),
    { fn, arg, value, ...details },
  );
}

/**
 * `INVALID_PERIOD` for a date: `fn: arg is not a valid date (reason), got …`; details
 * `{ fn, arg, value }`.
 *
 * @internal
 */
export function invalidDateError(
  fn: string,
  arg: string,
  value: unknown,
  reason?: string,
): TownIndicatorsError {
  return new TownIndicatorsError(
    ErrorCode.INVALID_PERIOD,
    messages.invalidDate(fn, arg, value, reason),
    { fn, arg, value },
  );
}

/**
 * `INVALID_PERIOD` for a shift out of the years 0000–9999; details `{ fn, arg, value }`.
 *
 * @internal
 */
export function periodOutOfRangeError(
  fn: string,
  arg: string,
  value: unknown,
  what: string,
): TownIndicatorsError {
  return new TownIndicatorsError(
    ErrorCode.INVALID_PERIOD,
    messages.periodOutOfRange(fn, arg, value, what),
    { fn, arg, value },
  );
}

/**
 * `VALIDATION_ERROR`: `fn: arg <reason>`, with every issue in `details.issues`.
 *
 * @internal
 */
export function validationError(
  fn: string,
  arg: string,
  reason: string,
  issues: readonly unknown[],
): TownIndicatorsError {
  return new TownIndicatorsError(
    ErrorCode.VALIDATION_ERROR,
    messages.invalidArgument(fn, arg, reason),
    { fn, arg, issues },
  );
}

/**
 * `VALIDATION_ERROR` of a schema: `fn: arg is invalid (N issues); first: …`, with every issue in
 * `details.issues`.
 *
 * @internal
 */
export function schemaValidationError(
  fn: string,
  arg: string,
  issues: readonly { readonly path: string; readonly message: string }[],
): TownIndicatorsError {
  const first = issues[0];
  return new TownIndicatorsError(
    ErrorCode.VALIDATION_ERROR,
    messages.validation(
      fn,
      arg,
      issues.length,
      first === undefined ? 'none' : `${first.path}: ${first.message}`,
    ),
    { fn, arg, issues },
  );
}
