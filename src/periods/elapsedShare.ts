import { invalidArgumentError } from '../errors.js';
import { Decimal } from '../numbers/decimal.js';
import { requireOptions } from '../numbers/internal.js';
import { dateOf, daysBetween } from './calendar.js';
import { differenceInCalendarMonths, isLastDayOfMonth } from './dateFns.js';
import { type Period, type PeriodInput, readDate, readPeriod } from './period.js';

/**
 * Options of {@link elapsedShare}.
 *
 * @example
 * ```ts
 * elapsedShare('2011', '2011-06-30', { basis: 'months' }).toString();
 * // => '0.5'
 * ```
 *
 * @category Periods
 */
export interface ElapsedShareOptions {
  /**
   * How elapsed time is counted. `'days'` (the default): calendar days from `start` to `asOf`, both
   * included, over the days of the period. `'months'`: whole calendar months of the period whose
   * last day is on or before `asOf`, over the months of the period (the "months / 12" of 序时进度).
   */
  readonly basis?: 'days' | 'months';
}

const FN = 'elapsedShare';

function monthsShare(period: Period, asOf: string): Decimal {
  const start = dateOf(period.start);
  const end = dateOf(period.end);
  if (start.getDate() !== 1 || !isLastDayOfMonth(end)) {
    throw invalidArgumentError(
      FN,
      'period',
      `must cover whole calendar months when basis is 'months', got ${JSON.stringify(period.label)}`,
      period.label,
    );
  }
  const date = dateOf(asOf);
  const total = differenceInCalendarMonths(end, start) + 1;
  const done = differenceInCalendarMonths(date, start) + (isLastDayOfMonth(date) ? 1 : 0);
  return new Decimal(Math.min(Math.max(done, 0), total)).div(total);
}

/**
 * The share of a period that has elapsed by a date (序时进度, "时间过半" when it reaches one half).
 *
 * Formula (basis `'days'`, the default): (asOf − start + 1) / (end − start + 1) in calendar days,
 * clamped to [0, 1] — `asOf` counts as elapsed, so `asOf = start` gives 1 / days, `asOf = end`
 * gives exactly 1, a date before `start` gives 0 and a date after `end` gives 1.
 * Basis `'months'`: the number of calendar months of the period whose last day is on or before
 * `asOf`, divided by the months of the period — by 2011-06-30 a year is 6/12 = 0.5 elapsed, on
 * 2011-06-29 it is 5/12; a month counts only once its last day is reached. The period must then
 * cover whole calendar months (every kind but a range that starts or ends mid-month).
 * Dates are `UTCDate`s: days are the calendar days between their midnights, months are date-fns
 * `differenceInCalendarMonths` and `isLastDayOfMonth`, so the process time zone does not matter.
 * The result is exact to 34 significant digits (181/365 is not rounded to a few decimals).
 * Source: NBS/government practice of 序时进度 (time-elapsed progress: days, or months / 12).
 * Chinese term: 序时进度 (时间进度).
 *
 * @param period - a {@link Period} or its label
 * @param asOf - the date `'YYYY-MM-DD'` up to which (inclusive) time has elapsed
 * @param options - the {@link ElapsedShareOptions.basis | basis} of the count
 * @returns the elapsed share, a {@link Decimal} in [0, 1]
 * @throws TownIndicatorsError `INVALID_PERIOD` when `period` is not a valid period or `asOf` not a
 *   valid date; `INVALID_ARGUMENT` when `basis` is neither `'days'` nor `'months'`, or is `'months'`
 *   for a range that does not cover whole calendar months; `INVALID_ARGUMENT`
 *   when `options` is `null` or not an object
 * @example
 * ```ts
 * [elapsedShare('2011-H1', '2011-06-30').toString(), elapsedShare('2011-Q1', '2011-01-09').toString()];
 * // => ['1', '0.1']
 * ```
 *
 * @category Periods
 */
export function elapsedShare(
  period: PeriodInput,
  asOf: string,
  options: ElapsedShareOptions = {},
): Decimal {
  requireOptions(FN, options);
  const p = readPeriod(period, FN, 'period');
  const date = readDate(asOf, FN, 'asOf');
  const basis = options.basis ?? 'days';
  if (basis === 'months') return monthsShare(p, date);
  if (basis !== 'days') {
    throw invalidArgumentError(
      FN,
      'options.basis',
      `must be 'days' or 'months', got ${JSON.stringify(String(basis))}`,
      basis,
    );
  }
  const start = dateOf(p.start);
  const total = daysBetween(dateOf(p.end), start) + 1;
  const done = daysBetween(dateOf(date), start) + 1;
  return new Decimal(Math.min(Math.max(done, 0), total)).div(total);
}
