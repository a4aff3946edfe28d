export type { AmountInput, AmountOf } from './amount.js';
export type { ParseQuantityOptions } from './parse.js';
export { parseQuantity } from './parse.js';
export type { Qualifier, Quantity, QuantityOptions } from './quantity.js';
export { convert, isQuantity, quantity } from './quantity.js';
export type { BaseDimension, Currency, Dimension, Unit } from './table.js';
export { areCompatible, findUnit, listUnits } from './table.js';
