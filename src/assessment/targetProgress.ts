import { averageAnnualGrowth } from '../calculators/growth/averageAnnualGrowth.js';
import { yearsToReach } from '../calculators/growth/yearsToReach.js';
import { narrow, WideDecimal } from '../calculators/internal/wide.js';
import { divisionByZeroError, invalidArgumentError, isTownIndicatorsError } from '../errors.js';
import { type Decimal, type DecimalInput, toDecimal } from '../numbers/decimal.js';
import { requireObject } from '../numbers/internal.js';
import type { AmountInput } from '../units/amount.js';
import { isQuantity } from '../units/quantity.js';

const FN = 'targetProgress';

/** A value of an indicator in a year. @category Assessment */
export interface TargetPoint {
  /** The year: `2020` or `'2020'`. */
  readonly period: string | number;
  /** The value: a number, a rate (`'65%'`) or a quantity of the indicator. */
  readonly value: AmountInput;
}

/** The progress toward a plan target, from {@link targetProgress}. @category Assessment */
export interface TargetProgressResult {
  /** (current − base) / (target − base): the share of the way done (> 1 when the target is met). */
  readonly achieved: Decimal;
  /** (current year − base year) / (target year − base year): the share of the time gone. */
  readonly elapsed: Decimal;
  /** The average annual growth still needed from the current year (水平法); `null` in the target year. */
  readonly requiredGrowth: Decimal | null;
  /** The average annual growth from the base year to the current one (水平法). */
  readonly pace: Decimal;
  /** achieved ≥ elapsed: 时间过半，任务过半. */
  readonly onTrack: boolean;
  /** The years from the current one to the target at the pace so far; `null` when the pace is 0. */
  readonly yearsAtPace: Decimal | null;
}

function readYear(arg: string, period: unknown): number {
  const text = typeof period === 'number' ? String(period) : period;
  if (typeof text !== 'string' || !/^\d{4}$/.test(text.trim())) {
    throw invalidArgumentError(FN, arg, 'must be a year such as 2020 or "2020"', period);
  }
  return Number(text.trim());
}

function readValue(arg: string, value: AmountInput): AmountInput {
  return isQuantity(value) ? value : toDecimal(value as DecimalInput, { fn: FN, arg });
}

/**
 * How far a town is toward a plan target (目标进度: "到2025年城镇化率达到65%"): the share of the
 * way done against the share of the time gone, the growth still needed and the years left at the
 * pace so far.
 *
 * Formula: achieved = (current − base) / (target − base); elapsed = (y_c − y_b) / (y_t − y_b);
 * pace = averageAnnualGrowth(base, current, y_c − y_b); requiredGrowth = averageAnnualGrowth(current,
 * target, y_t − y_c); yearsAtPace = yearsToReach(current, target, pace); onTrack = achieved ≥
 * elapsed. The growth formulas are the library's own (水平法, NBS).
 *
 * Source: NBS 年均增长速度 (水平法); 序时进度 (时间过半、任务过半) of plan assessments.
 *
 * @param input - `{ base, current, target }`, each `{ period, value }` (see {@link TargetPoint})
 * @returns the {@link TargetProgressResult}
 * @throws TownIndicatorsError `DIVISION_BY_ZERO` when target = base or the target year is the
 *   base year; `INVALID_ARGUMENT` for a period that is not a year or years out of order;
 *   `NON_POSITIVE_BASE` for a value ≤ 0 where a growth rate needs a positive one; `INVALID_NUMBER`
 *   for a value that is not a number; `UNIT_MISMATCH` for values of different dimensions
 * @example
 * ```ts
 * const p = targetProgress({ base: { period: 2020, value: '60%' }, current: { period: 2022, value: '62%' }, target: { period: 2025, value: '65%' } });
 * [p.achieved.toString(), p.elapsed.toString(), p.onTrack];
 * // => ['0.4', '0.4', true]
 * ```
 *
 * @category Assessment
 */
export function targetProgress(input: {
  readonly base: TargetPoint;
  readonly current: TargetPoint;
  readonly target: TargetPoint;
}): TargetProgressResult {
  requireObject(FN, 'input', input, '{ base, current, target }');
  for (const key of ['base', 'current', 'target'] as const) {
    requireObject(FN, `input.${key}`, input[key], '{ period, value }');
  }
  const yb = readYear('input.base.period', input.base.period);
  const yc = readYear('input.current.period', input.current.period);
  const yt = readYear('input.target.period', input.target.period);
  if (yc < yb || yt < yc) {
    throw invalidArgumentError(
      FN,
      'input',
      `needs base ≤ current ≤ target years, got ${yb}, ${yc}, ${yt}`,
    );
  }
  if (yt === yb) throw divisionByZeroError(FN, 'the years from base to target');
  const base = readValue('input.base.value', input.base.value);
  const current = readValue('input.current.value', input.current.value);
  const target = readValue('input.target.value', input.target.value);
  const plain = (v: AmountInput): Decimal =>
    isQuantity(v) ? new WideDecimal(v.value.times(v.unit.factor)) : new WideDecimal(v as Decimal);
  const way = plain(target).minus(plain(base));
  if (way.isZero()) throw divisionByZeroError(FN, 'target − base');
  const achieved = narrow(plain(current).minus(plain(base)).div(way), FN);
  const elapsed = narrow(new WideDecimal(yc - yb).div(yt - yb), FN);
  const pace =
    yc === yb ? narrow(new WideDecimal(0), FN) : averageAnnualGrowth(base, current, yc - yb);
  const requiredGrowth = yt === yc ? null : averageAnnualGrowth(current, target, yt - yc);
  let yearsAtPace: Decimal | null = null;
  try {
    yearsAtPace = yearsToReach(current, target, pace);
  } catch (error) {
    if (!isTownIndicatorsError(error, 'DIVISION_BY_ZERO')) throw error;
  }
  return Object.freeze({
    achieved,
    elapsed,
    requiredGrowth,
    pace,
    onTrack: achieved.gte(elapsed),
    yearsAtPace,
  });
}
