import { type DecimalInput, toDecimal } from '../../numbers/decimal.js';
import { requireOptions } from '../../numbers/internal.js';
import { fixed, readDecimals } from './internal.js';

const FN = 'formatRate';

/** Options of {@link formatRate}. @category Formatting */
export interface FormatRateOptions {
  /** Digits after the decimal point of the percentage, kept even when zero. Default 1. */
  readonly decimals?: number;
}

/**
 * Prints a rate (a fraction) as a percentage the way reports do: rounded half up at a fixed
 * number of decimals, trailing zeros kept (`0.668325` → `'66.8%'`, `0.65` → `'65.0%'`).
 *
 * Formula: roundHalfUp(rate × 100, decimals) followed by `%`.
 *
 * Source: NBS statistical convention, 四舍五入 at the printed precision; the Chinese term is
 * 百分比 / 百分率.
 *
 * @param rate - the rate as a fraction (`0.668325`) or as percent text (`'66.8325%'`)
 * @param options - `decimals` of the percentage (default 1)
 * @returns the percentage text, such as `'66.8%'` or `'-3.2%'`
 * @throws TownIndicatorsError `INVALID_NUMBER` when `rate` is not a number; `INVALID_ARGUMENT`
 *   when `options.decimals` is not an integer from 0 to 20; `INVALID_ARGUMENT`
 *   when `options` is `null` or not an object
 * @example
 * ```ts
 * [formatRate(40.3 / 60.3), formatRate('66.8325%', { decimals: 2 }), formatRate(0.65)];
 * // => ['66.8%', '66.83%', '65.0%']
 * ```
 *
 * @category Formatting
 */
export function formatRate(rate: DecimalInput, options: FormatRateOptions = {}): string {
  requireOptions(FN, options);
  const decimals = readDecimals(FN, options.decimals, 1);
  const value = toDecimal(rate, { fn: FN, arg: 'rate' });
  return `${fixed(value.times(100), decimals)}%`;
}
