import { RRI } from '@formulajs/formulajs';
import { describe, expect, it } from 'vitest';
import { quantity } from '../../units/quantity.js';
import { averageAnnualGrowth } from './averageAnnualGrowth.js';
import { requiredGrowthRate } from './requiredGrowthRate.js';

function expectCode(run: () => unknown, code: string, message?: RegExp): void {
  expect(run).toThrow(expect.objectContaining({ code, name: 'TownIndicatorsError' }));
  if (message !== undefined) expect(run).toThrow(message);
}

describe('requiredGrowthRate', () => {
  it('needs 7.177 % a year to double in ten years (DOMAIN.md 翻番)', () => {
    const rate = requiredGrowthRate(1, 2, 10);
    expect(rate.times(100).toFixed(3)).toBe('7.177');
    // mpmath at 60 digits: 2^(1/10) − 1 = 0.0717734625362931642130063250233420229…
    expect(rate.minus('0.0717734625362931642130063250233420229').abs().lte('1e-33')).toBe(true);
  });

  it('needs the same rate to quadruple (翻两番) in twenty years', () => {
    expect(requiredGrowthRate(50, 200, 20).times(100).toFixed(3)).toBe('7.177');
  });

  it('matches Excel RRI(years, current, target) (@formulajs oracle)', () => {
    expect(requiredGrowthRate(164.8, 300, 5).toNumber()).toBeCloseTo(
      RRI(5, 164.8, 300) as number,
      14,
    );
  });

  it('is negative when the target is lower', () => {
    expect(requiredGrowthRate(121, 100, 2).toFixed(6)).toBe('-0.090909');
  });

  it('equals averageAnnualGrowth with the target as the end value', () => {
    const q = requiredGrowthRate(quantity('164.8', '亿元'), quantity('3296000', '万元'), 10);
    expect(q.eq(averageAnnualGrowth('164.8', '329.6', 10))).toBe(true);
  });

  it('throws DIVISION_BY_ZERO for a zero current value or zero years (DESIGN §2)', () => {
    expectCode(
      () => requiredGrowthRate(0, 2, 10),
      'DIVISION_BY_ZERO',
      /^requiredGrowthRate: current is zero, and the formula divides by it$/,
    );
    expectCode(
      () => requiredGrowthRate(1, 2, 0),
      'DIVISION_BY_ZERO',
      /^requiredGrowthRate: years is zero/,
    );
  });

  it('throws NON_POSITIVE_BASE for a negative current value or target', () => {
    expectCode(
      () => requiredGrowthRate(-1, 2, 10),
      'NON_POSITIVE_BASE',
      /^requiredGrowthRate: current must be positive, got -1$/,
    );
    expectCode(
      () => requiredGrowthRate(1, -2, 10),
      'NON_POSITIVE_BASE',
      /^requiredGrowthRate: target must be positive, got -2$/,
    );
  });

  it('gives −1 for a target of zero: (0 / current)^(1/n) − 1', () => {
    expect(requiredGrowthRate(5, 0, 4).toString()).toBe('-1');
  });

  it('throws INVALID_ARGUMENT for negative years, INVALID_NUMBER and UNIT_MISMATCH', () => {
    expectCode(
      () => requiredGrowthRate(1, 2, -1),
      'INVALID_ARGUMENT',
      /^requiredGrowthRate: years must be positive, got -1$/,
    );
    expectCode(() => requiredGrowthRate(1, 2, 'ten'), 'INVALID_NUMBER');
    expectCode(() => requiredGrowthRate(quantity(1, '亩'), quantity(2, '人'), 10), 'UNIT_MISMATCH');
  });

  it('is correctly rounded in the last of its 34 digits', () => {
    // Reference values: mpmath at 80 digits, (target/current)**(1/years) - 1, rounded half up to
    // 34 significant digits with Python's decimal module (Context(prec=34, ROUND_HALF_UP)).
    expect(requiredGrowthRate(1, 2, 10).toString()).toBe('0.07177346253629316421300632502334202');
    expect(requiredGrowthRate('155.3', '310.6', 7).toString()).toBe(
      '0.1040895136738123376495053876233447',
    );
  });
});
