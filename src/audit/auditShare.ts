import { div } from '../numbers/rational.js';
import type { AmountInput } from '../units/amount.js';
import { readNamedAmounts } from './internal/figures.js';
import { readAuditOptions, requireInput } from './internal/options.js';
import { ratioRange, requireNonZero } from './internal/ranges.js';
import { buildResult } from './internal/result.js';
import { readStated } from './internal/stated.js';
import type { AuditResult, RateAuditOptions, StatedFigure } from './types.js';

const FN = 'auditShare';

/** The inputs of {@link auditShare}. @category Audit */
export interface AuditShareInput {
  /** The part (分子): a number, a quantity or quantity text (`'40.3亿元'`). */
  readonly part: AmountInput;
  /** The whole (分母), in any unit of the part's dimension. */
  readonly whole: AmountInput;
  /** The share as the report states it: `'66.8%'`, `'0.668'`, `0.668`. */
  readonly stated: StatedFigure;
}

/** Options of {@link auditShare}. @category Audit */
export type AuditShareOptions = RateAuditOptions;

/**
 * Checks a stated share (占比, 比重) against its part and whole: computes part / whole exactly,
 * rounds it half up at the stated figure's precision and compares; also tells whether inputs
 * within half a unit of their printed last digit could give the stated figure.
 *
 * Formula: share = part / whole; consistent ⇔ roundHalfUp(share, stated decimals) = stated;
 * the range is the min / max of part / whole over the corners of the input intervals.
 *
 * Source: NBS rounding convention (四舍五入 at the printed precision); the Chinese term is
 * 占比 / 比重.
 *
 * Precision of inputs: text and numbers carry the precision they are printed with (`'40.3亿元'`
 * is 40.3 ± 0.05). A {@link Quantity} carries the precision of its decimal value, and a decimal
 * keeps no trailing zeros (`quantity('40.30', '亿元')` holds 40.3, so it is read as 40.3 ± 0.05):
 * pass the report text (`'40.30亿元'`) to keep the printed precision (± 0.005). A `Decimal` is
 * exact.
 *
 * @param input - `part`, `whole` and the `stated` share
 * @param options - `exactInputs` (ignore input rounding), `statedScale` (read a bare stated
 *   number as percent) and `locale` (the language of `explanation`: `'en'`, the default, or `'zh'`)
 * @returns the {@link AuditResult} on the stated figure's scale (`'66.8%'` → 66.8)
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `whole` is zero; `PARSE_ERROR` for an
 *   unreadable stated figure; `INVALID_NUMBER` for an unreadable input; `UNIT_MISMATCH` for
 *   quantities of different dimensions; `UNKNOWN_UNIT` for quantity text with an unknown unit;
 *   `INVALID_ARGUMENT` when `input` or `options` is not an object, or for a bad option
 * @example
 * ```ts
 * const r = auditShare({ part: '40.3亿元', whole: '60.3亿元', stated: '66.8%' });
 * [r.consistent, r.computed.toDecimalPlaces(4).toString(), r.stated.toString(), r.decimals];
 * // => [true, '66.8325', '66.8', 1]
 * ```
 *
 * @category Audit
 */
export function auditShare(input: AuditShareInput, options: AuditShareOptions = {}): AuditResult {
  requireInput(FN, input);
  const { exact, locale } = readAuditOptions(FN, options);
  const stated = readStated(FN, 'rate', input.stated, options.statedScale);
  const { part, whole } = readNamedAmounts(FN, { part: input.part, whole: input.whole }, exact);
  requireNonZero(FN, 'whole', whole);
  return buildResult(
    'share',
    stated,
    div(part.value, whole.value),
    ratioRange(part, whole),
    locale,
  );
}
