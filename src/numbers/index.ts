export type { DecimalInput, ToDecimalOptions } from './decimal.js';
export { Decimal, decimalsOf, isDecimal, roundHalfUp, toDecimal } from './decimal.js';
