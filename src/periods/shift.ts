import { dateOf, daysBetween, isoOf } from './calendar.js';
import { subDays, subYears } from './dateFns.js';
import {
  calendarPeriodOf,
  type Period,
  type PeriodInput,
  rangePeriod,
  readPeriod,
  throwOutOfRange,
} from './period.js';

/**
 * The same period of the previous year (去年同期), the base of a year-on-year (同比) comparison.
 *
 * Formula: a year, half-year, quarter or month becomes the one of the same kind and number one
 * year earlier (`'2011-Q2'` → `'2010-Q2'`); a range has both ends moved one year earlier, keeping
 * month and day, except that 29 February becomes 28 February (`'2012-02-01/2012-02-29'` →
 * `'2011-02-01/2011-02-28'`), so a range can lose a day — date-fns `subYears(date, 1)` on `UTCDate`.
 * Source: NBS, 同比 = against the same period of the previous year.
 * Chinese term: 去年同期.
 *
 * @param period - a {@link Period} or its label
 * @returns the frozen {@link Period} one year earlier, of the same kind
 * @throws TownIndicatorsError `INVALID_PERIOD` when `period` is not a valid period or starts in the
 *   year 0000
 * @example
 * ```ts
 * [samePeriodLastYear('2011-H1').label, samePeriodLastYear('2012-02-01/2012-02-29').label];
 * // => ['2010-H1', '2011-02-01/2011-02-28']
 * ```
 *
 * @category Periods
 */
export function samePeriodLastYear(period: PeriodInput): Period {
  const fn = 'samePeriodLastYear';
  const p = readPeriod(period, fn, 'period');
  lastYears ??= new Map();
  return remember(lastYears, p, () => yearBefore(fn, p));
}

/** The most shifts remembered per kind: a dataset shifts few distinct periods, many times. */
const REMEMBERED_SHIFTS = 4096;
let lastYears: Map<string, Period> | undefined;
let previousOnes: Map<string, Period> | undefined;

/** A shift of a period, worked out once per label (periods are frozen values). */
function remember(cache: Map<string, Period>, p: Period, shift: () => Period): Period {
  const known = cache.get(p.label);
  if (known !== undefined) return known;
  const shifted = shift();
  if (cache.size >= REMEMBERED_SHIFTS) cache.clear();
  cache.set(p.label, shifted);
  return shifted;
}

function yearBefore(fn: string, p: Period): Period {
  const start = subYears(dateOf(p.start), 1);
  if (start.getFullYear() < 0) throwOutOfRange(fn, 'period', p, 'same period last year');
  if (p.kind === 'range') return rangePeriod(isoOf(start), isoOf(subYears(dateOf(p.end), 1)));
  return calendarPeriodOf(p.kind, start);
}

/**
 * The period just before a period (上期), of the same kind and length.
 *
 * Formula: `'2011'` → `'2010'`, `'2011-H1'` → `'2010-H2'`, `'2011-Q1'` → `'2010-Q4'`,
 * `'2011-01'` → `'2010-12'`; a range of n days → the range of n days ending the day before its
 * start. In every case the result ends the day before `period.start` (date-fns `subDays(start, 1)`
 * on `UTCDate`).
 * Source: NBS, 环比 = against the previous period.
 * Chinese term: 上期 (环比的基期).
 *
 * @param period - a {@link Period} or its label
 * @returns the frozen {@link Period} just before `period`
 * @throws TownIndicatorsError `INVALID_PERIOD` when `period` is not a valid period or the period
 *   before it would begin before 0000-01-01
 * @example
 * ```ts
 * [previousPeriod('2011-H1').label, previousPeriod('2011-Q1').label, previousPeriod('2011-03-01/2011-03-10').label];
 * // => ['2010-H2', '2010-Q4', '2011-02-19/2011-02-28']
 * ```
 *
 * @category Periods
 */
export function previousPeriod(period: PeriodInput): Period {
  const fn = 'previousPeriod';
  const p = readPeriod(period, fn, 'period');
  previousOnes ??= new Map();
  return remember(previousOnes, p, () => periodBefore(fn, p));
}

function periodBefore(fn: string, p: Period): Period {
  const start = dateOf(p.start);
  const dayBefore = subDays(start, 1);
  if (p.kind !== 'range') {
    if (dayBefore.getFullYear() < 0) throwOutOfRange(fn, 'period', p, 'previous period');
    return calendarPeriodOf(p.kind, dayBefore);
  }
  const first = subDays(start, daysBetween(dateOf(p.end), start) + 1);
  if (first.getFullYear() < 0) throwOutOfRange(fn, 'period', p, 'previous period');
  return rangePeriod(isoOf(first), isoOf(dayBefore));
}

/**
 * The period a growth of `period` compares with (同比): the same period of the previous year, by
 * its label, or `undefined` in the year 0000, which has none. The one rule both a dataset's
 * comparisons and a panel's growth columns follow.
 *
 * @internal
 */
export function comparisonPeriodLabel(period: PeriodInput): string | undefined {
  try {
    return samePeriodLastYear(period).label;
  } catch {
    return undefined;
  }
}
