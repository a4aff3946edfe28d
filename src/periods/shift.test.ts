import { describe, expect, it } from 'vitest';
import { parsePeriod, previousPeriod, samePeriodLastYear } from './index.js';

function failure(code: string, fnAndArg: string): unknown {
  return expect.objectContaining({
    name: 'TownIndicatorsError',
    code,
    message: expect.stringContaining(fnAndArg),
  });
}

describe('samePeriodLastYear (去年同期)', () => {
  it.each([
    ['2011', '2010'],
    ['2011-H1', '2010-H1'],
    ['2011-H2', '2010-H2'],
    ['2011-Q1', '2010-Q1'],
    ['2011-Q4', '2010-Q4'],
    ['2011-01', '2010-01'],
    ['2013-02', '2012-02'],
    ['2024-H1', '2023-H1'], // seeds/002: 2024年上半年, compared 同比 with 2023年上半年
    ['2011-03-01/2011-09-30', '2010-03-01/2010-09-30'],
    ['2013-02-01/2013-02-28', '2012-02-01/2012-02-28'],
  ])('%s → %s', (label, expected) => {
    expect(samePeriodLastYear(label).label).toBe(expected);
  });

  it('keeps the kind and recomputes the ends (2013-02 has 28 days, 2012-02 has 29)', () => {
    expect(samePeriodLastYear('2013-02')).toStrictEqual(parsePeriod('2012-02'));
    expect(samePeriodLastYear('2013-02').end).toBe('2012-02-29');
  });

  it('moves 29 February to 28 February, as date-fns subYears does', () => {
    expect(samePeriodLastYear('2012-02-01/2012-02-29').label).toBe('2011-02-01/2011-02-28');
    expect(samePeriodLastYear('2012-02-29/2012-03-31').label).toBe('2011-02-28/2011-03-31');
    expect(samePeriodLastYear('2012-02-28/2012-02-29').label).toBe('2011-02-28/2011-02-28');
  });

  it('accepts a Period object', () => {
    expect(samePeriodLastYear(parsePeriod('2011-Q3')).label).toBe('2010-Q3');
  });

  it('rejects an invalid period, and a period in the year 0000', () => {
    expect(() => samePeriodLastYear('2011-H3')).toThrow(
      failure('INVALID_PERIOD', 'samePeriodLastYear: period'),
    );
    expect(() => samePeriodLastYear('0000-Q2')).toThrow(
      failure('INVALID_PERIOD', 'samePeriodLastYear: period "0000-Q2"'),
    );
    expect(samePeriodLastYear('0001').label).toBe('0000');
  });
});

describe('previousPeriod (上期)', () => {
  it.each([
    ['2011', '2010'],
    ['2011-H1', '2010-H2'],
    ['2011-H2', '2011-H1'],
    ['2011-Q1', '2010-Q4'],
    ['2011-Q2', '2011-Q1'],
    ['2011-Q3', '2011-Q2'],
    ['2011-Q4', '2011-Q3'],
    ['2011-01', '2010-12'],
    ['2011-03', '2011-02'],
    ['2012-03', '2012-02'],
    ['2011-12', '2011-11'],
    // A range of n days → the n days ending the day before it starts.
    ['2011-03-01/2011-03-10', '2011-02-19/2011-02-28'],
    ['2012-03-01/2012-03-10', '2012-02-20/2012-02-29'],
    ['2011-01-01/2011-01-01', '2010-12-31/2010-12-31'],
    ['2011-03-01/2011-09-30', '2010-07-30/2011-02-28'],
  ])('%s → %s', (label, expected) => {
    expect(previousPeriod(label).label).toBe(expected);
  });

  it('gives the previous month its own length', () => {
    expect(previousPeriod('2012-03')).toStrictEqual(parsePeriod('2012-02'));
    expect(previousPeriod('2012-03').end).toBe('2012-02-29');
  });

  it('rejects an invalid period, and one with nothing before the year 0000', () => {
    expect(() => previousPeriod('2011-13')).toThrow(
      failure('INVALID_PERIOD', 'previousPeriod: period'),
    );
    expect(() => previousPeriod('0000-Q1')).toThrow(
      failure('INVALID_PERIOD', 'previousPeriod: period "0000-Q1"'),
    );
    expect(() => previousPeriod('0000-03-01/0000-04-30')).toThrow(
      failure('INVALID_PERIOD', 'previousPeriod: period'),
    );
    expect(previousPeriod('0000-Q2').label).toBe('0000-Q1');
    // H1 of 0000 (182 days) is shorter than H2 (184 days): still inside the year 0000.
    expect(previousPeriod('0000-H2').label).toBe('0000-H1');
    // 0000 is a leap year of the proleptic Gregorian calendar (divisible by 400).
    expect(previousPeriod('0000-03-01/0000-04-29').label).toBe('0000-01-01/0000-02-29');
  });
});
