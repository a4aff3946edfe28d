import {
  invalidArgumentError,
  invalidDateError,
  invalidPeriodError,
  periodOutOfRangeError,
} from '../errors.js';
import { dateOf, dateProblem, daysBetween, isoOf, splitIsoDate, utcDate } from './calendar.js';
import type { UTCDate } from './dateFns.js';
import { addMonths, lastDayOfMonth } from './dateFns.js';

/**
 * The kinds of reporting period (报告期): a calendar year (年度), a half-year (半年, 上半年 / 下半年),
 * a quarter (季度), a month (月度), or an arbitrary range of days.
 *
 * Source: the reporting periods of NBS statistics and of the seed reports (年度, 上半年, 季度, 月度).
 *
 * @example
 * ```ts
 * ['2011', '2011-H1', '2011-Q3', '2011-06', '2011-03-01/2011-09-30'].map((t) => parsePeriod(t).kind);
 * // => ['year', 'half', 'quarter', 'month', 'range']
 * ```
 *
 * @category Periods
 */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'range';

/**
 * The kinds of period that are a fixed part of a calendar year: `'year'`, `'half'`, `'quarter'`,
 * `'month'` (every kind but `'range'`), as {@link periodOfDate} takes them.
 *
 * Source: NBS reporting periods. Chinese term: 年度 / 半年 / 季度 / 月度.
 *
 * @example
 * ```ts
 * periodOfDate('2011-08-15', 'quarter').label;
 * // => '2011-Q3'
 * ```
 *
 * @category Periods
 */
export type CalendarPeriodKind = Exclude<PeriodKind, 'range'>;

/**
 * A reporting period (报告期): a plain, frozen value with inclusive ISO dates and a canonical label.
 *
 * Labels are `'2011'` (year), `'2011-H1'` / `'2011-H2'` (上半年 / 下半年), `'2011-Q1'`…`'2011-Q4'`
 * (季度), `'2011-06'` (month) and `'2011-03-01/2011-09-30'` (a range, both ends inclusive).
 * Dates are strings, never `Date` objects, so no time zone can shift a period (the calendar
 * arithmetic inside is date-fns on `UTCDate`, never on local dates). A period survives
 * `JSON.stringify` / `JSON.parse` and is accepted again by every function of this module; any
 * function that takes a period also takes its label.
 *
 * Source: ISO 8601 calendar dates (proleptic Gregorian calendar); the half-years and quarters of
 * NBS statistical reporting (Q1 ends 03-31, Q2 06-30, Q3 09-30, Q4 12-31; H2 starts 07-01).
 *
 * @example
 * ```ts
 * parsePeriod('2011-Q3');
 * // => { kind: 'quarter', start: '2011-07-01', end: '2011-09-30', label: '2011-Q3', year: 2011, index: 3 }
 * ```
 *
 * @category Periods
 */
export interface Period {
  /** What kind of period this is. */
  readonly kind: PeriodKind;
  /** The first day, `'YYYY-MM-DD'` (inclusive). */
  readonly start: string;
  /** The last day, `'YYYY-MM-DD'` (inclusive). */
  readonly end: string;
  /** The canonical label: `'2011'`, `'2011-H1'`, `'2011-Q3'`, `'2011-06'`, `'2011-03-01/2011-09-30'`. */
  readonly label: string;
  /** The calendar year; present for every kind except `'range'`. */
  readonly year?: number;
  /** The half (1–2), quarter (1–4) or month (1–12) within {@link Period.year}; absent for `'year'` and `'range'`. */
  readonly index?: number;
}

/**
 * A period or its label (`'2011-Q2'`): what every function of the periods module accepts.
 * A label is read by {@link parsePeriod}; a Period object must agree with its own label.
 *
 * Chinese term: 报告期.
 *
 * @example
 * ```ts
 * [daysInPeriod('2011-Q1'), daysInPeriod(parsePeriod('2011-Q1'))];
 * // => [90, 90]
 * ```
 *
 * @category Periods
 */
export type PeriodInput = Period | string;

/** Months per calendar kind. */
const MONTHS_OF: Readonly<Record<CalendarPeriodKind, number>> = {
  year: 12,
  half: 6,
  quarter: 3,
  month: 1,
};

