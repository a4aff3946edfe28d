import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import {
  figureAt,
  printedLike,
  type SeedFigure,
  seedClaim,
} from '../../../tests/support/seedClaims.js';
import { Decimal, isDecimal } from '../../numbers/decimal.js';
import { isQuantity, type Quantity, quantity } from '../../units/quantity.js';
import { growthRate } from './growthRate.js';
import { impliedPrevious } from './impliedPrevious.js';

function amount(item: SeedFigure): Quantity {
  return quantity(item.value, item.unit);
}

describe('impliedPrevious', () => {
  it('reads "达到X，增长r%" back to last year (seed-claims A12, A13, A18, B04, B05, B08, B09, B12, B21)', () => {
    // [claim, index of the current value, index of the rate]
    const cases = [
      ['A12', 0, 1],
      ['A13', 0, 1],
      ['A18', 0, 1],
      ['B04', 0, 1],
      ['B05', 0, 1],
      ['B08', 0, 1],
      ['B09', 0, 3],
      ['B12', 0, 1],
      ['B21', 0, 1],
    ] as const;
    for (const [id, value, rate] of cases) {
      const c = seedClaim(id);
      expect(c.kind).toBe('growth');
      const current = amount(figureAt(c.inputs, value));
      const previous = impliedPrevious(current, `${figureAt(c.inputs, rate).value}%`);
      expect(previous.unit.name, id).toBe(c.computed.unit);
      expect(printedLike(previous.value, c.computed.value), id).toBe(c.computed.value);
    }
  });

  it('gives B09’s previous-year sales and profit (seed-claims B09 derived)', () => {
    const c = seedClaim('B09');
    const sales = impliedPrevious(amount(figureAt(c.inputs, 1)), `${figureAt(c.inputs, 4).value}%`);
    const profit = impliedPrevious(
      amount(figureAt(c.inputs, 2)),
      `${figureAt(c.inputs, 5).value}%`,
    );
    expect(printedLike(sales.value, figureAt(c.derived, 0).value)).toBe(
      figureAt(c.derived, 0).value,
    );
    expect(printedLike(profit.value, figureAt(c.derived, 1).value)).toBe(
      figureAt(c.derived, 1).value,
    );
  });

  it('reads "是96年的N倍" with rate = N − 1 (seed-claims B15, B16, B17, B18)', () => {
    for (const id of ['B15', 'B16', 'B17', 'B18']) {
      const c = seedClaim(id);
      expect(c.kind).toBe('multiple');
      const current = amount(figureAt(c.inputs, 0));
      const times = figureAt(c.inputs, 1);
      expect(times.unit).toBe('倍');
      const base = impliedPrevious(current, new Decimal(times.value).minus(1));
      // B16 prints the 1996 revenue in 万元 although the input is in 亿元
      const inPrintedUnit = base.to(c.computed.unit);
      expect(printedLike(inPrintedUnit, c.computed.value), id).toBe(c.computed.value);
    }
  });

  it('is exact to 34 digits (seed-claims B09: 66.5 / 1.14 = 175/3)', () => {
    const previous = impliedPrevious(quantity('66.5', '亿元'), '14%');
    expect(previous.value.toString()).toBe(new Decimal(175).div(3).toString());
    expect(String(impliedPrevious(quantity('110', '万元'), '10%'))).toBe('100万元');
  });

  it('returns a Decimal for numbers and a Quantity (same unit, no qualifier) for quantities', () => {
    const plain = impliedPrevious('110', 0.1);
    expect(isDecimal(plain) && plain.toString()).toBe('100');
    const q = impliedPrevious(quantity('10', '亿元', { qualifier: 'more-than' }), '49%');
    expect(isQuantity(q)).toBe(true);
    expect(q.unit.name).toBe('亿元');
    expect(q.qualifier).toBeUndefined();
  });

  it('accepts negative rates above −100 % and any sign of current', () => {
    expect(impliedPrevious('90', '-10%').toString()).toBe('100');
    expect(impliedPrevious('-50', '25%').toString()).toBe('-40');
  });

  it('throws DIVISION_BY_ZERO when 1 + rate is zero', () => {
    expectCode(
      () => impliedPrevious('5', '-100%'),
      'DIVISION_BY_ZERO',
      /impliedPrevious: 1 \+ rate/,
    );
  });

  it('throws NON_POSITIVE_BASE when 1 + rate is negative', () => {
    expectCode(
      () => impliedPrevious('5', '-150%'),
      'NON_POSITIVE_BASE',
      /^impliedPrevious: 1 \+ rate must be positive, got "-0.5"$/,
    );
  });

  it('throws INVALID_NUMBER for non-numbers', () => {
    expectCode(() => impliedPrevious('x', '5%'), 'INVALID_NUMBER', /impliedPrevious: current/);
    expectCode(() => impliedPrevious('5', '5 %%'), 'INVALID_NUMBER', /impliedPrevious: rate/);
  });

  const positive = fc
    .tuple(fc.bigInt({ min: 1n, max: 10n ** 20n }), fc.integer({ min: 0, max: 10 }))
    .map(([units, scale]) => new Decimal(units.toString()).div(new Decimal(10).pow(scale)));

  // growthRate keeps 34 significant digits of the rate; 1 + rate then keeps fewer when the value
  // collapses (a rate of −99.9999 % loses six), so the law is stated for falls of at most 99.9 %.
  const ratio = fc
    .integer({ min: 1_000, max: 1_000_000_000 })
    .map((permille) => new Decimal(permille).div(1_000_000));

  it('inverts growthRate: impliedPrevious(c, growthRate(p, c)) = p within 1e-30 (property)', () => {
    fc.assert(
      fc.property(positive, ratio, (p, m) => {
        const c = p.times(m);
        const back = impliedPrevious(c, growthRate(p, c));
        expect(back.minus(p).abs().div(p).lte('1e-30')).toBe(true);
      }),
    );
  });

  it('does not depend on the unit of its input (property: 万元 vs 亿元)', () => {
    const rate = fc
      .integer({ min: -9_999, max: 100_000 })
      .map((bp) => new Decimal(bp).div(10_000).toString());
    fc.assert(
      fc.property(positive, rate, (c, r) => {
        const inWan = impliedPrevious(quantity(c, '万元'), r);
        const inYi = impliedPrevious(quantity(c.div(10_000), '亿元'), r);
        expect(inWan.unit.name).toBe('万元');
        expect(inYi.unit.name).toBe('亿元');
        expect(inYi.to('元').minus(inWan.to('元')).abs().lte(inWan.to('元').times('1e-32'))).toBe(
          true,
        );
      }),
    );
  });
});
