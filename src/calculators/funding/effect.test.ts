import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { Decimal } from '../../numbers/decimal.js';
import { effect } from './effect.js';
import { nominal } from './nominal.js';

describe('effect', () => {
  it("gives Excel's published EFFECT (=EFFECT(0.0525, 4) → 0.053542667)", () => {
    expect(effect('0.0525', 4).toFixed(9)).toBe('0.053542667');
    expect(effect('5.25%', 4.9).toFixed(9)).toBe('0.053542667'); // npery truncated, as Excel
  });

  it('is the nominal rate itself once a year, and is undone by nominal (property)', () => {
    expect(effect('0.06', 1).toString()).toBe('0.06');
    fc.assert(
      fc.property(
        fc.integer({ min: -900, max: 5000 }),
        fc.integer({ min: 1, max: 365 }),
        (bp, npery) => {
          const rate = new Decimal(bp).div(10_000);
          expect(nominal(effect(rate, npery), npery).minus(rate).abs().lte('1e-30')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('throws the documented codes', () => {
    expectCode(() => effect('0.05', 0), 'DIVISION_BY_ZERO', 'effect: npery is zero');
    expectCode(() => effect('0.05', 0.5), 'DIVISION_BY_ZERO');
    expectCode(() => effect('0.05', -4), 'INVALID_ARGUMENT');
    expectCode(() => effect('-5', 4), 'NON_POSITIVE_BASE');
  });
});