const YEAR = /^(\d{4})$/;
const HALF = /^(\d{4})-?H(\d)$/i;
const QUARTER = /^(\d{4})-?Q(\d)$/i;
const MONTH = /^(\d{4})-(\d{2})$/;
const SHAPES =
  "expected 'YYYY', 'YYYY-H1', 'YYYY-Q1', 'YYYY-MM' or 'YYYY-MM-DD/YYYY-MM-DD' (a range)";

/**
 * Builds the calendar period of a kind that contains a date of the years 0000–9999.
 *
 * Formula: index = ⌊month₀ / months⌋ + 1 (month₀ = 0–11); the period starts on the first day of
 * its first month and ends on date-fns `lastDayOfMonth(addMonths(start, months − 1))`.
 *
 * @internal
 */
export function calendarPeriodOf(kind: CalendarPeriodKind, date: UTCDate): Period {
  const months = MONTHS_OF[kind];
  const year = date.getFullYear();
  const index = Math.floor(date.getMonth() / months) + 1;
  const first = utcDate(year, (index - 1) * months + 1, 1);
  const start = isoOf(first);
  const end = isoOf(lastDayOfMonth(addMonths(first, months - 1)));
  const yyyy = start.slice(0, 4);
  if (kind === 'year') return Object.freeze({ kind, start, end, label: yyyy, year });
  const label =
    kind === 'month' ? start.slice(0, 7) : `${yyyy}-${kind === 'half' ? 'H' : 'Q'}${index}`;
  return Object.freeze({ kind, start, end, label, year, index });
}

/**
 * Builds the range period of two ISO dates (`start ≤ end`, both valid).
 *
 * @internal
 */
export function rangePeriod(start: string, end: string): Period {
  return Object.freeze({ kind: 'range', start, end, label: `${start}/${end}` });
}

/** Reads one `'YYYY-MM-DD'` (already trimmed) or tells why it is not a date. */
function interpretDate(text: string): UTCDate | string {
  const date = splitIsoDate(text);
  if (date === undefined) return 'expected YYYY-MM-DD';
  return dateProblem(date.year, date.month, date.day) ?? utcDate(date.year, date.month, date.day);
}

function interpretRange(text: string): Period | string {
  const parts = text.split('/');
  if (parts.length !== 2) return `a range has exactly one '/'; ${SHAPES}`;
  const [startText = '', endText = ''] = parts.map((part) => part.trim());
  const start = interpretDate(startText);
  if (typeof start === 'string') return `start ${startText}: ${start}`;
  const end = interpretDate(endText);
  if (typeof end === 'string') return `end ${endText}: ${end}`;
  if (daysBetween(end, start) < 0) {
    return `end ${endText} is before start ${startText}`;
  }
  return rangePeriod(isoOf(start), isoOf(end));
}

/** Reads a label (already trimmed) or tells why it is not one. */
function interpretLabel(text: string): Period | string {
  if (text.includes('/')) return interpretRange(text);
  let match = YEAR.exec(text);
  if (match !== null) return calendarPeriodOf('year', utcDate(Number(match[1]), 1, 1));
  match = HALF.exec(text);
  if (match !== null) {
    const half = Number(match[2]);
    if (half < 1 || half > 2) return `half-year H${half} does not exist; use H1 or H2`;
    return calendarPeriodOf('half', utcDate(Number(match[1]), half * 6 - 5, 1));
  }
  match = QUARTER.exec(text);
  if (match !== null) {
    const quarter = Number(match[2]);
    if (quarter < 1 || quarter > 4) return `quarter Q${quarter} does not exist; use Q1 to Q4`;
    return calendarPeriodOf('quarter', utcDate(Number(match[1]), quarter * 3 - 2, 1));
  }
  match = MONTH.exec(text);
  if (match !== null) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return `month ${month} does not exist`;
    return calendarPeriodOf('month', utcDate(Number(match[1]), month, 1));
  }
  if (splitIsoDate(text) !== undefined) {
    return `a single date is not a period; write '${text}/${text}' for a range of one day`;
  }
  return SHAPES;
}

/** Reads a string or a Period-shaped object, or tells why it is neither. */
/** The most labels remembered: a dataset names few distinct periods, read many times. */
const REMEMBERED_LABELS = 4096;
let remembered: Map<string, Period | string> | undefined;

/**
 * {@link interpretLabel}, remembered: periods are frozen values, so one label read 100,000 times
 * (a dataset's observations) is worked out once.
 */
