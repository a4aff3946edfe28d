import { describe, expect, it } from 'vitest';
import { Decimal } from '../numbers/decimal.js';
import { type ElapsedShareOptions, elapsedShare, parsePeriod } from './index.js';

function failure(code: string, fnAndArg: string): unknown {
  return expect.objectContaining({
    name: 'TownIndicatorsError',
    code,
    message: expect.stringContaining(fnAndArg),
  });
}

// Expected quotients were computed independently with Python's decimal module
// (getcontext().prec = 34, rounding = ROUND_HALF_UP), the library's precision and rounding;
// decimal.js drops the trailing zeros Python keeps.
describe('elapsedShare, basis days (the default)', () => {
  it.each([
    ['2011-H1', '2011-06-30', '1'], // asOf = end gives exactly 1
    ['2011', '2011-06-30', '0.495890410958904109589041095890411'], // 181 / 365
    ['2012', '2012-06-30', '0.4972677595628415300546448087431694'], // 182 / 366 (leap year)
    ['2012-H1', '2012-06-30', '1'], // 182 / 182
    ['2024-H1', '2024-06-30', '1'], // seeds/002: 2024年上半年, complete on 30 June
    ['2011-Q1', '2011-01-01', '0.01111111111111111111111111111111111'], // asOf = start: 1 / 90
    ['2011-Q1', '2011-01-09', '0.1'], // 9 / 90
    ['2012-02', '2012-02-28', '0.9655172413793103448275862068965517'], // 28 / 29
    ['2012-02', '2012-02-29', '1'],
    ['0000-02', '0000-02-28', '0.9655172413793103448275862068965517'], // 28 / 29: 0000 is a leap year
    ['2011-03-01/2011-09-30', '2011-04-16', '0.2196261682242990654205607476635514'], // 47 / 214
    ['2011-06-12/2011-06-12', '2011-06-12', '1'],
  ])('elapsedShare(%s, %s) = %s', (period, asOf, expected) => {
    expect(elapsedShare(period, asOf).toString()).toBe(expected);
  });

  it('equals the exact quotient 181/365 of the library Decimal', () => {
    const share = elapsedShare('2011', '2011-06-30');
    expect(share).toBeInstanceOf(Decimal);
    expect(share.eq(new Decimal(181).div(365))).toBe(true);
  });

  it('is clamped to [0, 1]', () => {
    expect(elapsedShare('2011-H2', '2011-06-30').toString()).toBe('0');
    expect(elapsedShare('2011-H2', '1999-01-01').toString()).toBe('0');
    expect(elapsedShare('2011-H1', '2011-07-01').toString()).toBe('1');
    expect(elapsedShare('2011-H1', '2099-12-31').toString()).toBe('1');
  });

  it('accepts a Period object, surrounding white space in asOf and an explicit basis', () => {
    expect(elapsedShare(parsePeriod('2011-Q1'), ' 2011-01-09 ', { basis: 'days' }).toString()).toBe(
      '0.1',
    );
  });
});

describe('elapsedShare, basis months', () => {
  const months: ElapsedShareOptions = { basis: 'months' };

  it.each([
    // DOMAIN.md: "时间过半、任务过半" = at least half done by the end of June (6 / 12).
    ['2011', '2011-06-30', '0.5'],
    ['2012', '2012-06-30', '0.5'],
    ['2011', '2011-06-29', '0.4166666666666666666666666666666667'], // June not over: 5 / 12
    ['2011', '2011-07-01', '0.5'],
    ['2011', '2011-01-30', '0'],
    ['2011', '2011-01-31', '0.08333333333333333333333333333333333'], // 1 / 12
    ['2011', '2011-12-31', '1'],
    ['2011', '2010-12-31', '0'],
    ['2011', '2012-01-15', '1'],
    ['2011-H2', '2011-09-30', '0.5'],
    ['2011-Q2', '2011-05-31', '0.6666666666666666666666666666666667'], // 2 / 3
    ['2012-02', '2012-02-28', '0'],
    ['2012-02', '2012-02-29', '1'],
    ['0000-02', '0000-02-28', '0'], // 0000 is a leap year: February ends on the 29th
    ['2011-03-01/2011-09-30', '2011-06-30', '0.5714285714285714285714285714285714'], // 4 / 7
  ])('elapsedShare(%s, %s, { basis: months }) = %s', (period, asOf, expected) => {
    expect(elapsedShare(period, asOf, months).toString()).toBe(expected);
  });

  it('needs whole calendar months', () => {
    expect(() => elapsedShare('2011-03-15/2011-09-30', '2011-06-30', months)).toThrow(
      failure('INVALID_ARGUMENT', 'elapsedShare: period'),
    );
    expect(() => elapsedShare('2011-03-01/2011-09-29', '2011-06-30', months)).toThrow(
      failure('INVALID_ARGUMENT', 'elapsedShare: period'),
    );
  });
});

describe('elapsedShare errors', () => {
  it.each([['2011-02-29'], ['2011-6-30'], ['2011-06'], [''], ['abc']])(
    'rejects asOf %j with INVALID_PERIOD',
    (asOf) => {
      expect(() => elapsedShare('2011', asOf)).toThrow(
        failure('INVALID_PERIOD', 'elapsedShare: asOf'),
      );
    },
  );

  it('rejects an asOf that is not a string', () => {
    expect(() => elapsedShare('2011', new Date(2011, 5, 30) as unknown as string)).toThrow(
      failure('INVALID_PERIOD', 'elapsedShare: asOf'),
    );
  });

  it('rejects an invalid period', () => {
    expect(() => elapsedShare('2011-Q5', '2011-06-30')).toThrow(
      failure('INVALID_PERIOD', 'elapsedShare: period'),
    );
  });

  it('rejects an unknown basis', () => {
    const options = { basis: 'weeks' } as unknown as ElapsedShareOptions;
    expect(() => elapsedShare('2011', '2011-06-30', options)).toThrow(
      failure('INVALID_ARGUMENT', 'elapsedShare: options.basis'),
    );
  });
});
