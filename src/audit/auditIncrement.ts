import { sub } from '../numbers/rational.js';
import type { AmountInput } from '../units/amount.js';
import type { Quantity } from '../units/quantity.js';
import { type BoundedValue, readAmounts } from './internal/figures.js';
import { readAuditOptions, requireInput } from './internal/options.js';
import { bounds } from './internal/ranges.js';
import { buildResult } from './internal/result.js';
import { readStated } from './internal/stated.js';
import type { AuditOptions, AuditResult, StatedFigure } from './types.js';

const FN = 'auditIncrement';

/** The inputs of {@link auditIncrement}. @category Audit */
export interface AuditIncrementInput {
  /** The earlier level (上年, 年初): a number, a quantity or quantity text. */
  readonly previous: AmountInput;
  /** The later level, in any unit of the same dimension. */
  readonly current: AmountInput;
  /**
   * The increment as the report states it: `'3054元'`, `'增加3054元'`, `'减少1.2万人'` (a fall is
   * negative), plain digits or a {@link Quantity}.
   */
  readonly stated: StatedFigure | Quantity;
}

/** Options of {@link auditIncrement}. @category Audit */
export type AuditIncrementOptions = AuditOptions;

/**
 * Checks a stated increment (比上年增加, 比年初新增) against the two levels: computes current −
 * previous exactly in the stated unit, rounds it half up at the stated precision and compares.
 *
 * Formula: increment = current − previous; consistent ⇔ roundHalfUp(increment, stated decimals) =
 * stated; the range is [current − half − (previous + half), current + half − (previous − half)].
 *
 * Source: NBS 增长量 = 报告期水平 − 基期水平 (国家统计局《统计指标解释》, 增长量).
 *
 * @param input - `previous`, `current` and the `stated` increment
 * @param options - `exactInputs` and `locale`
 * @returns the {@link AuditResult} in the stated unit (`'3054元'` → 3054)
 * @throws TownIndicatorsError `PARSE_ERROR` for an unreadable stated figure; `INVALID_NUMBER` for
 *   an unreadable input; `UNIT_MISMATCH` for quantities of different dimensions; `UNKNOWN_UNIT`
 *   for an unknown unit; `INVALID_ARGUMENT` when `input` or `options` is not an object
 * @example
 * ```ts
 * const r = auditIncrement({ previous: '34866元', current: '37920元', stated: '增加3054元' });
 * [r.consistent, r.computed.toString(), r.unit];
 * // => [true, '3054', '元']
 * ```
 *
 * @category Audit
 */
export function auditIncrement(
  input: AuditIncrementInput,
  options: AuditIncrementOptions = {},
): AuditResult {
  requireInput(FN, input);
  const { exact, locale } = readAuditOptions(FN, options);
  const stated = readStated(FN, 'amount', input.stated);
  const { figures, unit } = readAmounts(
    FN,
    [
      ['previous', input.previous],
      ['current', input.current],
    ],
    exact,
    stated.quantityUnit,
  );
  const [previous, current] = figures as readonly [BoundedValue, BoundedValue];
  const [previousLow, previousHigh] = bounds(previous);
  const [currentLow, currentHigh] = bounds(current);
  const labelled =
    stated.quantityUnit === undefined && unit !== undefined && stated.unit === ''
      ? { ...stated, unit: unit.name, unitEn: unit.name }
      : stated;
  return buildResult(
    'increment',
    labelled,
    sub(current.value, previous.value),
    [sub(currentLow, previousHigh), sub(currentHigh, previousLow)],
    locale,
  );
}
