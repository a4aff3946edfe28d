/**
 * Argument readers and checks shared by the urbanization and land calculators (the land
 * calculators import them from here). Internal: not re-exported.
 *
 * @internal
 * @module
 */
import { ErrorCode, TownIndicatorsError } from '../../errors.js';
import * as messages from '../../messages.js';
import { type Decimal, type DecimalInput, toDecimal } from '../../numbers/decimal.js';
import { type AmountInput, type NamedOperand, readAmount } from '../../units/operands.js';
import { convertValue, isQuantity, requireUnit } from '../../units/quantity.js';
import type { Dimension, Unit } from '../../units/table.js';

/**
 * Throws `UNIT_MISMATCH` for the first quantity among `operands` that is not of `dimension`
 * (a population passed as an area, money passed as a population …).
 *
 * @internal
 */
export function requireDimension(
  fn: string,
  dimension: Dimension,
  expected: string,
  operands: readonly NamedOperand[],
): void {
  for (const [name, value] of operands) {
    if (isQuantity(value) && value.dimension !== dimension) {
      throw new TownIndicatorsError(
        ErrorCode.UNIT_MISMATCH,
        messages.unitMismatch(fn, name, value.unit.name, expected),
        { fn, arg: name, from: value.unit.name, to: expected },
      );
    }
  }
}

/**
 * Throws `INVALID_ARGUMENT` when `value` is negative (an area or a population cannot be).
 *
 * @internal
 */
export function requireNonNegative(fn: string, arg: string, value: Decimal): void {
  if (value.lt(0)) {
    throw new TownIndicatorsError(
      ErrorCode.INVALID_ARGUMENT,
      messages.invalidArgument(fn, arg, `must not be negative, got "${value.toString()}"`),
      { fn, arg, value: value.toString() },
    );
  }
}

/**
 * Reads the length of a period in years; throws `INVALID_ARGUMENT` unless it is positive.
 *
 * @internal
 */
export function readYears(fn: string, years: DecimalInput): Decimal {
  const value = toDecimal(years, { fn, arg: 'years' });
  if (value.lte(0)) {
    throw new TownIndicatorsError(
      ErrorCode.INVALID_ARGUMENT,
      messages.invalidArgument(fn, 'years', `must be positive, got "${value.toString()}"`),
      { fn, arg: 'years', value: value.toString() },
    );
  }
  return value;
}

/**
 * Resolves a unit option (`options.areaUnit`) and checks its dimension: `UNKNOWN_UNIT` for a name
 * not in the units table, `UNIT_MISMATCH` for a unit of another dimension.
 *
 * @internal
 */
export function requireUnitOf(
  fn: string,
  arg: string,
  name: string,
  dimension: Dimension,
  expected: string,
): Unit {
  const unit = requireUnit(fn, arg, name);
  if (unit.dimension !== dimension) {
    throw new TownIndicatorsError(
      ErrorCode.UNIT_MISMATCH,
      messages.unitMismatch(fn, arg, unit.name, expected),
      { fn, arg, from: unit.name, to: expected },
    );
  }
  return unit;
}

/**
 * Reads an amount into `target`: a quantity is converted from its own unit, a plain number is
 * taken to be in `plain` (the caller's default or option unit) and converted from there.
 *
 * @internal
 */
export function readIn(
  fn: string,
  arg: string,
  value: AmountInput,
  plain: Unit,
  target: Unit,
): Decimal {
  if (isQuantity(value)) return convertValue(value.value, value.unit, target, fn, arg);
  const number = toDecimal(value, { fn, arg });
  return convertValue(number, plain, target, fn, arg);
}

/** Two amounts of one dimension, read into the base unit of that dimension. @internal */
export interface Pair {
  /** The first operand in the base unit (亩, 人, 元 …); as given when both were plain numbers. */
  readonly first: Decimal;
  /** The second operand, likewise. */
  readonly second: Decimal;
  /** The unit of the first quantity among the two; `undefined` when both were plain numbers. */
  readonly unit: Unit | undefined;
}

/**
 * Reads two amounts of one dimension. Quantities must be of `dimension` (`UNIT_MISMATCH`
 * otherwise); a plain number next to a quantity is taken to be in that quantity's unit (the
 * convention of `readOperands`). Both values come back in the dimension's base unit, where every
 * unit of the table has an exact factor, so no digit is lost before the formula runs.
 *
 * @internal
 */
export function readPair(
  fn: string,
  dimension: Dimension,
  expected: string,
  first: NamedOperand,
  second: NamedOperand,
): Pair {
  requireDimension(fn, dimension, expected, [first, second]);
  const unit = [first[1], second[1]].find(isQuantity)?.unit;
  if (unit === undefined) {
    return {
      first: readAmount(fn, first[0], first[1]),
      second: readAmount(fn, second[0], second[1]),
      unit,
    };
  }
  const base = requireUnit(fn, 'unit', unit.base);
  return {
    first: readIn(fn, first[0], first[1], unit, base),
    second: readIn(fn, second[0], second[1], unit, base),
    unit,
  };
}

/**
 * Expresses a value computed in the base unit in `unit` (one rounding at most), or returns it
 * as it is when there is no unit.
 *
 * @internal
 */
export function fromBase(value: Decimal, unit: Unit | undefined): Decimal {
  return unit === undefined ? value : value.div(unit.factor);
}

/**
 * The SDG 11.3.1 land consumption rate, with argument names for messages:
 * (present − past) / past / years, computed with one rounding.
 *
 * @internal
 */
export function landConsumptionRateOf(
  fn: string,
  past: NamedOperand,
  present: NamedOperand,
  years: Decimal,
): Decimal {
  const { first, second } = readPair(fn, 'area', '亩', past, present);
  if (first.isZero()) {
    throw new TownIndicatorsError(
      ErrorCode.DIVISION_BY_ZERO,
      messages.divisionByZero(fn, past[0]),
      {
        fn,
        arg: past[0],
      },
    );
  }
  if (first.lt(0)) {
    throw new TownIndicatorsError(
      ErrorCode.NON_POSITIVE_BASE,
      messages.nonPositiveBase(fn, past[0], first.toString()),
      { fn, arg: past[0], value: first.toString() },
    );
  }
  requireNonNegative(fn, present[0], second);
  return second.minus(first).div(first.times(years));
}

/**
 * The SDG 11.3.1 population growth rate, with argument names for messages:
 * ln(present / past) / years.
 *
 * @internal
 */
export function populationGrowthRateOf(
  fn: string,
  past: NamedOperand,
  present: NamedOperand,
  years: Decimal,
): Decimal {
  const { first, second } = readPair(fn, 'population', '人', past, present);
  if (first.isZero()) {
    throw new TownIndicatorsError(
      ErrorCode.DIVISION_BY_ZERO,
      messages.divisionByZero(fn, past[0]),
      {
        fn,
        arg: past[0],
      },
    );
  }
  for (const [name, value] of [
    [past[0], first],
    [present[0], second],
  ] as const) {
    if (value.lte(0)) {
      throw new TownIndicatorsError(
        ErrorCode.NON_POSITIVE_BASE,
        messages.nonPositiveBase(fn, name, value.toString()),
        { fn, arg: name, value: value.toString() },
      );
    }
  }
  return second.div(first).ln().div(years);
}
