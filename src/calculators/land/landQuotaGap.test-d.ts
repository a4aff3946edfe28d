import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../numbers/decimal.js';
import { type Quantity, quantity } from '../../units/quantity.js';
import { type LandQuotaGapResult, landQuotaGap } from './landQuotaGap.js';

describe('landQuotaGap types', () => {
  it('returns quantities when a quantity goes in', () => {
    const r = landQuotaGap(quantity('116.7', '公顷'), quantity('283.4', '公顷'));
    expectTypeOf(r).toEqualTypeOf<LandQuotaGapResult<Quantity>>();
    expectTypeOf(r.gap).toEqualTypeOf<Quantity>();
    expectTypeOf(r.coverage).toEqualTypeOf<Decimal>();
    expectTypeOf(
      landQuotaGap('116.7', quantity('283.4', '公顷')).surplus,
    ).toEqualTypeOf<Quantity>();
  });

  it('returns decimals for plain numbers', () => {
    const r = landQuotaGap('116.7', 283.4);
    expectTypeOf(r.gap).toEqualTypeOf<Decimal>();
    expectTypeOf(r.available).toEqualTypeOf<Decimal>();
  });

  it('has read-only fields', () => {
    const r = landQuotaGap(1, 2);
    // @ts-expect-error results are read-only
    r.gap = r.surplus;
  });
});
