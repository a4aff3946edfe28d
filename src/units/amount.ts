/**
 * The amount types of the calculators' signatures: what they accept for an amount, and what an
 * amount result is.
 *
 * @module
 */
import type { Decimal, DecimalInput } from '../numbers/decimal.js';
import type { Quantity } from './quantity.js';

/** A number or a quantity: what calculators accept for an amount. @category Units */
export type AmountInput = DecimalInput | Quantity;

/**
 * The type of an amount a calculator returns, from the types of its amount inputs `T`: a
 * {@link Quantity} when an input is or may be a quantity, a {@link Decimal} when none can be, and
 * `Decimal | Quantity` when nothing is known of the inputs (`any` or `unknown`, such as values
 * read from JSON).
 *
 * @category Units
 */
export type AmountOf<T> = unknown extends T
  ? Decimal | Quantity
  : [Extract<T, Quantity>] extends [never]
    ? Decimal
    : Quantity;
