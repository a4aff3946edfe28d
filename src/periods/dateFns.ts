/**
 * The date-fns functions the periods use, imported one by one (never the barrel), in one module:
 * the build bundles it into `dist/dates.js` beside the core, so that loading the periods costs one
 * file rather than dozens, and a bundle that uses no period drops all of it.
 *
 * @internal
 * @module
 */
import type { UTCDate as UTCDateClass } from '@date-fns/utc';
import { UTCDateMini } from '@date-fns/utc/date/mini';

/**
 * A date whose getters and setters are the UTC ones: `UTCDateMini`, the UTC date without the
 * Intl formatters of `UTCDate`, whose set-up costs about 10 ms at load (the periods format dates
 * with date-fns `lightFormat`).
 *
 * @internal
 */
export const UTCDate: typeof UTCDateClass = UTCDateMini;
/** @internal */
export type UTCDate = UTCDateClass;
export { addMonths } from 'date-fns/addMonths';
export { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
export { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
export { endOfMonth } from 'date-fns/endOfMonth';
export { endOfQuarter } from 'date-fns/endOfQuarter';
export { endOfYear } from 'date-fns/endOfYear';
export { getDaysInMonth } from 'date-fns/getDaysInMonth';
export { isLastDayOfMonth } from 'date-fns/isLastDayOfMonth';
export { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
export { lightFormat } from 'date-fns/lightFormat';
export { parseISO } from 'date-fns/parseISO';
export { subDays } from 'date-fns/subDays';
export { subYears } from 'date-fns/subYears';
