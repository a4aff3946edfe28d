/**
 * Calendar arithmetic on plain ISO dates (`'YYYY-MM-DD'`), independent of the process time zone.
 *
 * The arithmetic is date-fns, each function imported from its own path (`date-fns/addMonths`, never
 * the barrel), working on `UTCDate` from `@date-fns/utc`: a `Date` whose getters and setters are the
 * UTC ones. date-fns builds its results with the constructor of its argument, so a `UTCDate` in gives
 * a `UTCDate` out, and no time zone can shift a date. A local `Date` is never built: in a zone that
 * skipped a day (Pacific/Kiritimati skipped 1994-12-31, Pacific/Apia 2011-12-30) the local
 * `new Date(1994, 11, 31)` is 1995-01-01 and would shift a period's boundary. A `UTCDate` lives only
 * inside a computation; periods keep their dates as ISO strings.
 *
 * Written by hand: the shape check of `'YYYY-MM-DD'` (date-fns `parseISO` accepts many more shapes),
 * the year of an ISO string (date-fns `lightFormat` writes the year 0 as its era year 0001), and the
 * count of days between two dates (see {@link daysBetween}).
 *
 * @internal
 * @module
 */

import { getDaysInMonth, lightFormat, UTCDate } from './dateFns.js';

/** A calendar date as numbers: year 0–9999, month 1–12, day 1–31. @internal */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * The `UTCDate` (midnight UTC) of a year, month (1–12) and day; months and days out of range roll
 * over, as with `Date`.
 *
 * @internal
 */
export function utcDate(year: number, month: number, day: number): UTCDate {
  const date = new UTCDate(0);
  // setFullYear (setUTCFullYear on a UTCDate), unlike the constructor (Date.UTC), does not read
  // the years 0–99 as 1900–1999.
  date.setFullYear(year, month - 1, day);
  return date;
}

/**
 * Why year, month and day do not make a calendar date, or `undefined` when they do.
 * The length of the month is date-fns `getDaysInMonth` (Gregorian leap years).
 *
 * @internal
 */
export function dateProblem(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  const last = getDaysInMonth(utcDate(year, month, 1));
  if (day < 1 || day > last) {
    const yearMonth = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    return `${yearMonth} has ${last} days, no day ${day}`;
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
 * The `UTCDate` of an ISO date that is known to be valid (a `start` or `end` of a period).
 *
 * @internal
 */
export function dateOf(iso: string): UTCDate {
  return utcDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * Writes a `UTCDate` of the years 0000–9999 as `'YYYY-MM-DD'`: the year on four digits by hand
 * (`lightFormat`'s `yyyy` writes the year 0 as 0001, the year 1 BC), month and day by date-fns
 * `lightFormat`.
 *
 * @internal
 */
export function isoOf(date: UTCDate): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${lightFormat(date, 'MM-dd')}`;
}

/**
 * Calendar days from `earlier` to `later` (negative when `later` is earlier): what date-fns
 * `differenceInCalendarDays` means, computed directly. That function is not used because its
 * time-zone correction rebuilds each date with `Date.UTC`, which reads the year 0 as 1900 (not a
 * leap year), so it counts 0000-02-29 as 0000-03-01 (`'0000-02'` would have 30 days). Two `UTCDate`
 * midnights have no offset to correct: the days are the milliseconds between them / 86 400 000.
 *
 * @internal
 */
export function daysBetween(later: UTCDate, earlier: UTCDate): number {
  return (later.getTime() - earlier.getTime()) / MS_PER_DAY;
}
