import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { Decimal } from '../../numbers/decimal.js';
import { annuityFactor, futureValue, paymentOf, readPeriodRate, readTiming } from './annuity.js';

describe('the time-value-of-money equation', () => {
  it('has the annuity factor n at a zero rate and (1 + r·t)((1 + r)^n − 1)/r otherwise', () => {
    expect(annuityFactor(new Decimal(0), new Decimal(12), 0).toString()).toBe('12');
    // (1.1^2 − 1) / 0.1 = 2.1; due: × 1.1 = 2.31
    expect(annuityFactor(new Decimal('0.1'), new Decimal(2), 0).toString()).toBe('2.1');
    expect(annuityFactor(new Decimal('0.1'), new Decimal(2), 1).toString()).toBe('2.31');
  });

  it('closes with the payment it solves for', () => {
    const r = new Decimal('0.1');
    const n = new Decimal(3);
    const payment = paymentOf(r, n, new Decimal(8000), new Decimal(0), 0);
    expect(futureValue(r, n, payment, new Decimal(8000), 0).abs().lt('1e-50')).toBe(true);
  });

  it('reads rates and timings', () => {
    expectCode(
      () => readPeriodRate('f', '-1'),
      'NON_POSITIVE_BASE',
      'f: 1 + rate must be positive',
    );
    expect(readTiming('f', {})).toBe(0);
    expect(readTiming('f', { when: 'begin' })).toBe(1);
    expectCode(() => readTiming('f', { when: 1 as unknown as 'end' }), 'INVALID_ARGUMENT');
  });
});
