import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { fv } from './fv.js';
import { pmt } from './pmt.js';
import { pv } from './pv.js';

const monthly = (annual: string): Decimal => new Decimal(annual).div(12);

describe('pmt', () => {
  it("gives Excel's published PMT results (support.microsoft.com, PMT function)", () => {
    // =PMT(8%/12, 10, 10000) → ($1,037.03); =PMT(8%/12, 10, 10000, 0, 1) → ($1,030.16)
    expect(pmt(monthly('0.08'), 10, 10000).toFixed(2)).toBe('-1037.03');
    expect(pmt(monthly('0.08'), 10, 10000, { when: 'begin' }).toFixed(2)).toBe('-1030.16');
    // =PMT(6%/12, 18*12, 0, 50000) → ($129.08): saving 50,000 in 18 years
    expect(pmt(monthly('0.06'), 216, 0, { fv: 50000 }).toFixed(2)).toBe('-129.08');
  });

  it("gives numpy-financial's documented pmt (npf.pmt(0.075/12, 12*15, 200000) → -1854.02)", () => {
    expect(pmt(monthly('0.075'), 180, 200000).toFixed(2)).toBe('-1854.02');
  });

  it('divides the loan evenly at a zero rate, and keeps the unit of a quantity', () => {
    expect(pmt(0, 4, 1000).toString()).toBe('-250');
    expect(pmt('0', 4, 1000, { fv: -200 }).toString()).toBe('-200');
    expect(String(pmt('0', 4, quantity('1', '亿元')))).toBe('-0.25亿元');
    expect(String(pmt('0', 4, quantity('1', '亿元'), { fv: quantity('-1000', '万元') }))).toBe(
      '-0.225亿元',
    );
  });

  it('is the payment that pv and fv turn back into the loan (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 500 }),
        fc.integer({ min: 1, max: 480 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom('end', 'begin'),
        (basisPoints, periods, loan, when) => {
          const rate = new Decimal(basisPoints).div(10_000);
          const payment = pmt(rate, periods, loan, { when });
          const back = pv(rate, periods, payment, { when });
          expect(back.minus(loan).abs().lte(new Decimal(loan).times('1e-30'))).toBe(true);
          // fv cancels terms of the size loan·(1 + r)^n: it is 0 to 34 digits of them.
          const left = fv(rate, periods, payment, { pv: loan, when });
          const size = new Decimal(loan).times(rate.plus(1).pow(periods));
          expect(left.abs().lte(size.times('1e-31'))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('throws the documented codes', () => {
    expectCode(() => pmt('0.01', 0, 1000), 'DIVISION_BY_ZERO', 'pmt: nper is zero');
    expectCode(() => pmt('-1', 12, 1000), 'NON_POSITIVE_BASE', 'pmt: 1 + rate must be positive');
    expectCode(() => pmt('x', 12, 1000), 'INVALID_NUMBER');
    expectCode(() => pmt('0.01', 12, 1000, { when: 'middle' as 'end' }), 'INVALID_ARGUMENT');
    expectCode(
      () => pmt('0.01', 12, quantity('1', '亿元'), { fv: quantity('1', '美元') }),
      'UNIT_MISMATCH',
    );
    expectCode(() => pmt('0.01', '2e6', 1000), 'INVALID_ARGUMENT', /at most 1000000 periods/);
  });
});
