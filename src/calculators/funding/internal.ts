/**
 * Reading and checking shared by the funding calculators. Internal: not re-exported.
 *
 * @internal
 * @module
 */
import { ErrorCode, TownIndicatorsError } from '../../errors.js';
import * as messages from '../../messages.js';
import { Decimal, type DecimalInput, isDecimal, toDecimal } from '../../numbers/decimal.js';
import type { AmountInput, AmountOf, NamedOperand } from '../../units/operands.js';
import { isQuantity, quantityOfUnit } from '../../units/quantity.js';
import { areCompatible, type Unit } from '../../units/table.js';

/** An error `DIVISION_BY_ZERO` naming the function and the argument. @internal */
export function divisionByZero(fn: string, arg: string): TownIndicatorsError {
  return new TownIndicatorsError(ErrorCode.DIVISION_BY_ZERO, messages.divisionByZero(fn, arg), {
    fn,
    arg,
  });
}

/**
 * An error `NON_POSITIVE_BASE` naming the function, the argument and its value. A value read into
 * the base unit is shown in `unit` again (`"-1亿元"`, not `"-100000000"`).
 *
 * @internal
 */
export function nonPositiveBase(
  fn: string,
  arg: string,
  value: Decimal,
  unit?: Unit,
): TownIndicatorsError {
  const text =
    unit === undefined ? value.toString() : `${value.div(unit.factor).toString()}${unit.name}`;
  return new TownIndicatorsError(
    ErrorCode.NON_POSITIVE_BASE,
    messages.nonPositiveBase(fn, arg, text),
    { fn, arg, value: text },
  );
}

/**
 * Reads a rate per period and returns its discount base 1 + rate, which must be positive (a rate
 * of −100% or less discounts nothing): `NON_POSITIVE_BASE` otherwise.
 *
 * @internal
 */
export function readDiscountBase(fn: string, arg: string, rate: DecimalInput): Decimal {
  const value = toDecimal(rate, { fn, arg });
  const base = value.plus(1);
  if (base.lte(0)) {
    throw new TownIndicatorsError(
      ErrorCode.NON_POSITIVE_BASE,
      messages.nonPositiveBase(fn, `1 + ${arg}`, base.toString()),
      { fn, arg, value: value.toString() },
    );
  }
  return base;
}

/** An error `INVALID_ARGUMENT` naming the function and the argument. @internal */
export function invalidArgument(
  fn: string,
  arg: string,
  reason: string,
  value?: unknown,
): TownIndicatorsError {
  return new TownIndicatorsError(
    ErrorCode.INVALID_ARGUMENT,
    messages.invalidArgument(fn, arg, reason),
    value === undefined ? { fn, arg } : { fn, arg, value },
  );
}

/** An error `NO_SOLUTION` naming the function. @internal */
export function noSolution(fn: string, reason: string): TownIndicatorsError {
  return new TownIndicatorsError(ErrorCode.NO_SOLUTION, messages.noSolution(fn, reason), { fn });
}

/** Operands read into the base unit of their dimension. @internal */
export interface BaseOperands {
  /**
   * The values in the base unit (元, 美元, 亩, 人 …) of {@link BaseOperands.unit}; as given when
   * every operand was a plain number.
   */
  readonly values: Decimal[];
  /** The unit of the first quantity among the operands; `undefined` when none was a quantity. */
  readonly unit: Unit | undefined;
}

/**
 * Reads amount operands into the base unit of the first quantity's dimension. Every factor of the
 * units table is an exact decimal in its base unit, so no digit is lost: `'40.3亿元'` and
 * `'403000万元'` read as the same number, and a result never depends on the units chosen.
 * A plain number next to a quantity is taken to be in that quantity's unit (the convention of
 * `readOperands`); a quantity of another dimension or currency throws `UNIT_MISMATCH`.
 *
 * @internal
 */
export function readInBase(fn: string, operands: readonly NamedOperand[]): BaseOperands {
  let unit: Unit | undefined;
  for (const [, value] of operands) {
    if (isQuantity(value)) {
      unit = value.unit;
      break;
    }
  }
  const values: Decimal[] = [];
  for (const [name, value] of operands) {
    if (isQuantity(value)) {
      // `unit` is defined: this operand set it, or an earlier one did.
      const common = unit ?? value.unit;
      if (!areCompatible(value.unit, common)) {
        throw new TownIndicatorsError(
          ErrorCode.UNIT_MISMATCH,
          messages.unitMismatch(fn, name, value.unit.name, common.name),
          { fn, arg: name, from: value.unit.name, to: common.name },
        );
      }
      values.push(value.value.times(value.unit.factor));
    } else {
      const number = toDecimal(value, { fn, arg: name });
      values.push(unit === undefined ? number : number.times(unit.factor));
    }
  }
  return { values, unit };
}

/**
 * Expresses an amount computed in the base unit as the calculator's result: a quantity in `unit`
 * (one rounding at most), or the decimal itself when no quantity came in.
 *
 * @internal
 */
export function amountFromBase<T>(value: Decimal, unit: Unit | undefined): AmountOf<T> {
  if (unit === undefined) return value as AmountOf<T>;
  const inUnit = unit.factor.eq(1) ? value : value.div(unit.factor);
  return quantityOfUnit(inUnit, unit) as AmountOf<T>;
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

/** Adds decimals exactly (up to the 34 significant digits of the clone). @internal */
export function sum(values: readonly Decimal[], from = 0, to = values.length): Decimal {
  let total = new Decimal(0);
  for (let index = from; index < to; index += 1) {
    const value = values[index];
    if (value !== undefined) total = total.plus(value);
  }
  return total;
}

/**
 * The ratio `numerator / base` of two amounts of one dimension, where the base is a plan, a
 * commitment or a seed amount: zero throws `DIVISION_BY_ZERO`, negative throws
 * `NON_POSITIVE_BASE` (a negative plan or commitment has no meaning as a denominator).
 * Each side may be one amount or a list of amounts, which are added. `first` and `second` are the
 * calculator's arguments in call order (the first quantity among them sets the unit in which plain
 * numbers are read); `baseIsFirst` tells which one is the denominator.
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
  const { values, unit } = readInBase(fn, [...firstItems, ...namedItems(second[0], second[1])]);
  const firstSum = sum(values, 0, firstItems.length);
  const secondSum = sum(values, firstItems.length);
  const [baseArg, denominator, numerator] = baseIsFirst
    ? [first[0], firstSum, secondSum]
    : [second[0], secondSum, firstSum];
  if (denominator.isZero()) throw divisionByZero(fn, baseArg);
  if (denominator.isNegative()) throw nonPositiveBase(fn, baseArg, denominator, unit);
  return numerator.div(denominator);
}

/**
 * Reads the parts of `shares` / `roundShares`: their keys in order and their values in the base
 * unit of their dimension. An empty record throws `INVALID_ARGUMENT`.
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
    throw invalidArgument(fn, 'parts', 'must be a record of named amounts', parts);
  }
  const keys = Object.keys(parts);
  if (keys.length === 0) throw invalidArgument(fn, 'parts', 'must have at least one part');
  const { values } = readInBase(
    fn,
    keys.map((key) => [`parts.${key}`, parts[key] as AmountInput] as const),
  );
  return { keys, values };
}
