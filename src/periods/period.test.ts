import { describe, expect, it } from 'vitest';
import {
  containsDate,
  daysInPeriod,
  isPeriod,
  type Period,
  parsePeriod,
  periodOfDate,
} from './index.js';

/** Matches a TownIndicatorsError of a code whose message names the function and the argument. */
function failure(code: string, fnAndArg: string): unknown {
  return expect.objectContaining({
    name: 'TownIndicatorsError',
    code,
    message: expect.stringContaining(fnAndArg),
  });
}

describe('parsePeriod', () => {
  // Calendar facts (Gregorian calendar, ISO 8601) and the NBS reporting periods: Q1 ends 03-31,
  // Q2 06-30, Q3 09-30, Q4 12-31; H1 ends 06-30 and H2 starts 07-01.
  it.each([
    ['2011', 'year', '2011-01-01', '2011-12-31', 2011, undefined],
    ['2011-H1', 'half', '2011-01-01', '2011-06-30', 2011, 1],
    ['2011-H2', 'half', '2011-07-01', '2011-12-31', 2011, 2],
    ['2011-Q1', 'quarter', '2011-01-01', '2011-03-31', 2011, 1],
    ['2011-Q2', 'quarter', '2011-04-01', '2011-06-30', 2011, 2],
    ['2011-Q3', 'quarter', '2011-07-01', '2011-09-30', 2011, 3],
    ['2011-Q4', 'quarter', '2011-10-01', '2011-12-31', 2011, 4],
    ['2011-02', 'month', '2011-02-01', '2011-02-28', 2011, 2],
    ['2012-02', 'month', '2012-02-01', '2012-02-29', 2012, 2],
    ['2011-06', 'month', '2011-06-01', '2011-06-30', 2011, 6],
    ['2011-12', 'month', '2011-12-01', '2011-12-31', 2011, 12],
    ['2011-03-01/2011-09-30', 'range', '2011-03-01', '2011-09-30', undefined, undefined],
  ] as const)('%s is a %s from %s to %s', (label, kind, start, end, year, index) => {
    const period = parsePeriod(label);
    const expected: Record<string, unknown> = { kind, start, end, label };
    if (year !== undefined) expected.year = year;
    if (index !== undefined) expected.index = index;
    expect(period).toStrictEqual(expected);
  });

  it('reads the seed report period 2024年上半年 as 2024-H1 (seeds/002)', () => {
    expect(parsePeriod('2024-H1')).toMatchObject({ start: '2024-01-01', end: '2024-06-30' });
  });

  it('returns frozen plain objects', () => {
    const period = parsePeriod('2011-Q2');
    expect(Object.isFrozen(period)).toBe(true);
    expect(Object.getPrototypeOf(period)).toBe(Object.prototype);
  });

  it.each([
    [' 2011 ', '2011'],
    ['2011-h1', '2011-H1'],
    ['2011h2', '2011-H2'],
    ['2011q2', '2011-Q2'],
    ['\t2011-q4\n', '2011-Q4'],
    ['2011-03-01 / 2011-09-30', '2011-03-01/2011-09-30'],
    ['2011-06-12/2011-06-12', '2011-06-12/2011-06-12'],
  ])('is lenient on case and white space: %j → %s', (text, label) => {
    expect(parsePeriod(text).label).toBe(label);
  });

  it('keeps a range that covers a calendar period as a range', () => {
    expect(parsePeriod('2011-01-01/2011-12-31')).toMatchObject({ kind: 'range' });
  });

  it('accepts 29 February in leap years only (2012 and 2000, not 2011 or 1900)', () => {
    expect(parsePeriod('2012-02-29/2012-03-31').start).toBe('2012-02-29');
    expect(parsePeriod('2000-02-01/2000-02-29').end).toBe('2000-02-29');
    expect(() => parsePeriod('2011-02-29/2011-03-31')).toThrow(
      failure('INVALID_PERIOD', 'parsePeriod: input'),
    );
    expect(() => parsePeriod('1900-02-01/1900-02-29')).toThrow(
      failure('INVALID_PERIOD', 'parsePeriod: input'),
    );
  });

  it.each([
    ['2011-13', 'month 13 does not exist'],
    ['2011-00', 'month 0 does not exist'],
    ['2011-H3', 'H3 does not exist'],
    ['2011-H0', 'H0 does not exist'],
    ['2011-Q5', 'Q5 does not exist'],
    ['2011-Q0', 'Q0 does not exist'],
    ['2011-02-30/2011-03-31', '2011-02 has 28 days'],
    ['2011-02-29/2011-03-31', '2011-02 has 28 days'],
    ['2011-04-31/2011-05-31', '2011-04 has 30 days'],
    ['0011-02-29/0011-03-31', '0011-02 has 28 days'],
    ['2011-01-01/2011-02-30', 'end 2011-02-30'],
    ['2011-09-30/2011-03-01', 'end 2011-03-01 is before start 2011-09-30'],
    ['2011-01-01/2011-02-01/2011-03-01', "exactly one '/'"],
    ['2011-06-12', 'a single date is not a period'],
    ['2011-02-30', 'a single date is not a period'],
    ['11', 'expected'],
    ['abc', 'expected'],
    ['', 'expected'],
    ['2011-6', 'expected'],
    ['2011-Q12', 'expected'],
    ['20111', 'expected'],
    ['2011-1-01/2011-02-01', 'start 2011-1-01'],
  ])('rejects %j with INVALID_PERIOD (%s)', (text, reason) => {
    expect(() => parsePeriod(text)).toThrow(failure('INVALID_PERIOD', 'parsePeriod: input'));
    expect(() => parsePeriod(text)).toThrow(reason);
  });

  it.each([[2011], [null], [undefined], [new Date(2011, 0, 1)], [{ kind: 'year' }]])(
    'rejects %j, which is neither a label nor a Period',
    (value) => {
      expect(() => parsePeriod(value as unknown as string)).toThrow(
        failure('INVALID_PERIOD', 'parsePeriod: input'),
      );
    },
  );

  it('accepts a Period object, also after a JSON round trip', () => {
    const period = parsePeriod('2011-H2');
    expect(parsePeriod(period)).toStrictEqual(period);
    const copy = JSON.parse(JSON.stringify(period)) as Period;
    expect(Object.isFrozen(copy)).toBe(false);
    const read = parsePeriod(copy);
    expect(read).toStrictEqual(period);
    expect(Object.isFrozen(read)).toBe(true);
  });

  it('accepts a Period object without its optional year and index', () => {
    expect(
      parsePeriod({ kind: 'quarter', start: '2011-04-01', end: '2011-06-30', label: '2011-Q2' }),
    ).toStrictEqual(parsePeriod('2011-Q2'));
  });

  it.each([
    [{ kind: 'year', start: '2011-01-01', end: '2011-12-30', label: '2011' }, 'its end'],
    [{ kind: 'range', start: '2011-01-01', end: '2011-12-31', label: '2011' }, 'its kind'],
    [{ kind: 'year', start: '2011-01-01', end: '2011-12-31', label: '2011', year: 2012 }, 'year'],
    [{ kind: 'half', start: '2011-01-01', end: '2011-06-30', label: '2011-H1', index: 2 }, 'index'],
    [{ kind: 'year', start: '2011-01-01', label: '2011' }, 'its end'],
    [{ kind: 'month', start: '2011-13-01', end: '2011-13-31', label: '2011-13' }, 'month 13'],
  ])('rejects a Period object whose fields disagree with its label: %j', (value, reason) => {
    expect(() => parsePeriod(value as Period)).toThrow(
      failure('INVALID_PERIOD', 'parsePeriod: input'),
    );
    expect(() => parsePeriod(value as Period)).toThrow(reason);
  });
});

