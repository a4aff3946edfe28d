import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { Decimal } from '../../numbers/decimal.js';
import { nper } from './nper.js';
import { pmt } from './pmt.js';

const monthly = (annual: string): Decimal => new Decimal(annual).div(12);

describe('nper', () => {
  it("gives Excel's published NPER results (support.microsoft.com, NPER function)", () => {
    // =NPER(0.12/12, -100, -1000, 10000, 1) → 59.6738657; … 10000) → 60.0821229; … -1000) → -9.57859404
    expect(nper(monthly('0.12'), -100, -1000, { fv: 10000, when: 'begin' }).toFixed(7)).toBe(
      '59.6738657',
    );
    expect(nper(monthly('0.12'), -100, -1000, { fv: 10000 }).toFixed(7)).toBe('60.0821229');
    expect(nper(monthly('0.12'), -100, -1000).toFixed(8)).toBe('-9.57859404');
  });

  it("gives numpy-financial's documented nper (npf.nper(0.07/12, -150, 8000) → 64.07334877)", () => {
    expect(nper(monthly('0.07'), -150, 8000).toFixed(8)).toBe('64.07334877');
  });

  it('inverts pmt, and divides at a zero rate', () => {
    const payment = pmt('0.005', 360, 1_000_000);
    expect(nper('0.005', payment, 1_000_000).toDecimalPlaces(20).toString()).toBe('360');
    expect(nper(0, -250, 1000).toString()).toBe('4');
  });

  it('has no solution when the payment does not cover the interest', () => {
    // 1 % of 10,000 is 100 a month: paying 50 never pays the loan off.
    expectCode(() => nper('0.01', -50, 10000), 'NO_SOLUTION', 'nper: no solution');
    expectCode(() => nper('0.01', -100, 10000), 'NO_SOLUTION');
    expectCode(() => nper(0, 0, 1000), 'DIVISION_BY_ZERO');
    expectCode(() => nper('-2', -100, 1000), 'NON_POSITIVE_BASE');
  });
});
