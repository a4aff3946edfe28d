import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { nominal } from './nominal.js';

describe('nominal', () => {
  it("gives Excel's published NOMINAL (=NOMINAL(0.053543, 4) → 0.05250032)", () => {
    expect(nominal('0.053543', 4).toFixed(8)).toBe('0.05250032');
  });

  it('is the effective rate itself once a year', () => {
    expect(nominal('6%', 1).toString()).toBe('0.06');
  });

  it('throws the documented codes', () => {
    expectCode(() => nominal('0.05', 0), 'DIVISION_BY_ZERO', 'nominal: npery is zero');
    expectCode(() => nominal('-1', 4), 'NON_POSITIVE_BASE');
  });
});
