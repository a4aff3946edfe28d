/**
 * Option checks and rounding shared by the formatting functions. Internal: not re-exported.
 *
 * @internal
 * @module
 */
import { invalidArgumentError } from '../../errors.js';
import { type Decimal, roundHalfUp } from '../../numbers/decimal.js';
import type { Locale } from './locale.js';

/**
 * Reads `options.decimals`: an integer from 0 to 20, or the default.
 *
 * @internal
 */
export function readDecimals(fn: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > 20) {
    throw invalidArgumentError(
      fn,
      'options.decimals',
      `must be an integer from 0 to 20, got ${String(value)}`,
      value,
    );
  }
  return value;
}

/**
 * Reads `options.locale`: `'zh'` (the default) or `'en'`.
 *
 * @internal
 */
export function readLocale(fn: string, value: Locale | undefined): Locale {
  if (value === undefined) return 'zh';
  if (value !== 'zh' && value !== 'en') {
    throw invalidArgumentError(
      fn,
      'options.locale',
      `must be 'zh' or 'en', got ${JSON.stringify(value)}`,
      value,
    );
  }
  return value;
}

/**
 * Prints a decimal with exactly `decimals` places after rounding half up (`'1.0'`, `'116.70'`).
 *
 * @internal
 */
export function fixed(value: Decimal, decimals: number): string {
  return roundHalfUp(value, decimals).toFixed(decimals);
}
