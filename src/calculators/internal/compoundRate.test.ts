import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { compoundRate } from './compoundRate.js';
import { WideDecimal } from './wide.js';

describe('compoundRate', () => {
  // Reference values: mpmath at 80 digits, ratio ** (1 / years) - 1, rounded half up to 34
  // significant digits with Python's decimal module (Context(prec=34, rounding=ROUND_HALF_UP)).
  it('is correctly rounded: Newton for whole years, a 60-digit root beyond a million years', () => {
    expect(compoundRate(new Decimal(2), new Decimal(10)).toString()).toBe(
      '0.07177346253629316421300632502334202',
    );
    expect(compoundRate(new Decimal('0.5'), new Decimal(3)).toString()).toBe(
      '-0.2062994740159002626241471803638459',
    );
    expect(compoundRate(new Decimal('1.1'), new Decimal(2_000_000)).toString()).toBe(
      '0.00000004765509103766624485107991875395839',
    );
  });

  it('is −1 for a zero ratio and 0 for a ratio of 1', () => {
    expect(compoundRate(new Decimal(0), new Decimal(4)).toString()).toBe('-1');
    expect(compoundRate(new Decimal(1), new Decimal('2.5')).toString()).toBe('0');
    expect(compoundRate(new Decimal(1), new Decimal(7)).toString()).toBe('0');
  });

  it('returns a decimal of the library clone', () => {
    expect(compoundRate(new WideDecimal(2), new Decimal(10)).constructor).toBe(Decimal);
  });
});
