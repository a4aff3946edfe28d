/**
 * Reading the amount operands of calculators. Amounts are read into the base unit of their
 * dimension (元, 美元, 亩, 人 …), where every unit of the table has an exact decimal factor, so
 * no digit is lost before a formula runs and a result never depends on the units chosen; an
 * amount result is expressed in the unit of the first quantity again.
 *
 * Internal: the calculators' own readers (the types {@link AmountInput} and {@link AmountOf} are
 * public, in `units/amount.ts`).
 *
 * @example
 * ```ts
 * // Internal: calculators read amounts through these, in the base unit: 94000万元 is 9.4亿元.
 * growthRate(quantity('8.06', '亿元'), quantity('94000', '万元')).toFixed(4);
 * // => '0.1663'
 * ```
 *
 * @internal
 * @module
 */
import {
  type ArgName,
  divisionByZeroError,
  invalidArgumentError,
  nonPositiveBaseError,
  unitMismatchError,
} from '../../errors.js';
import type { Decimal } from '../../numbers/decimal.js';
import { isDecimal, resultInRange, toDecimal } from '../../numbers/decimal.js';
import type { AmountInput, AmountOf } from '../../units/amount.js';
import { isQuantity, type Quantity, quantityOfUnit, requireUnit } from '../../units/quantity.js';
import { areCompatible, type Dimension, type Unit } from '../../units/table.js';
import { sum, WideDecimal } from './wide.js';

/**
 * A named argument of a calculator: `[argumentName, value]`.
 *
 * @internal
 */
export type NamedOperand = readonly [name: string, value: AmountInput];

/**
 * The unit of the first quantity among one or two operands, or `undefined` when none is one
 * (no list on the two-operand hot path; for a list, pass `list.find(isQuantity)`).
 *
 * @internal
 */
export function firstUnit(a: unknown, b?: unknown): Unit | undefined {
  if (isQuantity(a)) return a.unit;
  if (isQuantity(b)) return b.unit;
  return undefined;
}

/**
 * Reads an operand in the base unit of `unit`'s dimension (元, 亩, 人 …). A quantity must be
 * compatible with `unit` (else `UNIT_MISMATCH`) and is multiplied by its unit's factor; a plain
 * number is taken to be in `unit` (and left as it is when `unit` is `undefined`). Multiplying by
 * a factor is exact, so ratios of operands do not depend on the units they were given in.
 *
 * @internal
 */
export function readInBaseUnits(
  name: ArgName,
  value: AmountInput,
  unit: Unit | undefined,
): Decimal {
  if (isQuantity(value)) {
    if (unit !== undefined && !areCompatible(value.unit, unit)) {
      throw unitMismatchError(name.fn, name.arg, value.unit.name, unit.name);
    }
    return value.value.times(value.unit.factor);
  }
  const number = toDecimal(value, name);
  return unit === undefined ? number : number.times(unit.factor);
}

/** Operands read into the base unit of their dimension. @internal */
export interface BaseOperands {
  /**
   * The values in the base unit (元, 美元, 亩, 人 …) of {@link BaseOperands.unit}, in the order
   * given; as given when every operand was a plain number.
   */
  readonly values: Decimal[];
  /** The unit of the first quantity among the operands; `undefined` when none was a quantity. */
  readonly unit: Unit | undefined;
}

/**
 * Reads amount operands with {@link readInBaseUnits} in the unit of the first quantity among
 * them: `'40.3亿元'` and `'403000万元'` read as the same number, a plain number next to a
 * quantity is taken to be in that quantity's unit, and a quantity of another dimension or
 * currency throws `UNIT_MISMATCH`.
 *
 * @internal
 */
export function readAllInBaseUnits(fn: string, operands: readonly NamedOperand[]): BaseOperands {
  let unit: Unit | undefined;
  for (const [, value] of operands) {
    if (isQuantity(value)) {
      unit = value.unit;
      break;
    }
  }
  const values = operands.map(([arg, value]) => readInBaseUnits({ fn, arg }, value, unit));
  return { values, unit };
}

