/**
 * Errors of town-indicators: one error class with a machine-readable code, and the message
 * templates every module uses, so that messages stay uniform and name the function and argument.
 *
 * @module
 */

/**
 * The machine-readable codes a {@link TownIndicatorsError} carries.
 *
 * - `INVALID_NUMBER`: an input is not a finite number (`NaN`, `Infinity`, `''`, `'abc'`, `null`).
 * - `DIVISION_BY_ZERO`: a denominator of the formula is zero.
 * - `NON_POSITIVE_BASE`: a base that must be positive (growth, CAGR, logarithms) is zero or negative.
 * - `UNIT_MISMATCH`: quantities of different dimensions or currencies were combined.
 * - `UNKNOWN_UNIT`: a unit name is not in the units table.
 * - `PARSE_ERROR`: text could not be read as a quantity or figure.
 * - `INVALID_PERIOD`: a period label or date is not valid.
 * - `VALIDATION_ERROR`: a model failed schema validation; `details.issues` lists every issue.
 * - `NO_SOLUTION`: an equation has no solution, or an iterative solver did not converge.
 * - `INVALID_ARGUMENT`: an argument is out of its domain (years ≤ 0, too few points, a bad option).
 */
export const ErrorCode = {
  INVALID_NUMBER: 'INVALID_NUMBER',
  DIVISION_BY_ZERO: 'DIVISION_BY_ZERO',
  NON_POSITIVE_BASE: 'NON_POSITIVE_BASE',
  UNIT_MISMATCH: 'UNIT_MISMATCH',
  UNKNOWN_UNIT: 'UNKNOWN_UNIT',
  PARSE_ERROR: 'PARSE_ERROR',
  INVALID_PERIOD: 'INVALID_PERIOD',
  VALIDATION_ERROR: 'VALIDATION_ERROR',
  NO_SOLUTION: 'NO_SOLUTION',
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
} as const;

/** One of the {@link ErrorCode} values. */
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
 */
export class TownIndicatorsError extends Error {
  /** The machine-readable code. */
  readonly code: ErrorCode;
  /** Structured context: the function, the argument, the offending value, validation issues. */
  readonly details?: Readonly<Record<string, unknown>>;

  /**
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
 */
export function isTownIndicatorsError(
  value: unknown,
  code?: ErrorCode,
): value is TownIndicatorsError {
  if (!(value instanceof Error) || value.name !== 'TownIndicatorsError') return false;
  const actual = (value as { code?: unknown }).code;
  return typeof actual === 'string' && (code === undefined || actual === code);
}

/**
 * Message templates (`messages.invalidNumber(fn, arg, value)` …).
 *
 * @internal
 */
export * as messages from './messages.js';
