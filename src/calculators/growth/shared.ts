/**
 * Internal helpers of the growth calculators: lean operand reading (no arrays or closures on the
 * two-operand hot path), the errors they throw, and a wide-precision decimal for solvers.
 *
 * @module
 * @internal
 */
import { ErrorCode, TownIndicatorsError } from '../../errors.js';
import * as messages from '../../messages.js';
import { Decimal, type DecimalInput, isDecimal, toDecimal } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/operands.js';
import { isQuantity } from '../../units/quantity.js';
import { areCompatible, type Unit } from '../../units/table.js';

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
export function narrow(value: Decimal): Decimal {
  return new Decimal(value.toSignificantDigits(Decimal.precision, Decimal.ROUND_HALF_UP));
}

/**
 * A value as error messages show it: quantities as report text, decimals as digits.
 *
 * @internal
 */
export function shown(value: unknown): unknown {
  if (isQuantity(value)) return String(value);
  if (isDecimal(value)) return value.toString();
  return value;
}

/**
 * The `NON_POSITIVE_BASE` error: `fn: arg must be positive, got …`.
 *
 * @internal
 */
export function nonPositiveBase(fn: string, arg: string, value: unknown): TownIndicatorsError {
  const printed = shown(value);
  return new TownIndicatorsError(
    ErrorCode.NON_POSITIVE_BASE,
    messages.nonPositiveBase(fn, arg, printed),
    { fn, arg, value: printed },
  );
}

/**
 * The `DIVISION_BY_ZERO` error: `fn: arg is zero, and the formula divides by it`.
 *
 * @internal
 */
export function divisionByZero(fn: string, arg: string): TownIndicatorsError {
  return new TownIndicatorsError(ErrorCode.DIVISION_BY_ZERO, messages.divisionByZero(fn, arg), {
    fn,
    arg,
  });
}

/**
 * The `INVALID_ARGUMENT` error: `fn: arg <reason>`.
 *
 * @internal
 */
export function invalidArgument(
  fn: string,
  arg: string,
  reason: string,
  value?: unknown,
): TownIndicatorsError {
  return new TownIndicatorsError(
    ErrorCode.INVALID_ARGUMENT,
    messages.invalidArgument(fn, arg, reason),
    { fn, arg, value: shown(value) },
  );
}

/**
 * The `NO_SOLUTION` error: `fn: no solution: <reason>`.
 *
 * @internal
 */
export function noSolution(
  fn: string,
  reason: string,
  details: Readonly<Record<string, unknown>> = {},
): TownIndicatorsError {
  return new TownIndicatorsError(ErrorCode.NO_SOLUTION, messages.noSolution(fn, reason), {
    fn,
    ...details,
  });
}

/**
 * The unit of the first quantity among up to three operands, or `undefined` when none is one.
 *
 * @internal
 */
export function firstUnit(a: unknown, b: unknown, c?: unknown): Unit | undefined {
  if (isQuantity(a)) return a.unit;
  if (isQuantity(b)) return b.unit;
  if (isQuantity(c)) return c.unit;
  return undefined;
}

/** Names of the calling function and argument, for error messages. @internal */
export interface ArgName {
  /** The calling function. */
  readonly fn: string;
  /** The argument. */
  readonly arg: string;
}

/**
 * Reads an operand in the base unit of `unit`'s dimension (元, 亩, 人 …). A quantity must be
 * compatible with `unit` (else `UNIT_MISMATCH`) and is multiplied by its unit's factor; a plain
 * number is taken to be in `unit` (and left as it is when `unit` is `undefined`). Multiplying by
 * a factor is exact, so ratios of operands do not depend on the units they were given in.
 *
 * @internal
 */
export function inBaseUnits(name: ArgName, value: AmountInput, unit: Unit | undefined): Decimal {
  if (isQuantity(value)) {
    if (unit !== undefined && !areCompatible(value.unit, unit)) {
      throw new TownIndicatorsError(
        ErrorCode.UNIT_MISMATCH,
        messages.unitMismatch(name.fn, name.arg, value.unit.name, unit.name),
        { fn: name.fn, arg: name.arg, from: value.unit.name, to: unit.name },
      );
    }
    return value.value.times(value.unit.factor);
  }
  const number = toDecimal(value, name);
  return unit === undefined ? number : number.times(unit.factor);
}

/**
 * Reads a number of years: a finite number (else `INVALID_NUMBER`) that is positive (else
 * `INVALID_ARGUMENT`).
 *
 * @internal
 */
export function readYears(value: DecimalInput, options: ArgName): Decimal {
  const years = toDecimal(value, options);
  if (years.isZero() || years.isNegative()) {
    throw invalidArgument(
      options.fn,
      options.arg,
      `must be positive, got ${years.toString()}`,
      value,
    );
  }
  return years;
}
