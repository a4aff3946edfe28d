/**
 * Calendar arithmetic on plain ISO dates (`'YYYY-MM-DD'`), independent of the process time zone.
 *
 * Dates are turned into day numbers (days since 1970-01-01 in the proleptic Gregorian calendar)
 * through the UTC methods of `Date`, which no time zone can shift. Local `Date` objects — and so the
 * calendar functions of date-fns, which read local fields — are never used: in a zone that skipped a
 * day (Pacific/Kiritimati skipped 1994-12-31, Pacific/Apia 2011-12-30) the local
 * `new Date(1994, 11, 31)` is 1995-01-01 and would shift a period's boundary.
 *
 * @internal
 * @module
 */

/** A calendar date as numbers: year 0–9999, month 1–12, day 1–31. @internal */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The day number of 0000-01-01, the first day a four-digit year can write. @internal */
export const FIRST_DAY = -719_528;

/**
 * Whether a year is a leap year of the Gregorian calendar (divisible by 4, centuries only by 400).
 *
 * @internal
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days of a month (1–12) of a year.
 *
 * @internal
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/**
 * Why year, month and day do not make a calendar date, or `undefined` when they do.
 *
 * @internal
 */
export function dateProblem(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `${year}-${pad2(month)} has ${last} days, no day ${day}`;
  }
  return undefined;
}

/**
 * Reads `'YYYY-MM-DD'` (exactly that shape) into numbers; `undefined` when the shape is wrong.
 * The date itself is not checked: see {@link dateProblem}.
 *
 * @internal
 */
export function splitIsoDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * The day number (days since 1970-01-01) of a valid calendar date.
 *
 * @internal
 */
export function toDayNumber(date: CalendarDate): number {
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read the years 0–99 as 1900–1999.
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return utc.getTime() / MS_PER_DAY;
}

/**
 * The calendar date of a day number.
 *
 * @internal
 */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/**
 * Writes a calendar date as `'YYYY-MM-DD'` (the year on four digits).
 *
 * @internal
 */
export function formatIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad2(date.month)}-${pad2(date.day)}`;
}

/**
 * The day number of an ISO date that is known to be valid (a `start` or `end` of a period).
 *
 * @internal
 */
export function dayOf(iso: string): number {
  return toDayNumber({
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
  });
}

/**
 * The ISO date of a day number.
 *
 * @internal
 */
export function isoOf(dayNumber: number): string {
  return formatIsoDate(fromDayNumber(dayNumber));
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
