import { dayOf, daysInMonth, FIRST_DAY, formatIsoDate, isoOf } from './calendar.js';
import {
  calendarPeriod,
  calendarShape,
  type Period,
  type PeriodInput,
  rangePeriod,
  readPeriod,
  throwOutOfRange,
} from './period.js';

/** The same valid ISO date (of a year ≥ 0001) one year earlier; 29 February becomes 28 February. */
function oneYearEarlier(iso: string): string {
  const year = Number(iso.slice(0, 4)) - 1;
  const month = Number(iso.slice(5, 7));
  const day = Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month));
  return formatIsoDate({ year, month, day });
}

/**
 * The same period of the previous year (去年同期), the base of a year-on-year (同比) comparison.
 *
 * Formula: a year, half-year, quarter or month becomes the one of the same kind and number one
 * year earlier (`'2011-Q2'` → `'2010-Q2'`); a range has both ends moved one year earlier, keeping
 * month and day, except that 29 February becomes 28 February (`'2012-02-01/2012-02-29'` →
 * `'2011-02-01/2011-02-28'`), so a range can lose a day.
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
 */
export function samePeriodLastYear(period: PeriodInput): Period {
  const fn = 'samePeriodLastYear';
  const p = readPeriod(period, fn, 'period');
  if (p.start.startsWith('0000')) throwOutOfRange(fn, 'period', p, 'same period last year');
  if (p.kind === 'range') return rangePeriod(oneYearEarlier(p.start), oneYearEarlier(p.end));
  const { kind, year, firstMonth } = calendarShape(p);
  return calendarPeriod(kind, year - 1, firstMonth);
}

/**
 * The period just before a period (上期), of the same kind and length.
 *
 * Formula: `'2011'` → `'2010'`, `'2011-H1'` → `'2010-H2'`, `'2011-Q1'` → `'2010-Q4'`,
 * `'2011-01'` → `'2010-12'`; a range of n days → the range of n days ending the day before its
 * start. In every case the result ends the day before `period.start`.
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
 */
export function previousPeriod(period: PeriodInput): Period {
  const fn = 'previousPeriod';
  const p = readPeriod(period, fn, 'period');
  const start = dayOf(p.start);
  const length = dayOf(p.end) - start + 1;
  if (start - length < FIRST_DAY) throwOutOfRange(fn, 'period', p, 'previous period');
  if (p.kind === 'range') return rangePeriod(isoOf(start - length), isoOf(start - 1));
  const { kind, year, firstMonth, months } = calendarShape(p);
  return firstMonth > months
    ? calendarPeriod(kind, year, firstMonth - months)
    : calendarPeriod(kind, year - 1, firstMonth - months + 12);
}