describe('isPeriod', () => {
  it('is true for periods and their JSON copies', () => {
    expect(isPeriod(parsePeriod('2011-03-01/2011-09-30'))).toBe(true);
    expect(isPeriod(JSON.parse(JSON.stringify(parsePeriod('2011-06'))))).toBe(true);
  });

  it.each([
    ['2011'],
    [null],
    [42],
    [{}],
    [{ kind: 'year', start: '2011-01-01', end: '2011-12-31', label: '2012' }],
    [{ kind: 'month', start: '2011-06-01', end: '2011-06-30', label: '2011-06', index: 7 }],
  ])('is false for %j', (value) => {
    expect(isPeriod(value)).toBe(false);
  });
});

describe('daysInPeriod', () => {
  // Gregorian calendar: 2012 is a leap year, 2011 is not; 2000 is (÷400), 1900 is not (÷100).
  it.each([
    ['2012', 366],
    ['2011', 365],
    ['2000', 366],
    ['1900', 365],
    ['2012-H1', 182],
    ['2011-H1', 181],
    ['2011-H2', 184],
    ['2011-Q1', 90],
    ['2012-Q1', 91],
    ['2011-Q2', 91],
    ['2011-Q3', 92],
    ['2011-Q4', 92],
    ['2011-02', 28],
    ['2012-02', 29],
    ['2011-03-01/2011-09-30', 214],
    ['2011-06-12/2011-06-12', 1],
    ['2024-H1', 182], // seeds/002: 2024年上半年
    // The years 0–99 are not 1900–1999; 0000 is a leap year (÷400), 0100 is not (÷100).
    ['0000-02', 29],
    ['0000', 366],
    ['0000-01-01/0000-03-01', 61],
    ['0004-02', 29],
    ['0100-02', 28],
    ['0099-12-31/0100-03-01', 61],
  ])('%s has %i days', (label, days) => {
    expect(daysInPeriod(label)).toBe(days);
  });

  it('rejects an invalid period', () => {
    expect(() => daysInPeriod('2011-Q5')).toThrow(
      failure('INVALID_PERIOD', 'daysInPeriod: period'),
    );
  });
});