/**
 * {@link readAllInBaseUnits} for amounts of one dimension: first, a quantity of another dimension
 * throws `UNIT_MISMATCH` offering `expected` (`'亩'`, `'人'`) — see {@link requireDimension}.
 *
 * @internal
 */
export function readAllInBaseUnitsOf(
  fn: string,
  dimension: Dimension,
  expected: string,
  operands: readonly NamedOperand[],
): BaseOperands {
  for (const [arg, value] of operands) requireDimension({ fn, arg }, value, dimension, expected);
  return readAllInBaseUnits(fn, operands);
}

/**
 * Expresses a value computed in the base unit in `unit` (one rounding at most), or returns it
 * as it is when there is no unit.
 *
 * @internal
 */
export function fromBaseUnits(value: Decimal, unit: Unit | undefined): Decimal {
  return unit === undefined || unit.factor.eq(1) ? value : value.div(unit.factor);
}

/**
 * Expresses an amount computed in the base unit as a calculator's result: a quantity in `unit`
 * (one rounding at most), or the decimal itself when no quantity came in.
 *
 * @internal
 */
export function amountFromBaseUnits<T>(value: Decimal, unit: Unit | undefined): AmountOf<T> {
  return toAmount<T>(fromBaseUnits(value, unit), unit);
}

/**
 * Reads one amount in its own unit: a quantity's value, or a number read with `toDecimal`. For
 * a calculator that scales one amount and keeps its unit ({@link toAmount}).
 *
 * @internal
 */
export function readAmount(name: ArgName, value: AmountInput): Decimal {
  return isQuantity(value) ? value.value : toDecimal(value, name);
}

/**
 * Wraps a value already in `unit`: a {@link Quantity} of that unit, or the decimal itself when
 * there is no unit.
 *
 * @internal
 */
export function toAmount<T>(value: Decimal, unit: Unit | undefined): AmountOf<T> {
  return (unit === undefined ? value : quantityOfUnit(value, unit)) as AmountOf<T>;
}

/**
 * Throws `UNIT_MISMATCH` when `value` is a quantity of another dimension than `dimension` (a
 * population passed as an area, money passed as a population …); `expected` names the unit the
 * message offers instead (`'亩'`, `'人'`).
 *
 * @internal
 */
export function requireDimension(
  name: ArgName,
  value: AmountInput,
  dimension: Dimension,
  expected: string,
): void {
  if (isQuantity(value) && value.dimension !== dimension) {
    throw unitMismatchError(name.fn, name.arg, value.unit.name, expected);
  }
}

/**
 * Reads a unit option (`options.areaUnit`): the unit it names, or `fallback` when it is not given.
 * `UNKNOWN_UNIT` for a name not in the units table, `UNIT_MISMATCH` (offering `fallback`) for a
 * unit of another dimension than `dimension`.
 *
 * @internal
 */
export function readUnitOption(
  name: ArgName,
  value: string | undefined,
  dimension: Dimension,
  fallback: string,
): Unit {
  const unit = requireUnit(name.fn, name.arg, value ?? fallback);
  if (unit.dimension !== dimension) {
    throw unitMismatchError(name.fn, name.arg, unit.name, fallback);
  }
  return unit;
}

/**
 * Names the items of an amount-or-list argument: `[['secured', x]]` for one amount,
 * `[['secured[0]', x0], ['secured[1]', x1] …]` for a list.
 *
 * @internal
 */
export function namedItems(
  arg: string,
  value: AmountInput | readonly AmountInput[],
): NamedOperand[] {
  if (!Array.isArray(value)) return [[arg, value as AmountInput]];
  const list = value as readonly AmountInput[];
  const items: NamedOperand[] = [];
  // A hole or an `undefined` item is read by `toDecimal`, which throws `INVALID_NUMBER` naming it.
  for (let index = 0; index < list.length; index += 1) {
    items.push([`${arg}[${index}]`, list[index] as AmountInput]);
  }
  return items;
}

