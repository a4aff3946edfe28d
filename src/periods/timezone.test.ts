import { afterEach, describe, expect, it } from 'vitest';
import {
  containsDate,
  daysInPeriod,
  elapsedShare,
  parsePeriod,
  periodOfDate,
  previousPeriod,
  samePeriodLastYear,
} from './index.js';

// Periods are plain ISO dates: no time zone may shift them. Node applies a new process.env.TZ at
// once, so each case below switches the zone of this test process and checks that the zone is in
// force (the probe) before computing. Pacific/Kiritimati skipped the local day 1994-12-31 and
// Pacific/Apia 2011-12-30: there `new Date(1994, 11, 31)` is 1 January 1995, which is why the
// library never builds local dates. America/Los_Angeles has DST (2011-03-13, 2011-11-06).

function computed(): Record<string, unknown> {
  return {
    q4: [parsePeriod('1994-Q4').start, parsePeriod('1994-Q4').end],
    days: [
      daysInPeriod('1994'),
      daysInPeriod('1994-12'),
      daysInPeriod('1994-12-01/1995-01-31'),
      daysInPeriod('2011-12'),
      daysInPeriod('2011-03-13/2011-03-13'),
      daysInPeriod('2011-11-06/2011-11-06'),
      daysInPeriod('2012-H1'),
    ],
    previous: [
      previousPeriod('1995-01-01/1995-01-31').label,
      previousPeriod('1995-01').end,
      previousPeriod('2011-12-31/2012-01-01').label,
      previousPeriod('2011-H1').start,
    ],
    lastYear: [
      samePeriodLastYear('1995-12-31/1995-12-31').label,
      samePeriodLastYear('2012-12-30/2012-12-31').label,
    ],
    contains: [containsDate('1994-12', '1994-12-31'), containsDate('2011-Q4', '2011-12-30')],
    of: [periodOfDate('1994-12-31', 'month').label, periodOfDate('2011-12-30', 'quarter').label],
    share: [
      elapsedShare('1994-12', '1994-12-30').eq(elapsedShare('2011-12', '2011-12-30')),
      elapsedShare('1994-12', '1994-12-30').mul(31).toString(),
      elapsedShare('2011-03', '2011-03-13').mul(31).toString(),
      elapsedShare('2011', '2011-06-30').mul(365).toString(),
      elapsedShare('2011-H1', '2011-06-30').toString(),
      elapsedShare('1994-12', '1994-12-31', { basis: 'months' }).toString(),
      elapsedShare('1994', '1994-12-30', { basis: 'months' }).mul(12).toString(),
    ],
  };
}

const EXPECTED = {
  q4: ['1994-10-01', '1994-12-31'],
  days: [365, 31, 62, 31, 1, 1, 182],
  previous: ['1994-12-01/1994-12-31', '1994-12-31', '2011-12-29/2011-12-30', '2010-07-01'],
  lastYear: ['1994-12-31/1994-12-31', '2011-12-30/2011-12-31'],
  contains: [true, true],
  of: ['1994-12', '2011-Q4'],
  share: [true, '30', '13', '181', '1', '1', '11'],
};

/** A fact about each zone's local calendar, showing that the zone is in force. */
const PROBES: readonly (readonly [zone: string, probe: () => number, expected: number])[] = [
  ['UTC', () => new Date(2011, 0, 1).getTimezoneOffset(), 0],
  ['America/Los_Angeles', () => new Date(2011, 0, 1).getTimezoneOffset(), 480],
  ['Asia/Shanghai', () => new Date(2011, 0, 1).getTimezoneOffset(), -480],
  ['Pacific/Kiritimati', () => new Date(1994, 11, 31).getDate(), 1],
  ['Pacific/Apia', () => new Date(2011, 11, 30).getDate(), 31],
];

describe('periods in any time zone', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it.each(PROBES)('gives the same dates in %s', (zone, probe, expected) => {
    process.env.TZ = zone;
    expect(probe()).toBe(expected);
    expect(computed()).toEqual(EXPECTED);
  });
});
