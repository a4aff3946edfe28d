import { type DecimalInput, roundHalfUp, toDecimal } from '../../numbers/decimal.js';
import { requireOptions } from '../../numbers/internal.js';
import { readDecimals, readLocale } from './internal.js';
import type { Locale } from './locale.js';

const FN = 'describeGrowth';

/** Options of {@link describeGrowth}. @category Formatting */
export interface DescribeGrowthOptions {
  /** The language of the phrase. Default `'zh'`. */
  readonly locale?: Locale;
  /** Digits after the decimal point of the percentage, kept even when zero. Default 1. */
  readonly decimals?: number;
}

/**
 * Phrases a growth rate the way a report does: `增长9.6%` / `下降3.2%` / `持平` (when it rounds to
 * zero), or in English `up 9.6%` / `down 3.2%` / `unchanged`.
 *
 * Formula: p = roundHalfUp(|rate| × 100, decimals); the verb follows the sign of the rounded value.
 *
 * Source: NBS statistical convention (增长速度 printed as 增长 / 下降 with 四舍五入); the Chinese
 * term is 增长 / 下降 / 持平.
 *
 * @param rate - the growth rate as a fraction (`0.096`) or percent text (`'9.6%'`)
 * @param options - `locale` (default `'zh'`) and `decimals` (default 1)
 * @returns the phrase, such as `'增长9.6%'` or `'down 3.2%'`
 * @throws TownIndicatorsError `INVALID_NUMBER` when `rate` is not a number; `INVALID_ARGUMENT`
 *   for a bad `locale` or `decimals`; `INVALID_ARGUMENT`
 *   when `options` is `null` or not an object
 * @example
 * ```ts
 * [describeGrowth(0.096), describeGrowth('-3.2%', { locale: 'en' }), describeGrowth(0.0004)];
 * // => ['增长9.6%', 'down 3.2%', '持平']
 * ```
 *
 * @category Formatting
 */
export function describeGrowth(rate: DecimalInput, options: DescribeGrowthOptions = {}): string {
  requireOptions(FN, options);
  const locale = readLocale(FN, options.locale);
  const decimals = readDecimals(FN, options.decimals, 1);
  const percent = roundHalfUp(toDecimal(rate, { fn: FN, arg: 'rate' }).times(100), decimals);
  if (percent.isZero()) return locale === 'zh' ? '持平' : 'unchanged';
  const magnitude = percent.abs().toFixed(decimals);
  if (locale === 'zh') return `${percent.isPositive() ? '增长' : '下降'}${magnitude}%`;
  return `${percent.isPositive() ? 'up' : 'down'} ${magnitude}%`;
}