/**
 * Reads named parts (`shares`, `roundShares`): their keys in order and their values in the base
 * unit of their dimension. Anything but a record of amounts, or an empty one, throws
 * `INVALID_ARGUMENT` naming `parts`.
 *
 * @internal
 */
export function readParts(
  fn: string,
  parts: Readonly<Record<string, AmountInput>>,
): { readonly keys: readonly string[]; readonly values: readonly Decimal[] } {
  if (
    typeof parts !== 'object' ||
    parts === null ||
    Array.isArray(parts) ||
    isQuantity(parts) ||
    isDecimal(parts)
  ) {
    throw invalidArgumentError(fn, 'parts', 'must be a record of named amounts', parts);
  }
  const keys = Object.keys(parts);
  if (keys.length === 0) throw invalidArgumentError(fn, 'parts', 'must have at least one part');
  const { values } = readAllInBaseUnits(
    fn,
    keys.map((key) => [`parts.${key}`, parts[key] as AmountInput] as const),
  );
  return { keys, values };
}

/**
 * The ratio `numerator / base` of two amounts of one dimension, where the base is a plan, a
 * commitment or a seed amount: zero throws `DIVISION_BY_ZERO`, negative throws
 * `NON_POSITIVE_BASE` (a negative plan or commitment has no meaning as a denominator), the value
 * shown in the unit of the first quantity. Each side may be one amount or a list of amounts,
 * which are added. `first` and `second` are the calculator's arguments in call order (the first
 * quantity among them sets the unit in which plain numbers are read); `baseIsFirst` tells which
 * one is the denominator.
 *
 * @internal
 */
export function ratioToPositiveBase(
  fn: string,
  first: readonly [name: string, value: AmountInput | readonly AmountInput[]],
  second: readonly [name: string, value: AmountInput | readonly AmountInput[]],
  baseIsFirst: boolean,
): Decimal {
  const firstItems = namedItems(first[0], first[1]);
  const { values, unit } = readAllInBaseUnits(fn, [
    ...firstItems,
    ...namedItems(second[0], second[1]),
  ]);
  const firstSum = sum(values, 0, firstItems.length);
  const secondSum = sum(values, firstItems.length);
  const [baseArg, denominator, numerator] = baseIsFirst
    ? [first[0], firstSum, secondSum]
    : [second[0], secondSum, firstSum];
  if (denominator.isZero()) throw divisionByZeroError(fn, baseArg);
  if (denominator.isNegative()) {
    throw nonPositiveBaseError(fn, baseArg, amountFromBaseUnits(denominator, unit));
  }
  return numerator.div(denominator);
}

/**
 * Reads the two values of a compound or logarithmic growth formula and returns `later / base` in
 * 60 digits (a {@link WideDecimal}), for the caller to root or take the logarithm of and round
 * once. Both are read in the base unit of the first quantity. A zero `base` throws
 * `DIVISION_BY_ZERO` and a negative one `NON_POSITIVE_BASE`; `later` must be positive (a
 * logarithm) or at least non-negative (a root), else `NON_POSITIVE_BASE`.
 *
 * @internal
 */
export function readGrowthRatio(
  base: ArgName,
  baseValue: AmountInput,
  later: ArgName,
  laterValue: AmountInput,
  laterMustBe: 'positive' | 'non-negative',
): Decimal {
  const unit = firstUnit(baseValue, laterValue);
  const b = readInBaseUnits(base, baseValue, unit);
  const l = readInBaseUnits(later, laterValue, unit);
  if (b.isZero()) throw divisionByZeroError(base.fn, base.arg);
  if (b.isNegative()) throw nonPositiveBaseError(base.fn, base.arg, baseValue);
  const laterTooSmall =
    laterMustBe === 'positive' ? !l.isPositive() || l.isZero() : l.isNegative() && !l.isZero();
  if (laterTooSmall) throw nonPositiveBaseError(later.fn, later.arg, laterValue);
  return resultInRange(new WideDecimal(l).div(b), later.fn, later.arg);
}
