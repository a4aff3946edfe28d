import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { Decimal } from '../../numbers/decimal.js';
import { pv } from './pv.js';

const monthly = (annual: string): Decimal => new Decimal(annual).div(12);

describe('pv', () => {
  it("gives Excel's published PV (=PV(0.08/12, 12*20, 500, , 0) → ($59,777.15))", () => {
    expect(pv(monthly('0.08'), 240, 500).toFixed(2)).toBe('-59777.15');
  });

  it("gives numpy-financial's documented pv, exactly where float64 rounds", () => {
    // npf.pv(0.05/12, 10*12, -100, 15692.93) → -100.00067131625819 (float64)
    const value = pv(monthly('0.05'), 120, -100, { fv: 15692.93 });
    expect(value.toFixed(12)).toBe('-100.000671316213');
    expect(value.toSignificantDigits(14).toString()).toBe('-100.00067131621');
  });

  it('is the payments times their number at a zero rate, and discounts an annuity due less', () => {
    expect(pv(0, 10, -100).toString()).toBe('1000');
    expect(pv('0.01', 10, -100, { when: 'begin' }).gt(pv('0.01', 10, -100))).toBe(true);
  });

  it('throws the documented codes', () => {
    expectCode(() => pv('-1.5', 10, 100), 'NON_POSITIVE_BASE');
    expectCode(() => pv('0.1', 'ten', 100), 'INVALID_NUMBER');
  });
});
