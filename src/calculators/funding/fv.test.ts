import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { fv } from './fv.js';

const monthly = (annual: string): Decimal => new Decimal(annual).div(12);

describe('fv', () => {
  it("gives Excel's published FV results (support.microsoft.com, FV function)", () => {
    // =FV(0.06/12, 10, -200, -500, 1) → $2,581.40; =FV(0.12/12, 12, -1000) → $12,682.50;
    // =FV(0.11/12, 35, -2000, , 1) → $82,846.25
    expect(fv(monthly('0.06'), 10, -200, { pv: -500, when: 'begin' }).toFixed(2)).toBe('2581.40');
    expect(fv(monthly('0.12'), 12, -1000).toFixed(2)).toBe('12682.50');
    expect(fv(monthly('0.11'), 35, -2000, { when: 'begin' }).toFixed(2)).toBe('82846.25');
  });

  it("gives numpy-financial's documented fv (npf.fv(0.05/12, 10*12, -100, -100) → 15692.93)", () => {
    expect(fv(monthly('0.05'), 120, -100, { pv: -100 }).toFixed(2)).toBe('15692.93');
  });

  it('adds up the payments at a zero rate, in the unit of the first quantity', () => {
    expect(fv(0, 12, -100, { pv: -1000 }).toString()).toBe('2200');
    // −(−1亿元 − 12 × 100万元) = 1.12亿元, in 万元, the unit of the payment.
    expect(String(fv(0, 12, quantity('-100', '万元'), { pv: quantity('-1', '亿元') }))).toBe(
      '11200万元',
    );
  });

  it('throws the documented codes', () => {
    expectCode(() => fv('-1', 12, -100), 'NON_POSITIVE_BASE');
    expectCode(() => fv('0.1', 12, -100, null as unknown as object), 'INVALID_ARGUMENT');
  });
});
