/**
 * Reading the inputs of an audit with their printed precision: each number with half a unit of its
 * last printed digit, amounts converted into one unit.
 *
 * @internal
 * @module
 */
import {
  ErrorCode,
  invalidNumberError,
  isTownIndicatorsError,
  unitMismatchError,
} from '../../errors.js';
import {
  type Decimal,
  type DecimalInput,
  decimalsOf,
  isDecimal,
  toDecimal,
} from '../../numbers/decimal.js';
import {
  div,
  fromDecimal,
  halfUnit,
  mul,
  pow10,
  type Rational,
  ZERO,
} from '../../numbers/rational.js';
import type { AmountInput } from '../../units/amount.js';
import { exactOf, type ReadFigure, readFigureText } from '../../units/figure.js';
import { isQuantity } from '../../units/quantity.js';
import { areCompatible, type Unit, unitFactorRatio } from '../../units/table.js';

/** A number read from an input, with half a unit of its last printed digit (0 when exact). */
export interface BoundedValue {
  readonly value: Rational;
  readonly half: Rational;
}

/** An input before unit conversion. */
export interface RawFigure extends BoundedValue {
  readonly unit: Unit | undefined;
}
export const NUMBER_TEXT = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?(?:\s*[%％])?\s*$/;

/**
 * The power of ten of the last printed digit of a number text: `'40.3'` → −1, `'9.5%'` → −3
 * (percent is read as a fraction), `'2054'` → 0, `'1.5e3'` → 2.
 */
export function lastDigitExponent(text: string): number {
  let body = text.trim();
  let exponent = 0;
  if (body.endsWith('%') || body.endsWith('％')) {
    body = body.slice(0, -1).trim();
    exponent -= 2;
  }
  const e = body.search(/[eE]/);
  if (e >= 0) {
    exponent += Number(body.slice(e + 1));
    body = body.slice(0, e);
  }
  return exponent - decimalsOf(body);
}

/**
 * The magnitudes an audit reads: figures within 1e±1000, printed to at most 1000 places. An audit
 * works in exact fractions, whose size grows with the exponents; a printed figure never comes
 * near this bound, and a value beyond it would make fractions of a million digits.
 *
 * @internal
 */
export const AUDIT_MAX_EXPONENT = 1000;

/**
 * Throws `INVALID_NUMBER` for a value (or its last printed digit) beyond {@link AUDIT_MAX_EXPONENT}.
 *
 * @internal
 */
export function requireAuditable(
  fn: string,
  arg: string,
  value: Decimal,
  exponent: number,
  shown: unknown,
): void {
  const e = value.isZero() ? 0 : value.e;
  if (Math.abs(e) > AUDIT_MAX_EXPONENT || Math.abs(exponent) > AUDIT_MAX_EXPONENT) {
    throw invalidNumberError(fn, arg, shown, AUDIT_MAX_EXPONENT);
  }
}

/** `−n` without a negative zero. */
export function negate(n: number): number {
  return n === 0 ? 0 : -n;
}

export function exactIf(exact: boolean, exponent: number): Rational {
  return exact ? ZERO : halfUnit(exponent);
}

/**
 * Reads a rate or other plain number input (`'9.5%'`, `'0.584'`, `0.584`, a decimal) with half a
 * unit of its last printed digit.
 *
 * @internal
 */
export function readNumberFigure(
  fn: string,
  arg: string,
  input: DecimalInput,
  exactInputs: boolean,
): BoundedValue {
  if (typeof input === 'string' && !NUMBER_TEXT.test(input)) {
    return readRateText(fn, arg, input, exactInputs);
  }
  const value = toDecimal(input, { fn, arg });
  const exponent =
    typeof input === 'string' ? lastDigitExponent(input) : negate(value.decimalPlaces());
  requireAuditable(fn, arg, value, isDecimal(input) ? 0 : exponent, input);
  if (isDecimal(input)) return { value: fromDecimal(value), half: ZERO };
  return { value: fromDecimal(value), half: exactIf(exactInputs, exponent) };
}

/**
 * Half a unit of the last printed digit, widened to a whole unit for a qualified figure (约, 近,
 * 余, 以上, 不足: the report itself says the value is not exact to that digit).
 */
function printedHalf(exactInputs: boolean, exponent: number | null, qualified: boolean): Rational {
  if (exactInputs || exponent === null) return ZERO;
  return qualified ? pow10(exponent) : halfUnit(exponent);
}

/** An input's figure text, read; text that is no figure is an `INVALID_NUMBER` of that input. */
function readInputFigure(fn: string, arg: string, input: string): ReadFigure {
  try {
    return readFigureText(input, fn, arg);
  } catch (error) {
    if (isTownIndicatorsError(error, ErrorCode.PARSE_ERROR))
      throw invalidNumberError(fn, arg, input);
    throw error;
  }
}

