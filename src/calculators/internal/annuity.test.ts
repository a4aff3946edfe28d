import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { Decimal } from '../../numbers/decimal.js';
import { nper } from '../funding/nper.js';
import { pmt } from '../funding/pmt.js';
import { rate } from '../funding/rate.js';
import {
  annuityFactor,
  compound,
  compoundMinusOne,
  futureValue,
  log1p,
  paymentOf,
  readPeriodRate,
  readTiming,
} from './annuity.js';

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

describe('tiny rates and period counts (found by fuzzing: they gave ±Infinity, NaN, 30 s)', () => {
  it('log1p and compoundMinusOne keep what 1 + x at 60 digits loses', () => {
    // (compared with eq: printed in plain notation these are a million digits)
    expect(log1p(new Decimal('1e-999999')).eq('1e-999999')).toBe(true);
    expect(compoundMinusOne(new Decimal('1e-999999'), new Decimal(176)).eq('1.76e-999997')).toBe(
      true,
    );
    // ln(1.5)·1e-30 ≈ 4.05e-31: the series, to 34 digits that of e^x − 1 = x + x²/2 + …
    expect(
      compoundMinusOne(new Decimal('0.5'), new Decimal('1e-30'))
        .toSignificantDigits(10)
        .eq('4.054651081e-31'),
    ).toBe(true);
    expect(compound(new Decimal('0.05'), new Decimal(2)).toString()).toBe('1.1025');
    expect(
      compound(new Decimal('0.05'), new Decimal('0.5')).toSignificantDigits(20).toString(),
    ).toBe('1.0246950765959598383');
  });

  it('pmt with a rate of 1e-999999 is the zero-rate payment, and nper the zero-rate count', () => {
    // r → 0: pmt → −(pv + fv) / n, nper → −(pv + fv) / pmt
    expect(pmt('1e-999999', 176, '1.5').toSignificantDigits(10).toString()).toBe('-0.008522727273');
    expect(nper('1e-999999', '1.5', '1.5').toString()).toBe('-1');
    // A quotient far from 1 keeps the plain logarithm (found by fuzzing: log1p of it was −Infinity).
    expect(nper('1.5', '1.5', '1e999').isFinite()).toBe(true);
    expect(
      annuityFactor(new Decimal('1e-999999'), new Decimal(176), 0)
        .toSignificantDigits(10)
        .toString(),
    ).toBe('176');
  });

  it('rate with a period count of 1e-999999 answers at once', () => {
    expectCode(() => rate('1e-999999', '1.23456789', -527), 'NO_SOLUTION');
  });
});
