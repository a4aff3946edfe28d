import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { figureAt, seedClaim } from '../../../tests/support/seedClaims.js';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { growthRate } from './growthRate.js';
import { impliedPrevious } from './impliedPrevious.js';
import { multiple } from './multiple.js';

/** A rate printed as a percentage with the claim's decimals (`'16.625310'`). */
function percent(rate: Decimal, printed: string): string {
  const decimals = printed.split('.')[1]?.length ?? 0;
  return rate.times(100).toFixed(decimals);
}

describe('growthRate', () => {
  it('reads "balance X, up Y since the start of the year" (seed-claims A05, A07, A10)', () => {
    for (const id of ['A05', 'A07', 'A10']) {
      const c = seedClaim(id);
      expect(c.kind).toBe('growth');
      const balance = figureAt(c.inputs, 0);
      const added = figureAt(c.inputs, 1);
      const start = quantity(new Decimal(balance.value).minus(added.value), added.unit);
      const rate = growthRate(start, quantity(balance.value, balance.unit));
      expect(percent(rate, c.computed.value), id).toBe(c.computed.value);
    }
  });

  it('is exact to 34 significant digits (seed-claims A05: 6700/403 %)', () => {
    expect(growthRate('806', '940').toString()).toBe(
      new Decimal(67).div(403).toSignificantDigits(34).toString(),
    );
  });

  it('converts areas exactly (seed-claims B20: 3 → 5 平方公里 = +66.666667%)', () => {
    const c = seedClaim('B20');
    const from = figureAt(c.inputs, 0);
    const to = figureAt(c.inputs, 1);
    const rate = growthRate(quantity(from.value, from.unit), quantity(to.value, to.unit));
    expect(percent(rate, c.computed.value)).toBe(c.computed.value);
    // the same figures read in 亩 (base_value 4500 → 7500)
    expect(growthRate(quantity('4500', '亩'), quantity('5', '平方公里')).eq(rate)).toBe(true);
  });

  it('recovers the growth of the rest of a total (seed-claims B10: 规下 grew 6.509753%)', () => {
    const c = seedClaim('B10');
    const industry = quantity(figureAt(c.inputs, 0).value, figureAt(c.inputs, 0).unit);
    const above = quantity(figureAt(c.inputs, 2).value, figureAt(c.inputs, 2).unit);
    const industryBefore = impliedPrevious(industry, `${figureAt(c.inputs, 1).value}%`);
    const aboveBefore = impliedPrevious(above, `${figureAt(c.inputs, 3).value}%`);
    const rest = growthRate(
      industryBefore.value.minus(aboveBefore.value),
      industry.value.minus(above.value),
    );
    expect(percent(rest, c.computed.value)).toBe(c.computed.value);
  });

  it('matches the World Bank one-period formula on plain numbers', () => {
    expect(growthRate(100, 110).toString()).toBe('0.1');
    expect(growthRate('110', '100').toFixed(6)).toBe('-0.090909');
    expect(growthRate('100', '100').toString()).toBe('0');
  });

  it('accepts a current value of zero or below (a fall of 100 % or more)', () => {
    expect(growthRate('10', '0').toString()).toBe('-1');
    expect(growthRate('10', '-5').toString()).toBe('-1.5');
  });

  it('takes plain numbers among quantities to be in the first quantity’s unit', () => {
    expect(growthRate(quantity('806', '亿元'), '940').toFixed(4)).toBe('0.1663');
    expect(growthRate('806', quantity('940', '亿元')).toFixed(4)).toBe('0.1663');
  });

  it('throws DIVISION_BY_ZERO for a zero previous value', () => {
    expectCode(() => growthRate('0', '5'), 'DIVISION_BY_ZERO', /^growthRate: previous is zero/);
    expectCode(() => growthRate(quantity(0, '万元'), quantity(5, '万元')), 'DIVISION_BY_ZERO');
  });

  it('throws NON_POSITIVE_BASE for a negative previous value', () => {
    expectCode(
      () => growthRate('-4', '5'),
      'NON_POSITIVE_BASE',
      /^growthRate: previous must be positive, got "-4"$/,
    );
    expectCode(() => growthRate(quantity(-4, '亿元'), '5'), 'NON_POSITIVE_BASE', /-4亿元/);
  });

  it('throws UNIT_MISMATCH across dimensions and currencies', () => {
    expectCode(
      () => growthRate(quantity(1, '亿元'), quantity(2, '亩')),
      'UNIT_MISMATCH',
      /growthRate: current/,
    );
    expectCode(() => growthRate(quantity(1, '万元'), quantity(2, '万美元')), 'UNIT_MISMATCH');
  });

  it('throws INVALID_NUMBER for non-numbers', () => {
    expectCode(() => growthRate('abc', '1'), 'INVALID_NUMBER', /growthRate: previous/);
    expectCode(() => growthRate(1, Number.NaN), 'INVALID_NUMBER', /growthRate: current/);
    expectCode(() => growthRate(1, Number.POSITIVE_INFINITY), 'INVALID_NUMBER');
  });

  const amount = fc
    .tuple(fc.integer({ min: 1, max: 2_000_000_000 }), fc.integer({ min: 0, max: 8 }))
    .map(([units, scale]) => new Decimal(units).div(new Decimal(10).pow(scale)).toString());

  it('equals multiple − 1 to the last digit (property)', () => {
    fc.assert(
      fc.property(amount, amount, (p, c) => {
        const m = multiple(p, c);
        // both are correctly rounded to 34 digits: they differ by at most one unit in the 34th
        const scale = Decimal.max(m.abs(), m.minus(1).abs());
        const ulp = new Decimal(10).pow(scale.log(10).floor().minus(33));
        expect(growthRate(p, c).minus(m.minus(1)).abs().lte(ulp)).toBe(true);
      }),
    );
  });

  it('does not depend on the unit of its inputs (property: 万元 vs 亿元)', () => {
    fc.assert(
      fc.property(amount, amount, (p, c) => {
        const inWan = growthRate(quantity(p, '万元'), quantity(c, '万元'));
        const inYi = growthRate(
          quantity(new Decimal(p).div(10_000), '亿元'),
          quantity(new Decimal(c).div(10_000), '亿元'),
        );
        const mixed = growthRate(quantity(new Decimal(p).div(10_000), '亿元'), quantity(c, '万元'));
        expect(inYi.eq(inWan)).toBe(true);
        expect(mixed.eq(inWan)).toBe(true);
        expect(growthRate(p, c).eq(inWan)).toBe(true);
      }),
    );
  });
});