function interpretRemembered(label: string): Period | string {
  remembered ??= new Map();
  const known = remembered.get(label);
  if (known !== undefined) return known;
  const period = interpretLabel(label);
  if (remembered.size >= REMEMBERED_LABELS) remembered.clear();
  remembered.set(label, period);
  return period;
}

function interpret(input: unknown): Period | string {
  if (typeof input === 'string') return interpretRemembered(input.trim());
  if (typeof input !== 'object' || input === null) return 'expected a period label or a Period';
  const given = input as Partial<Record<keyof Period, unknown>>;
  if (typeof given.label !== 'string') return 'a Period needs its label';
  const period = interpretRemembered(given.label.trim());
  if (typeof period === 'string') return `label ${given.label}: ${period}`;
  for (const field of ['kind', 'start', 'end', 'year', 'index'] as const) {
    const optional = field === 'year' || field === 'index';
    if (optional && given[field] === undefined) continue;
    if (given[field] !== period[field]) {
      return `its ${field} ${String(given[field])} does not match its label ${period.label}`;
    }
  }
  return period;
}

/**
 * Reads a period argument of a public function, or throws `INVALID_PERIOD` naming it.
 *
 * @internal
 */
export function readPeriod(input: unknown, fn: string, arg: string): Period {
  const period = interpret(input);
  if (typeof period !== 'string') return period;
  const value = typeof input === 'object' && input !== null ? (input as Period).label : input;
  throw invalidPeriodError(fn, arg, value, period);
}

/**
 * Reads a date argument `'YYYY-MM-DD'` (surrounding white space allowed), or throws
 * `INVALID_PERIOD` naming it. Returns the date trimmed.
 *
 * @internal
 */
export function readDate(input: unknown, fn: string, arg: string): string {
  const text = typeof input === 'string' ? input.trim() : undefined;
  const date = text === undefined ? "expected a string 'YYYY-MM-DD'" : interpretDate(text);
  if (typeof date !== 'string') return isoOf(date);
  throw invalidDateError(fn, arg, input, date);
}

/**
 * Throws `INVALID_PERIOD`: the period derived from `of` would leave the years 0000–9999.
 *
 * @internal
 */
export function throwOutOfRange(fn: string, arg: string, of: Period, what: string): never {
  throw periodOutOfRangeError(fn, arg, of.label, what);
}

/**
 * Reads a period label, or checks a {@link Period} object, and returns the canonical frozen period.
 *
 * Accepted labels: `'2011'`, `'2011-H1'`, `'2011-H2'`, `'2011-Q1'`…`'2011-Q4'`, `'2011-06'`,
 * `'2011-03-01/2011-09-30'` (a range, both ends inclusive). Reading is lenient on letter case,
 * on white space around the label and around the `/` of a range, and on the hyphen before H or Q:
 * `' 2011h1 '` reads as `'2011-H1'`. The label of the result is canonical. Years have four digits
 * (0000–9999), dates follow the Gregorian calendar (2012-02-29 exists, 2011-02-29 does not).
 * A single date (`'2011-06-12'`) is not a period: write `'2011-06-12/2011-06-12'` for one day, so a
 * date passed where a period belongs is caught instead of read as a one-day period. A range is
 * kept as a range even when it covers a calendar period exactly. The calendar is date-fns on
 * `UTCDate` (a day is checked against `getDaysInMonth`, a period ends on `lastDayOfMonth`), so the
 * result does not depend on the process time zone.
 *
 * A {@link Period} object (for instance from `JSON.parse`) is accepted when its fields agree with its
 * label; the canonical period is returned.
 *
 * Source: ISO 8601 calendar dates; NBS reporting periods (年度, 半年, 季度, 月度).
 * Chinese term: 报告期.
 *
 * @param input - a period label, or a {@link Period}
 * @returns the canonical, frozen {@link Period}
 * @throws TownIndicatorsError `INVALID_PERIOD` when the label is not one of the shapes above, names
 *   a month, half or quarter that does not exist (`'2011-13'`, `'2011-H3'`, `'2011-Q5'`), a day
 *   that does not exist (`'2011-02-29/2011-03-31'`), a range whose end is before its start, a single
 *   date, or when `input` is neither a string nor a Period whose fields match its label
 * @example
 * ```ts
 * parsePeriod('2011-H1').end;
 * // => '2011-06-30'
 * ```
 *
 * @category Periods
 */
export function parsePeriod(input: PeriodInput): Period {
  return readPeriod(input, 'parsePeriod', 'input');
}

