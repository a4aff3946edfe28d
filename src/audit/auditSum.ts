import { invalidArgumentError } from '../errors.js';
import { sumRationals } from '../numbers/rational.js';
import type { AmountInput } from '../units/amount.js';
import type { Quantity } from '../units/quantity.js';
import { readAmounts } from './internal/figures.js';
import { readAuditOptions, requireInput } from './internal/options.js';
import { bounds } from './internal/ranges.js';
import { buildResult } from './internal/result.js';
import { readStated } from './internal/stated.js';
import type { AuditOptions, AuditResult, StatedFigure } from './types.js';

const FN = 'auditSum';

/** The inputs of {@link auditSum}. @category Audit */
export interface AuditSumInput {
  /** The parts (分项): numbers, quantities or quantity text, in any units of one dimension. */
  readonly parts: readonly AmountInput[];
  /**
   * The total as the report states it: plain digits (`'164.8'`), quantity text (`'22.32亿元'`,
   * `'2024笔'`), a {@link Quantity}, or a percentage (`'100%'`) when the parts are shares.
   */
  readonly stated: StatedFigure | Quantity;
}

/** Options of {@link auditSum}. @category Audit */
export type AuditSumOptions = AuditOptions;

/**
 * Checks a stated total (合计, 共计) against its parts: adds the parts exactly in the stated
 * figure's unit, rounds the sum half up at the stated precision and compares.
 *
 * Units: parts are converted into the stated unit when the total is quantity text; otherwise
 * into the unit of the first part that is a quantity. Plain numbers are taken to be in that unit.
 *
 * Formula: total = Σ parts; consistent ⇔ roundHalfUp(total, stated decimals) = stated; the
 * range is [Σ (part − half), Σ (part + half)].
 *
 * Source: NBS rounding convention (四舍五入 at the printed precision; published components may
 * not add up because of rounding); the Chinese term is 合计 / 总计.
 *
 * Precision of inputs: text and numbers carry the precision they are printed with (`'40.3亿元'`
 * is 40.3 ± 0.05). A {@link Quantity} carries the precision of its decimal value, and a decimal
 * keeps no trailing zeros (`quantity('40.30', '亿元')` holds 40.3, so it is read as 40.3 ± 0.05):
 * pass the report text (`'40.30亿元'`) to keep the printed precision (± 0.005). The same holds
 * for a stated total given as a quantity. A `Decimal` is exact.
 *
 * @param input - the `parts` and the `stated` total
 * @param options - `exactInputs` (ignore input rounding, e.g. for counts) and `locale` (the language of `explanation`: `'en'`, the default, or `'zh'`)
 * @returns the {@link AuditResult} on the stated figure's scale (`'22.32亿元'` → 22.32 亿元)
 * @throws TownIndicatorsError `INVALID_ARGUMENT` when `input` or `options` is not an object,
 *   `parts` is not a non-empty array or an option is bad; `PARSE_ERROR` for an unreadable stated figure; `INVALID_NUMBER` for an
 *   unreadable part; `UNIT_MISMATCH` for parts of another dimension or currency than the total;
 *   `UNKNOWN_UNIT` for quantity text with an unknown unit
 * @example
 * ```ts
 * const r = auditSum({ parts: ['3.41亿元', '10.3亿元', '7.55亿元', '1.102亿元'], stated: '22.32亿元' });
 * [r.consistent, r.computed.toString(), r.rounded.toString(), r.withinInputRounding];
 * // => [false, '22.362', '22.36', true]
 * ```
 *
 * @category Audit
 */
export function auditSum(input: AuditSumInput, options: AuditSumOptions = {}): AuditResult {
  requireInput(FN, input);
  const { exact, locale } = readAuditOptions(FN, options);
  const stated = readStated(FN, 'amount', input.stated);
  const { parts } = input;
  if (!Array.isArray(parts) || parts.length === 0) {
    throw invalidArgumentError(FN, 'parts', 'must be a non-empty array');
  }
  // Every index, holes too: a hole is read as `undefined` and throws `INVALID_NUMBER` naming it.
  const operands = Array.from(parts, (part, index) => [`parts[${index}]`, part] as const);
  const { figures, unit } = readAmounts(FN, operands, exact, stated.quantityUnit);
  const labelled =
    stated.quantityUnit === undefined && unit !== undefined && stated.unit === ''
      ? { ...stated, unit: unit.name, unitEn: unit.name }
      : stated;
  const ranges = figures.map(bounds);
  return buildResult(
    'sum',
    labelled,
    sumRationals(figures.map((figure) => figure.value)),
    [sumRationals(ranges.map(([low]) => low)), sumRationals(ranges.map(([, high]) => high))],
    locale,
  );
}
