import { NPER } from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { requiredGrowthRate } from './requiredGrowthRate.js';
import { yearsToReach } from './yearsToReach.js';

function expectCode(run: () => unknown, code: string, message?: RegExp): void {
  expect(run).toThrow(expect.objectContaining({ code, name: 'TownIndicatorsError' }));
  if (message !== undefined) expect(run).toThrow(message);
}

describe('yearsToReach', () => {
  it('equals Excel NPER(10%, 0, −100, 200) = 7.2725408973417… (@formulajs oracle)', () => {
    const years = yearsToReach(100, 200, '10%');
    expect(years.toNumber()).toBeCloseTo(NPER(0.1, 0, -100, 200) as number, 13);
    // mpmath at 60 digits: ln 2 / ln 1.1 = 7.27254089734171908331990367496002167…
    expect(years.minus('7.27254089734171908331990367496002167').abs().lte('1e-32')).toBe(true);
  });

  it('doubles in ten years at the 翻番 rate of 7.177 % (DOMAIN.md)', () => {
    const rate = requiredGrowthRate(1, 2, 10);
    expect(yearsToReach(1, 2, rate).minus(10).abs().lte('1e-30')).toBe(true);
  });

  it('reaches a lower target at a negative rate', () => {
    expect(yearsToReach(quantity('2', '亿元'), quantity('5000', '万元'), '-50%').toString()).toBe(
      '2',
    );
  });

  it('returns 0 when the target equals current', () => {
    expect(yearsToReach(quantity('1', '亿元'), quantity('10000', '万元'), '5%').toString()).toBe(
      '0',
    );
  });

  it('inverts requiredGrowthRate (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 40 }),
        (current, target, years) => {
          fc.pre(current !== target);
          const rate = requiredGrowthRate(current, target, years);
          const back = yearsToReach(current, target, rate);
          expect(back.minus(years).abs().lte('1e-25')).toBe(true);
        },
      ),
    );
  });

  it('throws DIVISION_BY_ZERO for a zero rate', () => {
    expectCode(() => yearsToReach(1, 2, 0), 'DIVISION_BY_ZERO', /^yearsToReach: rate is zero/);
    expectCode(() => yearsToReach(1, 1, '0%'), 'DIVISION_BY_ZERO');
  });

  it('returns a negative number of years when the target lies the other way (Excel NPER, @formulajs oracle)', () => {
    // A negative result means the target was passed that many years ago at this rate.
    // Excel NPER(7%, 0, −200, 100) = −10.2447683510587…; mpmath at 80 digits, rounded half up
    // to 34 significant digits: ln(1/2) / ln(1.07) = −10.24476835105872035959563062901912.
    const halving = yearsToReach(200, 100, 0.07);
    expect(halving.toString()).toBe('-10.24476835105872035959563062901912');
    expect(halving.toNumber()).toBeCloseTo(NPER(0.07, 0, -200, 100) as number, 12);
    // A higher target at a falling rate: NPER(−5%, 0, −1, 2) = −13.5134073339649…
    const back = yearsToReach(1, 2, '-5%');
    expect(back.toString()).toBe('-13.51340733396488610643078228019018');
    expect(back.toNumber()).toBeCloseTo(NPER(-0.05, 0, -1, 2) as number, 12);
  });

  it('is correctly rounded in the last of its 34 digits', () => {
    // mpmath at 80 digits, rounded half up to 34 significant digits: ln 2 / ln 1.1, ln 2 / ln 1.07.
    expect(yearsToReach(100, 200, '10%').toString()).toBe('7.272540897341719083319903674960022');
    expect(yearsToReach(100, 200, '7%').toString()).toBe('10.24476835105872035959563062901912');
  });

  it('throws NON_POSITIVE_BASE for rate ≤ −100 %, a negative current value or a target ≤ 0', () => {
    expectCode(
      () => yearsToReach(2, 1, '-100%'),
      'NON_POSITIVE_BASE',
      /1 \+ rate must be positive/,
    );
    expectCode(() => yearsToReach(2, 1, new Decimal(-2)), 'NON_POSITIVE_BASE');
    expectCode(
      () => yearsToReach(-1, 1, '5%'),
      'NON_POSITIVE_BASE',
      /^yearsToReach: current must be positive, got -1$/,
    );
    expectCode(
      () => yearsToReach(1, 0, '5%'),
      'NON_POSITIVE_BASE',
      /^yearsToReach: target must be positive, got 0$/,
    );
    expectCode(() => yearsToReach(1, -1, '5%'), 'NON_POSITIVE_BASE', /yearsToReach: target/);
  });

  it('throws DIVISION_BY_ZERO for a current value of zero (DESIGN §2)', () => {
    expectCode(
      () => yearsToReach(0, 1, '5%'),
      'DIVISION_BY_ZERO',
      /^yearsToReach: current is zero, and the formula divides by it$/,
    );
    expectCode(
      () => yearsToReach(quantity('0', '亿元'), quantity('1', '万元'), '5%'),
      'DIVISION_BY_ZERO',
    );
  });

  it('throws INVALID_NUMBER and UNIT_MISMATCH', () => {
    expectCode(() => yearsToReach(1, 2, 'fast'), 'INVALID_NUMBER', /yearsToReach: rate/);
    expectCode(() => yearsToReach(quantity(1, '元'), quantity(2, '美元'), '5%'), 'UNIT_MISMATCH');
  });

  it('never returns an infinite number of years: a rate too small to grow anything is DIVISION_BY_ZERO', () => {
    // Found by fuzzing: 1 + 1e-999999 is 1 at 60 digits, ln 1 = 0, and the quotient was −Infinity.
    expectCode(
      () => yearsToReach(2147483648, '2011', '1e-999999'),
      'DIVISION_BY_ZERO',
      /yearsToReach: rate/,
    );
  });
});