/**
 * Tells whether a value is a valid {@link Period} object: its label parses and its `kind`, `start`,
 * `end` (and `year`, `index` when present) agree with it. Strings are not periods (use
 * {@link parsePeriod} to read a label). Never throws.
 *
 * Source: the label rules of {@link parsePeriod}.
 * Chinese term: 报告期.
 *
 * @param value - anything
 * @returns `true` when `value` is a Period every function of this module accepts
 * @example
 * ```ts
 * [isPeriod(parsePeriod('2011-Q2')), isPeriod('2011-Q2'), isPeriod({ kind: 'year', start: '2011-01-01', end: '2011-12-30', label: '2011' })];
 * // => [true, false, false]
 * ```
 *
 * @category Periods
 */
export function isPeriod(value: unknown): value is Period {
  return typeof value === 'object' && value !== null && typeof interpret(value) !== 'string';
}

/**
 * The number of days in a period, both ends counted.
 *
 * Formula: end − start + 1 (calendar days between two `UTCDate` midnights, as date-fns
 * `differenceInCalendarDays` + 1 counts them, correct also in the year 0000). A year has 365 or
 * 366 days, H1 181 or 182, H2 184, Q1 90 or 91, Q2 91, Q3 and Q4 92.
 * Source: the Gregorian calendar (ISO 8601).
 * Chinese term: 天数.
 *
 * @param period - a {@link Period} or its label
 * @returns the number of days, at least 1
 * @throws TownIndicatorsError `INVALID_PERIOD` when `period` is not a valid period
 * @example
 * ```ts
 * [daysInPeriod('2012'), daysInPeriod('2012-H1'), daysInPeriod('2011-H1')];
 * // => [366, 182, 181]
 * ```
 *
 * @category Periods
 */
export function daysInPeriod(period: PeriodInput): number {
  const p = readPeriod(period, 'daysInPeriod', 'period');
  return daysBetween(dateOf(p.end), dateOf(p.start)) + 1;
}

/**
 * Tells whether a date lies in a period, both ends included.
 *
 * Formula: start ≤ date ≤ end.
 * Source: ISO 8601 calendar dates.
 * Chinese term: 属于报告期.
 *
 * @param period - a {@link Period} or its label
 * @param date - a date `'YYYY-MM-DD'`
 * @returns `true` when `period.start ≤ date ≤ period.end`
 * @throws TownIndicatorsError `INVALID_PERIOD` when `period` is not a valid period or `date` is not
 *   a valid date
 * @example
 * ```ts
 * [containsDate('2011-H1', '2011-06-30'), containsDate('2011-H1', '2011-07-01')];
 * // => [true, false]
 * ```
 *
 * @category Periods
 */
export function containsDate(period: PeriodInput, date: string): boolean {
  const p = readPeriod(period, 'containsDate', 'period');
  const day = readDate(date, 'containsDate', 'date');
  // ISO dates with four-digit years sort as strings in calendar order.
  return p.start <= day && day <= p.end;
}

/**
 * The calendar period of a kind that contains a date: its year, half-year, quarter or month.
 *
 * Formula: half = ⌈month / 6⌉, quarter = ⌈month / 3⌉; the period runs from the first day of its
 * first month to the date-fns `lastDayOfMonth` of its last month.
 * Source: NBS reporting periods (年度, 半年, 季度, 月度).
 * Chinese term: 所属期.
 *
 * @param date - a date `'YYYY-MM-DD'`
 * @param kind - `'year'`, `'half'`, `'quarter'` or `'month'`
 * @returns the frozen {@link Period} of that kind containing `date`
 * @throws TownIndicatorsError `INVALID_PERIOD` when `date` is not a valid date;
 *   `INVALID_ARGUMENT` when `kind` is not a calendar kind
 * @example
 * ```ts
 * [periodOfDate('2011-08-15', 'half').label, periodOfDate('2011-08-15', 'month').label];
 * // => ['2011-H2', '2011-08']
 * ```
 *
 * @category Periods
 */
export function periodOfDate(date: string, kind: CalendarPeriodKind): Period {
  const day = readDate(date, 'periodOfDate', 'date');
  if (!Object.hasOwn(MONTHS_OF, kind)) {
    throw invalidArgumentError(
      'periodOfDate',
      'kind',
      `must be 'year', 'half', 'quarter' or 'month', got ${JSON.stringify(String(kind))}`,
      kind,
    );
  }
  return calendarPeriodOf(kind, dateOf(day));
}