/**
 * Reads a rate or point change as report text prints it (`'下降6.98%'`, `'1.34个百分点'`,
 * `'百分之五'`) as a fraction, with its printed precision.
 */
function readRateText(fn: string, arg: string, input: string, exactInputs: boolean): BoundedValue {
  const read = readInputFigure(fn, arg, input);
  const { figure } = read;
  const value = exactOf(read);
  if (
    (figure.kind !== 'rate' && figure.kind !== 'point-change' && figure.kind !== 'multiple') ||
    value === undefined
  ) {
    throw invalidNumberError(fn, arg, input);
  }
  return {
    value,
    half: printedHalf(exactInputs, read.lastDigitExponent, figure.qualifier !== undefined),
  };
}

export function readRawAmount(
  fn: string,
  arg: string,
  input: AmountInput,
  exactInputs: boolean,
): RawFigure {
  if (isQuantity(input)) {
    requireAuditable(fn, arg, input.value, negate(input.value.decimalPlaces()), String(input));
    return {
      value: fromDecimal(input.value),
      half: exactIf(exactInputs, negate(input.value.decimalPlaces())),
      unit: input.unit,
    };
  }
  if (typeof input === 'string' && !NUMBER_TEXT.test(input)) {
    const read = readInputFigure(fn, arg, input);
    const { figure } = read;
    const qualified = figure.qualifier !== undefined;
    if (figure.kind === 'amount') {
      const { quantity } = figure;
      return {
        value: fromDecimal(quantity.value),
        half: printedHalf(exactInputs, read.lastDigitExponent, qualified),
        unit:
          quantity.unit.dimension === 'number' && quantity.unit.name === ''
            ? undefined
            : quantity.unit,
      };
    }
    const value = exactOf(read);
    if ((figure.kind === 'rate' || figure.kind === 'point-change') && value !== undefined) {
      return {
        value,
        half: printedHalf(exactInputs, read.lastDigitExponent, qualified),
        unit: undefined,
      };
    }
    throw invalidNumberError(fn, arg, input);
  }
  return { ...readNumberFigure(fn, arg, input, exactInputs), unit: undefined };
}

export function convertFigure(
  fn: string,
  arg: string,
  figure: RawFigure,
  target: Unit | undefined,
): BoundedValue {
  const from = figure.unit;
  if (from === undefined || target === undefined || from === target) return figure;
  if (!areCompatible(from, target)) {
    throw unitMismatchError(fn, arg, from.name, target.name);
  }
  const [numerator, denominator] = unitFactorRatio(from, target);
  const factor = div(fromDecimal(numerator), fromDecimal(denominator));
  return { value: mul(figure.value, factor), half: mul(figure.half, factor) };
}

/** Amount inputs converted into one unit. */
export interface Amounts {
  readonly figures: readonly BoundedValue[];
  /** The common unit: the target, or the first quantity's; `undefined` when none was given. */
  readonly unit: Unit | undefined;
}

/**
 * Reads amount inputs (numbers, quantities or quantity text) and converts them into `target`, or
 * into the unit of the first quantity; plain numbers are taken to be in that unit. Quantities of
 * another dimension or currency throw `UNIT_MISMATCH`.
 *
 * @internal
 */
export function readAmounts(
  fn: string,
  operands: readonly (readonly [name: string, value: AmountInput])[],
  exactInputs: boolean,
  target?: Unit,
): Amounts {
  const raw = operands.map(([name, value]) => readRawAmount(fn, name, value, exactInputs));
  const unit = target ?? raw.find((figure) => figure.unit !== undefined)?.unit;
  const figures = raw.map((figure, index) =>
    convertFigure(fn, operands[index]?.[0] ?? 'value', figure, unit),
  );
  return { figures, unit };
}

/**
 * {@link readAmounts} for named inputs: `{ part, whole }` → `{ part: BoundedValue, whole: BoundedValue }`.
 *
 * @internal
 */
export function readNamedAmounts<K extends string>(
  fn: string,
  inputs: Readonly<Record<K, AmountInput>>,
  exactInputs: boolean,
): Readonly<Record<K, BoundedValue>> {
  const names = Object.keys(inputs) as K[];
  const { figures } = readAmounts(
    fn,
    names.map((name) => [name, inputs[name]] as const),
    exactInputs,
  );
  const result = {} as Record<K, BoundedValue>;
  names.forEach((name, index) => {
    result[name] = figures[index] as BoundedValue;
  });
  return result;
}
