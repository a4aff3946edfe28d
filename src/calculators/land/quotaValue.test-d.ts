import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../numbers/decimal.js';
import { type Quantity, quantity } from '../../units/quantity.js';
import { quotaUnitPrice } from './quotaUnitPrice.js';
import { quotaValue } from './quotaValue.js';

describe('quota price and value types', () => {
  it('quotaValue always returns a Quantity (in 元 by default)', () => {
    expectTypeOf(quotaValue(1200, 60000)).toEqualTypeOf<Quantity>();
    expectTypeOf(quotaValue(quantity('80', '公顷'), '60000')).toEqualTypeOf<Quantity>();
  });

  it('quotaUnitPrice always returns a Decimal', () => {
    expectTypeOf(
      quotaUnitPrice(quantity('7200', '万元'), quantity('1200', '亩')),
    ).toEqualTypeOf<Decimal>();
    expectTypeOf(quotaUnitPrice(72_000_000, 1200)).toEqualTypeOf<Decimal>();
  });

  it('takes the price as a number, never a quantity', () => {
    // @ts-expect-error a price per 亩 is not a quantity of the units table
    quotaValue(1200, quantity('6', '万元'));
  });
});
