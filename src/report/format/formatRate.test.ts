import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, toDecimal } from '../../numbers/decimal.js';
import { formatRate } from './formatRate.js';

describe('formatRate', () => {
  // seed-claims A01: 40.3亿 / 60.3亿 = 0.668325… printed 66.8%
  it('prints the 成都 share as 66.8%', () => {
    expect(formatRate(new Decimal('40.3').div('60.3'))).toBe('66.8%');
    expect(formatRate('0.668325', { decimals: 2 })).toBe('66.83%');
    expect(formatRate('66.8%')).toBe('66.8%');
  });

  it('keeps trailing zeros and rounds half up', () => {
    // seed-claims A19: 自来水普及率 65% printed at one decimal
    expect(formatRate(0.65)).toBe('65.0%');
    expect(formatRate('0.00125', { decimals: 1 })).toBe('0.1%');
    expect(formatRate('0.00125', { decimals: 2 })).toBe('0.13%');
    expect(formatRate('-0.03245', { decimals: 2 })).toBe('-3.25%');
    expect(formatRate('-0.0004')).toBe('0.0%');
    expect(formatRate(1, { decimals: 0 })).toBe('100%');
  });

  it('parses back to within half a unit of the value, rounding half up (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 4 }),
        (units, scale, decimals) => {
          const x = new Decimal(units).div(10 ** scale);
          const back = toDecimal(formatRate(x, { decimals }));
          const half = new Decimal(10).pow(-(decimals + 2)).div(2);
          // half up: x ∈ [back − h, back + h) for x ≥ 0, (back − h, back + h] for x < 0
          if (x.gte(0)) {
            expect(x.gte(back.minus(half)) && x.lt(back.plus(half))).toBe(true);
          } else {
            expect(x.gt(back.minus(half)) && x.lte(back.plus(half))).toBe(true);
          }
        },
      ),
    );
  });

  it('throws INVALID_NUMBER and INVALID_ARGUMENT', () => {
    expect(() => formatRate('abc')).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER' }));
    expect(() => formatRate(0.5, { decimals: 1.5 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => formatRate(0.5, { decimals: -1 })).toThrow(
      'formatRate: options.decimals must be an integer from 0 to 20, got -1',
    );
  });
});
