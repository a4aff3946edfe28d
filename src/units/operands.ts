import type { Decimal, DecimalInput } from '../numbers/decimal.js';
import { toDecimal } from '../numbers/decimal.js';
import { convertValue, isQuantity, type Quantity, quantityOfUnit } from './quantity.js';
import type { Unit } from './table.js';

/** A number or a quantity: what calculators accept for an amount. */
export type AmountInput = DecimalInput | Quantity;

/**
 * The type of an amount a calculator returns: a {@link Quantity} when any input was a quantity,
 * a {@link Decimal} otherwise.
 */
export type AmountOf<T> = [Extract<T, Quantity>] extends [never] ? Decimal : Quantity;

/** A named argument of a calculator: `[argumentName, value]`. */
export type NamedOperand = readonly [name: string, value: AmountInput];

/** The operands of one calculator call, converted into one common unit. */
export interface Operands {
  /** The values, in the order given, in {@link Operands.unit} (or as given when no quantity came). */
  readonly values: readonly Decimal[];
  /** The unit of the first quantity among the operands; `undefined` when all were plain numbers. */
  readonly unit: Unit | undefined;
}

/**
 * Reads a calculator's amount operands: numbers are read with {@link toDecimal}; quantities are
 * converted into the unit of the first quantity, and a quantity of another dimension or currency
 * throws `UNIT_MISMATCH`. Plain numbers among quantities are taken to be in that common unit.
 *
 * @internal
 */
export function readOperands(fn: string, operands: readonly NamedOperand[]): Operands {
  let unit: Unit | undefined;
  for (const [, value] of operands) {
    if (isQuantity(value)) {
      unit = value.unit;
      break;
    }
  }
  const values = operands.map(([name, value]) => {
    if (isQuantity(value)) {
      // `unit` is defined: this very operand set it, or an earlier one did.
      return convertValue(value.value, value.unit, unit ?? value.unit, fn, name);
    }
    return toDecimal(value, { fn, arg: name });
  });
  return { values, unit };
}

/**
 * Reads one amount, in its own unit when it is a quantity.
 *
 * @internal
 */
export function readAmount(fn: string, name: string, value: AmountInput): Decimal {
  return isQuantity(value) ? value.value : toDecimal(value, { fn, arg: name });
}

/**
 * Reads one amount converted into a given unit (plain numbers are taken to be in that unit).
 *
 * @internal
 */
export function readAmountIn(fn: string, name: string, value: AmountInput, unit: Unit): Decimal {
  return isQuantity(value)
    ? convertValue(value.value, value.unit, unit, fn, name)
    : toDecimal(value, { fn, arg: name });
}

/**
 * Wraps a computed amount: a {@link Quantity} in `unit` when the operands had one, else the decimal.
 *
 * @internal
 */
export function toAmount<T>(value: Decimal, unit: Unit | undefined): AmountOf<T> {
  return (unit === undefined ? value : quantityOfUnit(value, unit)) as AmountOf<T>;
}
