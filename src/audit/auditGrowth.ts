import { div, ONE, sub } from '../numbers/rational.js';
import type { AmountInput } from '../units/amount.js';
import { readNamedAmounts } from './internal/figures.js';
import { readAuditOptions, requireInput } from './internal/options.js';
import { ratioRange, requireNonZero, requirePositive } from './internal/ranges.js';
import { buildResult } from './internal/result.js';
import { readStated } from './internal/stated.js';
import type { AuditResult, RateAuditOptions, StatedFigure } from './types.js';

const FN = 'auditGrowth';

/** The inputs of {@link auditGrowth}. @category Audit */
export interface AuditGrowthInput {
  /** The value of the earlier period (上年 / 基期): a number, a quantity or quantity text. */
  readonly previous: AmountInput;
  /** The value of the later period (本期), in any unit of the same dimension. */
  readonly current: AmountInput;
  /** The growth rate as the report states it: `'9%'`, `'-3.2%'`, `'0.09'`. */
  readonly stated: StatedFigure;
}

/** Options of {@link auditGrowth}. @category Audit */
export type AuditGrowthOptions = RateAuditOptions;

/**
 * Checks a stated growth rate (增长速度, 比上年增长 …%) against the two values it compares:
 * computes current / previous − 1 exactly, rounds it half up at the stated precision and compares.
 *
 * Formula: growth = current / previous − 1; consistent ⇔ roundHalfUp(growth, stated decimals) =
 * stated; the range is taken over the corners of the input intervals.
 *
 * Source: NBS 增长速度 = 报告期水平 / 基期水平 − 1, rounded half up (四舍五入); the Chinese term
 * is 增长速度 (同比 when previous is the same period last year).
 *
 * Precision of inputs: text and numbers carry the precision they are printed with (`'40.3亿元'`
 * is 40.3 ± 0.05). A {@link Quantity} carries the precision of its decimal value, and a decimal
 * keeps no trailing zeros (`quantity('40.30', '亿元')` holds 40.3, so it is read as 40.3 ± 0.05):
 * pass the report text (`'40.30亿元'`) to keep the printed precision (± 0.005). A `Decimal` is
 * exact.
 *
 * @param input - `previous`, `current` and the `stated` growth rate
 * @param options - `exactInputs` (ignore input rounding), `statedScale` (read a bare stated
 *   number as percent) and `locale` (the language of `explanation`: `'en'`, the default, or `'zh'`)
 * @returns the {@link AuditResult} on the stated figure's scale (`'66.7%'` → 66.7)
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `previous` is zero; `NON_POSITIVE_BASE`
 *   when `previous` is negative; `PARSE_ERROR` for an unreadable stated figure; `INVALID_NUMBER`
 *   for an unreadable input; `UNIT_MISMATCH` for quantities of different dimensions;
 *   `UNKNOWN_UNIT` for quantity text with an unknown unit; `INVALID_ARGUMENT` when `input` or
 *   `options` is not an object, or for a bad option
 * @example
 * ```ts
 * const r = auditGrowth({ previous: '3平方公里', current: '5平方公里', stated: '66.7%' });
 * [r.consistent, r.rounded.toString(), r.range.map((x) => x.toDecimalPlaces(2).toString())];
 * // => [true, '66.7', ['28.57', '120']]
 * ```
 *
 * @category Audit
 */
export function auditGrowth(
  input: AuditGrowthInput,
  options: AuditGrowthOptions = {},
): AuditResult {
  requireInput(FN, input);
  const { exact, locale } = readAuditOptions(FN, options);
  const stated = readStated(FN, 'rate', input.stated, options.statedScale);
  const { previous, current } = readNamedAmounts(
    FN,
    { previous: input.previous, current: input.current },
    exact,
  );
  requireNonZero(FN, 'previous', previous);
  requirePositive(FN, 'previous', previous.value);
  const [low, high] = ratioRange(current, previous);
  return buildResult(
    'growth',
    stated,
    sub(div(current.value, previous.value), ONE),
    [sub(low, ONE), sub(high, ONE)],
    locale,
  );
}
