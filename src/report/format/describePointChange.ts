import { type DecimalInput, roundHalfUp, toDecimal } from '../../numbers/decimal.js';
import { requireOptions } from '../../numbers/internal.js';
import { readDecimals, readLocale } from './internal.js';
import type { Locale } from './locale.js';

const FN = 'describePointChange';

/** Options of {@link describePointChange}. @category Formatting */
export interface DescribePointChangeOptions {
  /** The language of the phrase. Default `'zh'`. */
  readonly locale?: Locale;
  /** Digits after the decimal point of the points, kept even when zero. Default 1. */
  readonly decimals?: number;
}

/**
 * Phrases the change of a rate in percentage points: `提高6.6个百分点` / `下降1.0个百分点` / `持平`,
 * or in English `up 6.6 percentage points` / `down 1.0 percentage points` / `unchanged`.
 *
 * Formula: points = roundHalfUp(|delta| × 100, decimals); the verb follows the sign of the
 * rounded value. `delta` is a fraction: 0.066 is 6.6 个百分点 (see `percentagePointChange`).
 *
 * Source: NBS statistical convention (百分点 = difference of two rates, 四舍五入); the Chinese
 * term is 百分点.
 *
 * @param delta - the change as a fraction (`0.066`) or percent text (`'6.6%'`)
 * @param options - `locale` (default `'zh'`) and `decimals` (default 1)
 * @returns the phrase, such as `'提高6.6个百分点'` or `'down 1.0 percentage points'`
 * @throws TownIndicatorsError `INVALID_NUMBER` when `delta` is not a number; `INVALID_ARGUMENT`
 *   for a bad `locale` or `decimals`; `INVALID_ARGUMENT`
 *   when `options` is `null` or not an object
 * @example
 * ```ts
 * [describePointChange(0.65 - 0.584), describePointChange(-0.01, { locale: 'en' })];
 * // => ['提高6.6个百分点', 'down 1.0 percentage points']
 * ```
 *
 * @category Formatting
 */
export function describePointChange(
  delta: DecimalInput,
  options: DescribePointChangeOptions = {},
): string {
  requireOptions(FN, options);
  const locale = readLocale(FN, options.locale);
  const decimals = readDecimals(FN, options.decimals, 1);
  const points = roundHalfUp(toDecimal(delta, { fn: FN, arg: 'delta' }).times(100), decimals);
  if (points.isZero()) return locale === 'zh' ? '持平' : 'unchanged';
  const magnitude = points.abs().toFixed(decimals);
  if (locale === 'zh') return `${points.isPositive() ? '提高' : '下降'}${magnitude}个百分点`;
  const noun = magnitude === '1' ? 'percentage point' : 'percentage points';
  return `${points.isPositive() ? 'up' : 'down'} ${magnitude} ${noun}`;
}