describe('containsDate', () => {
  it('includes both ends', () => {
    expect(containsDate('2011-Q2', '2011-04-01')).toBe(true);
    expect(containsDate('2011-Q2', '2011-06-30')).toBe(true);
    expect(containsDate('2011-Q2', '2011-03-31')).toBe(false);
    expect(containsDate('2011-Q2', '2011-07-01')).toBe(false);
    expect(containsDate(parsePeriod('2012-02'), ' 2012-02-29 ')).toBe(true);
  });

  it('rejects an invalid date or period', () => {
    expect(() => containsDate('2011', '2011-02-29')).toThrow(
      failure('INVALID_PERIOD', 'containsDate: date'),
    );
    expect(() => containsDate('2011', '2011/06/01')).toThrow(
      failure('INVALID_PERIOD', 'containsDate: date'),
    );
    expect(() => containsDate('2011', 20110601 as unknown as string)).toThrow(
      failure('INVALID_PERIOD', 'containsDate: date'),
    );
    expect(() => containsDate('2011-13', '2011-06-01')).toThrow(
      failure('INVALID_PERIOD', 'containsDate: period'),
    );
  });
});

describe('periodOfDate', () => {
  it.each([
    ['2011-01-01', ['2011', '2011-H1', '2011-Q1', '2011-01']],
    ['2011-03-31', ['2011', '2011-H1', '2011-Q1', '2011-03']],
    ['2011-06-30', ['2011', '2011-H1', '2011-Q2', '2011-06']],
    ['2011-07-01', ['2011', '2011-H2', '2011-Q3', '2011-07']],
    ['2011-09-30', ['2011', '2011-H2', '2011-Q3', '2011-09']],
    ['2011-10-01', ['2011', '2011-H2', '2011-Q4', '2011-10']],
    ['2012-12-31', ['2012', '2012-H2', '2012-Q4', '2012-12']],
  ] as const)('%s lies in %j', (date, labels) => {
    const kinds = ['year', 'half', 'quarter', 'month'] as const;
    expect(kinds.map((kind) => periodOfDate(date, kind).label)).toEqual(labels);
  });

  it('rejects an invalid date or kind', () => {
    expect(() => periodOfDate('2011-02-29', 'year')).toThrow(
      failure('INVALID_PERIOD', 'periodOfDate: date'),
    );
    expect(() => periodOfDate('2011-06-01', 'range' as 'year')).toThrow(
      failure('INVALID_ARGUMENT', 'periodOfDate: kind'),
    );
    expect(() => periodOfDate('2011-06-01', 'toString' as 'year')).toThrow(
      failure('INVALID_ARGUMENT', 'periodOfDate: kind'),
    );
  });
});
