import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { averageAnnualGrowth } from './averageAnnualGrowth.js';
import { exponentialGrowthRate } from './exponentialGrowthRate.js';

function expectCode(run: () => unknown, code: string, message?: RegExp): void {
  expect(run).toThrow(expect.objectContaining({ code, name: 'TownIndicatorsError' }));
  if (message !== undefined) expect(run).toThrow(message);
}

describe('exponentialGrowthRate', () => {
  it('gives PGR = 1.215 %/yr for 1.0 M → 1.2 M people in 15 years (DOMAIN.md, UN SDG 11.3.1)', () => {
    const rate = exponentialGrowthRate(quantity('1000000', '人'), quantity('120', '万人'), 15);
    expect(rate.times(100).toFixed(3)).toBe('1.215');
    // mpmath at 60 digits: ln(1.2) / 15 = 0.0121547704529303084141145350103009755…
    expect(rate.minus('0.0121547704529303084141145350103009755').abs().lte('1e-34')).toBe(true);
  });

  it('is ln(1 + g) for the geometric rate g (World Bank WDI: "not the geometric growth rate")', () => {
    // 100 → 200 in 10 years: r = ln 2 / 10 = 0.0693147…, g = 2^(1/10) − 1 = 0.0717734…
    const r = exponentialGrowthRate(100, 200, 10);
    expect(r.toFixed(7)).toBe('0.0693147');
    expect(
      r
        .minus(averageAnnualGrowth(100, 200, 10).plus(1).ln())
        .abs()
        .lte('1e-32'),
    ).toBe(true);
  });

  it('is negative for a decline and zero without change', () => {
    expect(exponentialGrowthRate(200, 100, 10).toFixed(7)).toBe('-0.0693147');
    expect(exponentialGrowthRate(5, 5, 3).toString()).toBe('0');
  });

  it('compounds continuously back to current (property)', () => {
    const positive = fc
      .integer({ min: 1, max: 1_000_000_000 })
      .map((units) => new Decimal(units).div(1000));
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 1, max: 40 }), (base, current, years) => {
        const rate = exponentialGrowthRate(base, current, years);
        const back = base.times(rate.times(years).exp());
        expect(back.minus(current).abs().div(current).lte('1e-30')).toBe(true);
      }),
    );
  });

  it('throws DIVISION_BY_ZERO for a zero base and NON_POSITIVE_BASE for a negative one (DESIGN §2)', () => {
    expectCode(
      () => exponentialGrowthRate(0, 5, 1),
      'DIVISION_BY_ZERO',
      /^exponentialGrowthRate: base is zero, and the formula divides by it$/,
    );
    expectCode(
      () => exponentialGrowthRate(-2, 5, 1),
      'NON_POSITIVE_BASE',
      /^exponentialGrowthRate: base must be positive, got -2$/,
    );
  });

  it('throws NON_POSITIVE_BASE for a current value ≤ 0 (ln of a non-positive ratio)', () => {
    expectCode(
      () => exponentialGrowthRate(5, 0, 1),
      'NON_POSITIVE_BASE',
      /^exponentialGrowthRate: current must be positive, got 0$/,
    );
    expectCode(() => exponentialGrowthRate(5, -1, 1), 'NON_POSITIVE_BASE', /current/);
  });

  it('throws DIVISION_BY_ZERO for zero years, INVALID_ARGUMENT for negative years, INVALID_NUMBER and UNIT_MISMATCH', () => {
    expectCode(
      () => exponentialGrowthRate(1, 2, '0'),
      'DIVISION_BY_ZERO',
      /^exponentialGrowthRate: years is zero, and the formula divides by it$/,
    );
    expectCode(
      () => exponentialGrowthRate(1, 2, '-2'),
      'INVALID_ARGUMENT',
      /^exponentialGrowthRate: years must be positive, got -2$/,
    );
    expectCode(() => exponentialGrowthRate(1, 'two', 1), 'INVALID_NUMBER');
    expectCode(
      () => exponentialGrowthRate(quantity(1, '人'), quantity(2, '人次'), 1),
      'UNIT_MISMATCH',
    );
  });

  it('is correctly rounded in the last of its 34 digits (UN SDG 11.3.1 example)', () => {
    // Reference: Python `from decimal import *; getcontext().prec = 60;
    // (Decimal('1.2e6') / Decimal('1e6')).ln() / 15`, then rounded half up to 34 significant
    // digits (Context(prec=34, rounding=ROUND_HALF_UP)); mpmath at 80 digits agrees.
    expect(exponentialGrowthRate(1e6, 1.2e6, 15).toString()).toBe(
      '0.01215477045293030841411453501030098',
    );
  });
});
