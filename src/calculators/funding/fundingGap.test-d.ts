import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../numbers/decimal.js';
import { type Quantity, quantity } from '../../units/quantity.js';
import { type FundingGapResult, fundingGap } from './fundingGap.js';

describe('fundingGap types', () => {
  it('returns quantities when a quantity goes in', () => {
    const q = fundingGap(quantity('60.3', '亿元'), [quantity('40.3', '亿元'), '11.8']);
    expectTypeOf(q).toEqualTypeOf<FundingGapResult<Quantity>>();
    expectTypeOf(q.gap).toEqualTypeOf<Quantity>();
    expectTypeOf(q.required).toEqualTypeOf<Quantity>();
    expectTypeOf(q.coverage).toEqualTypeOf<Decimal>();
    expectTypeOf(fundingGap('60.3', quantity('52.1', '亿元')).surplus).toEqualTypeOf<Quantity>();
    expectTypeOf(fundingGap(60.3, ['1', quantity('2', '万元')]).secured).toEqualTypeOf<Quantity>();
  });

  it('returns decimals for plain numbers', () => {
    const d = fundingGap('60.3', ['0.6', 11.2]);
    expectTypeOf(d).toEqualTypeOf<FundingGapResult<Decimal>>();
    expectTypeOf(d.gap).toEqualTypeOf<Decimal>();
    expectTypeOf(fundingGap(1, []).secured).toEqualTypeOf<Decimal>();
  });

  it('has read-only fields', () => {
    const r = fundingGap(1, 2);
    // @ts-expect-error results are read-only
    r.gap = r.surplus;
  });
});
