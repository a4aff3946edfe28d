import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { Decimal } from '../../numbers/decimal.js';
import { pmt } from './pmt.js';
import { rate } from './rate.js';

describe('rate', () => {
  it("gives Excel's published RATE (=RATE(4*12, -200, 8000) → 0.77 % a month, 9.24 % a year)", () => {
    const monthly = rate(48, -200, 8000);
    expect(monthly.times(100).toFixed(2)).toBe('0.77');
    expect(monthly.times(1200).toFixed(2)).toBe('9.24');
  });

  it("gives numpy-financial's documented rate (npf.rate(10, 0, -3500, 10000) → 0.1106908)", () => {
    const r = rate(10, 0, -3500, { fv: 10000 });
    expect(r.toFixed(9)).toBe('0.110690854'); // npf prints 0.1106908 (7 significant digits)
    // Exactly: (10000 / 3500)^(1/10) − 1, to within 1e-30.
    const exact = new Decimal(10000).div(3500).pow(new Decimal(1).div(10)).minus(1);
    expect(r.minus(exact).abs().lte('1e-30')).toBe(true);
  });

  it('inverts pmt to within 1e-30, for an annuity due too', () => {
    for (const when of ['end', 'begin'] as const) {
      const payment = pmt('0.0065', 240, 500000, { when });
      expect(rate(240, payment, 500000, { when }).minus('0.0065').abs().lte('1e-30')).toBe(true);
    }
  });

  it('finds a zero rate and a negative one', () => {
    expect(rate(4, -250, 1000).abs().lte('1e-30')).toBe(true);
    // Paying back 900 of 1000 in 1 period: −10 %.
    expect(rate(1, -900, 1000).minus('-0.1').abs().lte('1e-30')).toBe(true);
  });

  it('throws the documented codes', () => {
    expectCode(() => rate(10, 100, 1000), 'NO_SOLUTION', 'rate: no solution');
    expectCode(() => rate(0, -100, 1000), 'INVALID_ARGUMENT');
    expectCode(() => rate(10, -100, 1000, { guess: -1 }), 'INVALID_ARGUMENT');
  });
});
