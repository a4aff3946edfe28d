import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../numbers/decimal.js';
import { type Quantity, quantity } from '../../units/quantity.js';
import { linkingSurplus } from './linkingSurplus.js';

describe('linkingSurplus types', () => {
  it('returns a Quantity when either area is a quantity', () => {
    expectTypeOf(
      linkingSurplus({ reclaimed: quantity('8.76', '公顷'), resettlementOnFarmland: '3.44' }),
    ).toEqualTypeOf<Quantity>();
    expectTypeOf(
      linkingSurplus({ reclaimed: 8.76, resettlementOnFarmland: quantity('3.44', '公顷') }),
    ).toEqualTypeOf<Quantity>();
  });

  it('returns a Decimal for plain numbers', () => {
    expectTypeOf(
      linkingSurplus({ reclaimed: '8.76', resettlementOnFarmland: 3.44 }),
    ).toEqualTypeOf<Decimal>();
  });

  it('requires both fields', () => {
    // @ts-expect-error resettlementOnFarmland is required
    linkingSurplus({ reclaimed: '8.76' });
  });
});
