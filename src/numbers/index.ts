export type { DecimalInput, ToDecimalOptions } from './decimal.js';
export {
  decimalsOf,
  isDecimal,
  MAX_EXPONENT,
  PublicDecimal as Decimal,
  roundHalfUp,
  toDecimal,
} from './decimal.js';
