import { div } from '../numbers/rational.js';
import type { AmountInput } from '../units/amount.js';
import { readNamedAmounts } from './internal/figures.js';
import { readAuditOptions, requireInput } from './internal/options.js';
import { ratioRange, requireNonZero, requirePositive } from './internal/ranges.js';
import { buildResult } from './internal/result.js';
import { readStated } from './internal/stated.js';
import type { AuditOptions, AuditResult, StatedFigure } from './types.js';

const FN = 'auditMultiple';

/** The inputs of {@link auditMultiple}. @category Audit */
export interface AuditMultipleInput {
  /** The base value (基期, "是96年的…倍" → the 1996 value): a number, a quantity or quantity text. */
  readonly base: AmountInput;
  /** The current value, in any unit of the same dimension. */
  readonly current: AmountInput;
  /** The multiple as the report states it: `'5.1倍'`, `'5.1'`, `5.1`. */
  readonly stated: StatedFigure;
}

/** Options of {@link auditMultiple}. @category Audit */
export type AuditMultipleOptions = AuditOptions;

/**
 * Checks a stated multiple (发展速度, "是…的N倍") against the base and current values: computes
 * current / base exactly, rounds it half up at the stated precision and compares. Note that
 * "增长N倍" states multiple − 1, so audit it as a multiple of N + 1.
 *
 * Formula: multiple = current / base; consistent ⇔ roundHalfUp(multiple, stated decimals) =
 * stated; the range is taken over the corners of the input intervals.
 *
 * Source: NBS 发展速度 = 报告期水平 / 基期水平, rounded half up (四舍五入); the Chinese term is
 * 发展速度 / 是…的N倍.
 *
 * Precision of inputs: text and numbers carry the precision they are printed with (`'40.3亿元'`
 * is 40.3 ± 0.05). A {@link Quantity} carries the precision of its decimal value, and a decimal
 * keeps no trailing zeros (`quantity('40.30', '亿元')` holds 40.3, so it is read as 40.3 ± 0.05):
 * pass the report text (`'40.30亿元'`) to keep the printed precision (± 0.005). A `Decimal` is
 * exact.
 *
 * @param input - `base`, `current` and the `stated` multiple
 * @param options - `exactInputs` (ignore input rounding) and `locale` (the language of `explanation`: `'en'`, the default, or `'zh'`)
 * @returns the {@link AuditResult} on the stated figure's scale (`'5.1倍'` → 5.1)
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `base` is zero; `NON_POSITIVE_BASE` when
 *   `base` is negative; `PARSE_ERROR` for an unreadable stated figure; `INVALID_NUMBER` for an
 *   unreadable input; `UNIT_MISMATCH` for quantities of different dimensions; `UNKNOWN_UNIT` for
 *   quantity text with an unknown unit; `INVALID_ARGUMENT` when `input` or `options` is not
 *   an object, or for a bad option
 * @example
 * ```ts
 * const r = auditMultiple({ base: '1.5平方公里', current: '10.3平方公里', stated: '6.9倍' });
 * [r.consistent, r.computed.toDecimalPlaces(4).toString(), r.unit];
 * // => [true, '6.8667', '倍']
 * ```
 *
 * @category Audit
 */
export function auditMultiple(
  input: AuditMultipleInput,
  options: AuditMultipleOptions = {},
): AuditResult {
  requireInput(FN, input);
  const { exact, locale } = readAuditOptions(FN, options);
  const stated = readStated(FN, 'multiple', input.stated);
  const { base, current } = readNamedAmounts(
    FN,
    { base: input.base, current: input.current },
    exact,
  );
  requireNonZero(FN, 'base', base);
  requirePositive(FN, 'base', base.value);
  return buildResult(
    'multiple',
    stated,
    div(current.value, base.value),
    ratioRange(current, base),
    locale,
  );
}
