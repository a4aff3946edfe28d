export type { ElapsedShareOptions } from './elapsedShare.js';
export { elapsedShare } from './elapsedShare.js';
export type { CalendarPeriodKind, Period, PeriodInput, PeriodKind } from './period.js';
export {
  containsDate,
  daysInPeriod,
  isPeriod,
  parsePeriod,
  periodOfDate,
} from './period.js';
export { previousPeriod, samePeriodLastYear } from './shift.js';
