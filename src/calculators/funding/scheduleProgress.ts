import { invalidArgumentError, isTownIndicatorsError } from '../../errors.js';
import type { Decimal } from '../../numbers/decimal.js';
import { requireObject, requireOptions } from '../../numbers/internal.js';
import { elapsedShare } from '../../periods/elapsedShare.js';
import { type PeriodInput, readDate, readPeriod } from '../../periods/period.js';
import type { AmountInput } from '../../units/amount.js';
import { ratioToPositiveBase } from '../internal/operands.js';

const FN = 'scheduleProgress';

/** The input of {@link scheduleProgress}. @category Funding */
export interface ScheduleProgressInput {
  /** The plan's period: a {@link Period} or its label (`'2011'`, `'2011-H1'`, `'2011-Q3'` …). */
  readonly period: PeriodInput;
  /** The date of the figures, `'YYYY-MM-DD'` (counted as elapsed). */
  readonly asOf: string;
  /** The amount planned for the whole period (计划数, 年内计划投资); must be positive. */
  readonly planned: AmountInput;
  /** The amount completed by `asOf` (已完成), of the same dimension. */
  readonly completed: AmountInput;
}

/** Options of {@link scheduleProgress}. @category Funding */
export interface ScheduleProgressOptions {
  /**
   * How elapsed time is counted (see `elapsedShare`): `'days'` (default) — calendar days from the
   * start to `asOf`, both included, over the days of the period; `'months'` — whole calendar
   * months reached by `asOf`, over the months of the period (months / 12 for a year).
   */
  readonly basis?: 'days' | 'months';
}

/** The result of {@link scheduleProgress}: fractions, and the verdict. @category Funding */
export interface ScheduleProgressResult {
  /** The share of the period elapsed by `asOf` (时间进度), in [0, 1]. */
  readonly elapsed: Decimal;
  /** The share of the plan completed (任务进度, 完成率): completed / planned. */
  readonly done: Decimal;
  /** done − elapsed: ahead of schedule when ≥ 0, behind (滞后) when negative. */
  readonly lag: Decimal;
  /** Whether the work keeps pace with time (达到序时进度): lag ≥ 0. */
  readonly onSchedule: boolean;
}

/**
 * Schedule progress (序时进度): whether the share of a plan completed keeps pace with the share of
 * its period that has elapsed — "时间过半、任务过半" (half the time, half the task).
 *
 * Formula: elapsed = elapsedShare(period, asOf) (days, or whole months, elapsed over the period);
 * done = completed / planned; lag = done − elapsed; onSchedule = lag ≥ 0.
 *
 * Source: the 序时进度 test of Chinese government work plans (time-elapsed share by days, or months
 * / 12; "时间过半、任务过半" = at least half done by the end of June). Seed report 002: 建设镇's
 * report of 2011-12-22, with 9.614亿元 of the zones' 12.81亿元 annual plan completed. `planned` and
 * `completed` may be quantities (converted into the base unit of their dimension first).
 *
 * @param input - `{ period, asOf, planned, completed }` (see {@link ScheduleProgressInput})
 * @param options - the `basis` of the elapsed share: `'days'` (default) or `'months'`
 * @returns `{ elapsed, done, lag, onSchedule }` (see {@link ScheduleProgressResult})
 * @throws TownIndicatorsError `INVALID_PERIOD` for an invalid period or date; `DIVISION_BY_ZERO`
 *   when `planned` is zero; `NON_POSITIVE_BASE` when it is negative; `INVALID_ARGUMENT` when
 *   `input` or `options` is not an object, for a basis other than `'days'` or `'months'`, or basis `'months'` with a range that does not cover
 *   whole calendar months; `UNIT_MISMATCH` for quantities of different dimensions or currencies;
 *   `INVALID_NUMBER` for an amount that is not a number
 * @example
 * ```ts
 * const p = scheduleProgress(
 *   { period: '2011', asOf: '2011-06-30', planned: '12', completed: '7' },
 *   { basis: 'months' },
 * );
 * [p.elapsed.toString(), p.done.toFixed(4), p.lag.toFixed(4), p.onSchedule];
 * // => ['0.5', '0.5833', '0.0833', true]
 * ```
 *
 * @category Funding
 */
export function scheduleProgress(
  input: ScheduleProgressInput,
  options: ScheduleProgressOptions = {},
): ScheduleProgressResult {
  requireObject(FN, 'input', input, '{ period, asOf, planned, completed }');
  requireOptions(FN, options);
  const period = readPeriod(input.period, FN, 'input.period');
  const asOf = readDate(input.asOf, FN, 'input.asOf');
  const basis = options.basis ?? 'days';
  if (basis !== 'days' && basis !== 'months') {
    throw invalidArgumentError(
      FN,
      'options.basis',
      `must be 'days' or 'months', got ${JSON.stringify(String(basis))}`,
      basis,
    );
  }
  const done = ratioToPositiveBase(
    FN,
    ['input.planned', input.planned],
    ['input.completed', input.completed],
    true,
  );
  let elapsed: Decimal;
  try {
    elapsed = elapsedShare(period, asOf, { basis });
  } catch (error) {
    // Period, date and basis are checked above: what is left is a range cut mid-month.
    if (isTownIndicatorsError(error, 'INVALID_ARGUMENT')) {
      const label = JSON.stringify(period.label);
      throw invalidArgumentError(
        FN,
        'input.period',
        `must cover whole calendar months when options.basis is 'months', got ${label}`,
        period.label,
      );
    }
    throw error;
  }
  const lag = done.minus(elapsed);
  return Object.freeze({ elapsed, done, lag, onSchedule: !lag.isNegative() || lag.isZero() });
}
