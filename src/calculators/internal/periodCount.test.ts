import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { readPeriodCount } from './periodCount.js';

describe('readPeriodCount', () => {
  it('reads a number of periods up to a million', () => {
    expect(readPeriodCount('f', '12').toString()).toBe('12');
    expect(readPeriodCount('f', -1_000_000).toString()).toBe('-1000000');
    expectCode(() => readPeriodCount('f', '1e7'), 'INVALID_ARGUMENT', 'f: nper must be at most');
    expectCode(() => readPeriodCount('f', 'x', 'per'), 'INVALID_NUMBER', 'f: per');
  });
});
