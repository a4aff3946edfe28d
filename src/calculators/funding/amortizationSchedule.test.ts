import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { amortizationSchedule } from './amortizationSchedule.js';
import { ipmt } from './ipmt.js';
import { pmt } from './pmt.js';
import { ppmt } from './ppmt.js';

describe('amortizationSchedule', () => {
  it("matches Excel's IPMT and PPMT in every row, and ends at exactly zero", () => {
    // =IPMT(0.1, 3, 3, 8000) → ($292.45) (support.microsoft.com, IPMT function).
    const rows = amortizationSchedule({ rate: '0.1', nper: 3, pv: 8000 });
    expect(rows.map((r) => r.interest.toFixed(2))).toEqual(['-800.00', '-558.31', '-292.45']);
    expect(rows.at(-1)?.balance.toString()).toBe('0');
    for (const row of rows) {
      expect(row.interest.eq(ipmt('0.1', row.period, 3, 8000))).toBe(true);
      expect(row.principal.eq(ppmt('0.1', row.period, 3, 8000))).toBe(true);
      expect(row.payment.eq(pmt('0.1', 3, 8000))).toBe(true);
    }
  });

  it('has principal parts that add up to the loan, for any loan (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom('end', 'begin'),
        (bp, nper, loan, when) => {
          const rows = amortizationSchedule({
            rate: new Decimal(bp).div(10_000),
            nper,
            pv: loan,
            when,
          });
          expect(rows).toHaveLength(nper);
          expect(rows.at(-1)?.balance.isZero()).toBe(true);
          const principal = rows.reduce((sum, r) => sum.plus(r.principal), new Decimal(0));
          expect(principal.plus(loan).abs().lte(new Decimal(loan).times('1e-30'))).toBe(true);
          // Each balance is the one before it plus the principal of the period.
          rows.slice(1).forEach((row, i) => {
            const before = rows[i]?.balance ?? new Decimal(0);
            expect(
              before
                .plus(row.principal)
                .minus(row.balance)
                .abs()
                .lte(new Decimal(loan).times('1e-30')),
            ).toBe(true);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('pays no interest with the first payment of an annuity due, and leaves fv when asked', () => {
    const due = amortizationSchedule({ rate: '1%', nper: 12, pv: 1200, when: 'begin' });
    expect(due[0]?.interest.toString()).toBe('0');
    const balloon = amortizationSchedule({ rate: '1%', nper: 12, pv: 1200, fv: -200 });
    expect(balloon.at(-1)?.balance.toString()).toBe('200');
  });

  it('reports the rows in the unit of the loan', () => {
    const rows = amortizationSchedule({ rate: 0, nper: 4, pv: quantity('1', '亿元') });
    expect(rows.map((r) => r.payment.toString())).toEqual(['-0.25', '-0.25', '-0.25', '-0.25']);
    expect(rows.at(-1)?.balance.toString()).toBe('0');
  });

  it('throws the documented codes', () => {
    expectCode(() => amortizationSchedule({ rate: '1%', nper: 0, pv: 1 }), 'DIVISION_BY_ZERO');
    expectCode(() => amortizationSchedule({ rate: '1%', nper: 2.5, pv: 1 }), 'INVALID_ARGUMENT');
    expectCode(() => amortizationSchedule({ rate: '1%', nper: 1201, pv: 1 }), 'INVALID_ARGUMENT');
    expectCode(
      () => amortizationSchedule(null as unknown as { rate: 0; nper: 1; pv: 1 }),
      'INVALID_ARGUMENT',
    );
    expectCode(() => amortizationSchedule({ rate: '-100%', nper: 2, pv: 1 }), 'NON_POSITIVE_BASE');
  });
});
