import { invalidArgumentError } from '../../errors.js';
import { roundHalfUp } from '../../numbers/decimal.js';
import { requireOptions } from '../../numbers/internal.js';
import { parseQuantity } from '../../units/parse.js';
import {
  convertValue,
  isQuantity,
  type Quantity,
  quantityOfUnit,
  requireUnit,
} from '../../units/quantity.js';
import { fixed, readDecimals } from './internal.js';

const FN = 'formatQuantity';

/** Options of {@link formatQuantity}. @category Formatting */
export interface FormatQuantityOptions {
  /** The unit to print in (`'公顷'`, `'亿元'`, an alias such as `'ha'`). Default: the quantity's own. */
  readonly unit?: string;
  /**
   * Digits after the decimal point, rounded half up and kept even when zero. Default: every digit
   * of the (converted) value, unrounded.
   */
  readonly decimals?: number;
}

/**
 * Prints a quantity as report text, optionally converted into another unit and rounded half up
 * at a fixed number of decimals; the qualifier (约, 近, 余 …) is kept in its place.
 *
 * Formula: roundHalfUp(value × factor(unit of q) / factor(unit), decimals), then the unit.
 *
 * Source: NBS statistical convention (四舍五入); exact unit factors (1 公顷 = 15 亩, 1 平方公里 =
 * 1500 亩, 1 亿元 = 10⁴ 万元); the Chinese term is 计量单位换算.
 *
 * @param q - a {@link Quantity} or quantity text (`'1750.5亩'`)
 * @param options - the target `unit` and the `decimals` to print
 * @returns the text, such as `'116.7公顷'` or `'近5.0万人'`
 * @throws TownIndicatorsError `UNKNOWN_UNIT` for a unit not in the table; `UNIT_MISMATCH` for a
 *   unit of another dimension or currency; `PARSE_ERROR` for unreadable quantity text;
 *   `INVALID_ARGUMENT` when `q` is neither a quantity nor text, or `decimals` is not an integer
 *   from 0 to 20; `INVALID_ARGUMENT`
 *   when `options` is `null` or not an object
 * @example
 * ```ts
 * [
 *   formatQuantity(quantity('1750.5', '亩'), { unit: '公顷', decimals: 1 }),
 *   formatQuantity('近49800人', { unit: '万人', decimals: 1 }),
 * ];
 * // => ['116.7公顷', '近5.0万人']
 * ```
 *
 * @category Formatting
 */
export function formatQuantity(q: Quantity | string, options: FormatQuantityOptions = {}): string {
  requireOptions(FN, options);
  const source = readQuantity(q);
  const target =
    options.unit === undefined ? source.unit : requireUnit(FN, 'options.unit', options.unit);
  const value = convertValue(source.value, source.unit, target, FN, 'options.unit');
  if (options.decimals === undefined) {
    return String(quantityOfUnit(value, target, source.qualifier));
  }
  const decimals = readDecimals(FN, options.decimals, 0);
  const rounded = roundHalfUp(value, decimals);
  // Let the quantity place its qualifier, then print the number with its trailing zeros.
  const text = String(quantityOfUnit(rounded, target, source.qualifier));
  return text.replace(rounded.toString(), fixed(rounded, decimals));
}

function readQuantity(q: Quantity | string): Quantity {
  if (typeof q === 'string') return parseQuantity(q, { fn: FN, arg: 'q' });
  if (isQuantity(q)) return q;
  throw invalidArgumentError(FN, 'q', `must be a Quantity or quantity text, got ${typeof q}`);
}
