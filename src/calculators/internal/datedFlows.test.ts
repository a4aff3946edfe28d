import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { Decimal } from '../../numbers/decimal.js';
import { datedValue, readDatedFlows } from './datedFlows.js';

describe('readDatedFlows', () => {
  it('counts the days from the first flow over 365, across leap years', () => {
    const read = readDatedFlows(
      'f',
      [
        { date: '2008-01-01', amount: -1 },
        { date: '2008-03-01', amount: 1 },
        { date: '2009-01-01', amount: 1 },
        { date: '2000-01-01', amount: 0 },
      ].slice(0, 3),
    );
    // 2008 is a leap year: 60 days to 1 March, 366 to the next new year.
    expect(read.days).toEqual([0, 60, 366]);
    expect(datedValue(read, new Decimal(-1))).toBe(undefined);
  });

  it('refuses dates before the first flow and bad shapes', () => {
    expectCode(
      () =>
        readDatedFlows('f', [
          { date: '2008-03-01', amount: 1 },
          { date: '2008-01-01', amount: 1 },
        ]),
      'INVALID_ARGUMENT',
    );
    expectCode(() => readDatedFlows('f', [null, null] as unknown as []), 'INVALID_ARGUMENT');
    expectCode(
      () =>
        readDatedFlows('f', [
          { date: 'x', amount: 1 },
          { date: 'y', amount: 1 },
        ]),
      'INVALID_PERIOD',
    );
  });
});
