import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { Decimal } from '../../numbers/decimal.js';
import { ipmt } from './ipmt.js';
import { pmt } from './pmt.js';
import { ppmt } from './ppmt.js';

const monthly = (annual: string): Decimal => new Decimal(annual).div(12);

describe('ipmt', () => {
  it("gives Excel's published IPMT results (support.microsoft.com, IPMT function)", () => {
    // =IPMT(0.1/12, 1, 3*12, 8000) → ($66.67); =IPMT(0.1, 3, 3, 8000) → ($292.45)
    expect(ipmt(monthly('0.1'), 1, 36, 8000).toFixed(2)).toBe('-66.67');
    expect(ipmt('0.1', 3, 3, 8000).toFixed(2)).toBe('-292.45');
  });

  it('carries no interest in the first payment of an annuity due, and discounts the others', () => {
    expect(ipmt(monthly('0.1'), 1, 36, 8000, { when: 'begin' }).toString()).toBe('0');
    const end = ipmt(monthly('0.1'), 2, 36, 8000, { when: 'begin' });
    expect(end.lt(0)).toBe(true);
  });

  it('and ppmt split each payment exactly (ipmt + ppmt = pmt)', () => {
    const payment = pmt(monthly('0.1'), 36, 8000);
    for (const per of [1, 12, 36]) {
      const sum = ipmt(monthly('0.1'), per, 36, 8000).plus(ppmt(monthly('0.1'), per, 36, 8000));
      expect(sum.minus(payment).abs().lte('1e-28')).toBe(true);
    }
  });

  it('throws INVALID_ARGUMENT for a period outside 1…nper', () => {
    expectCode(
      () => ipmt('0.1', 0, 3, 8000),
      'INVALID_ARGUMENT',
      'ipmt: per must be a period from 1 to nper',
    );
    expectCode(() => ipmt('0.1', 4, 3, 8000), 'INVALID_ARGUMENT');
  });
});
