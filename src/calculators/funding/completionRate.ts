import type { Decimal } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { ratioToPositiveBase } from '../internal/operands.js';

/**
 * The completion rate of a plan (完成率, 计划完成率): the share of the planned amount actually done.
 *
 * Formula: actual / planned, as a fraction (`0.75` = 75%; above 1 when the plan is exceeded, 超额完成).
 *
 * Source: NBS 计划完成程度 = 实际完成数 / 计划数. Seed report 002 (建设镇): 产业发展战区 年内计划投资
 * 4.38亿元, 已完成投资 2.98亿元. A plan of zero or below has no meaning as a base: zero throws
 * `DIVISION_BY_ZERO`, a negative plan `NON_POSITIVE_BASE`. A negative actual value is computed as
 * given. Quantities are converted into the base unit of their dimension first; a plain number next
 * to a quantity is taken to be in that quantity's unit.
 *
 * @param planned - the planned amount (计划数, 年内计划投资), a number or a quantity; must be positive
 * @param actual - the amount done (实际完成数, 已完成投资) of the same dimension
 * @returns the completion rate as a fraction
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when `planned` is zero; `NON_POSITIVE_BASE` when
 *   it is negative; `UNIT_MISMATCH` for quantities of different dimensions or currencies;
 *   `INVALID_NUMBER` for an input that is not a number
 * @example
 * ```ts
 * completionRate(quantity('4.38', '亿元'), quantity('29800', '万元')).toFixed(4);
 * // => '0.6804'
 * ```
 *
 * @category Funding
 */
export function completionRate(planned: AmountInput, actual: AmountInput): Decimal {
  return ratioToPositiveBase('completionRate', ['planned', planned], ['actual', actual], true);
}
