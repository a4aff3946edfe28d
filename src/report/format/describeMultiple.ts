import { invalidArgumentError } from '../../errors.js';
import { type DecimalInput, toDecimal } from '../../numbers/decimal.js';
import { requireOptions } from '../../numbers/internal.js';
import { fixed, readDecimals, readLocale } from './internal.js';
import type { Locale } from './locale.js';

const FN = 'describeMultiple';

/** Options of {@link describeMultiple}. @category Formatting */
export interface DescribeMultipleOptions {
  /** The language of the phrase. Default `'zh'`. */
  readonly locale?: Locale;
  /** Digits after the decimal point of the multiple, kept even when zero. Default 1. */
  readonly decimals?: number;
  /**
   * How the phrase names the base period: `'96年'` gives `是96年的5.1倍`, `'the 1996 level'`
   * gives `5.1 times the 1996 level`. Default `'基期'` in Chinese, `'the base'` in English.
   */
  readonly base?: string;
}

/**
 * Phrases a multiple (发展速度) the way reports do: `是基期的5.1倍`, or in English
 * `5.1 times the base`. Note that "增长N倍" would be multiple − 1; this phrase avoids it.
 *
 * Formula: m = roundHalfUp(multiple, decimals), printed with its trailing zeros.
 *
 * Source: NBS statistical convention (发展速度 = 报告期 / 基期, 四舍五入); the Chinese term is
 * 是…的N倍.
 *
 * @param multiple - current / base (`5.1`, `'5.1'`, or a `Decimal` from `multiple()`)
 * @param options - `locale` (default `'zh'`), `decimals` (default 1) and the `base` label
 * @returns the phrase, such as `'是96年的5.1倍'` or `'5.1 times the base'`
 * @throws TownIndicatorsError `INVALID_NUMBER` when `multiple` is not a number; `INVALID_ARGUMENT`
 *   when it is negative, or for a bad `locale`, `decimals` or `base`; `INVALID_ARGUMENT`
 *   when `options` is `null` or not an object
 * @example
 * ```ts
 * [describeMultiple('5.1', { base: '96年' }), describeMultiple(155.3 / 30.45, { locale: 'en' })];
 * // => ['是96年的5.1倍', '5.1 times the base']
 * ```
 *
 * @category Formatting
 */
export function describeMultiple(
  multiple: DecimalInput,
  options: DescribeMultipleOptions = {},
): string {
  requireOptions(FN, options);
  const locale = readLocale(FN, options.locale);
  const decimals = readDecimals(FN, options.decimals, 1);
  const value = toDecimal(multiple, { fn: FN, arg: 'multiple' });
  if (value.isNegative() && !value.isZero()) {
    throw invalidArgumentError(
      FN,
      'multiple',
      `must not be negative, got "${value.toString()}"`,
      value.toString(),
    );
  }
  const { base } = options;
  if (base !== undefined && (typeof base !== 'string' || base.trim() === '')) {
    throw invalidArgumentError(FN, 'options.base', 'must be a non-empty string', base);
  }
  const text = fixed(value, decimals);
  if (locale === 'zh') return `是${base ?? '基期'}的${text}倍`;
  return `${text} times ${base ?? 'the base'}`;
}
