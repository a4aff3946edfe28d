import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../numbers/decimal.js';
import { type Quantity, quantity } from '../../units/quantity.js';
import { type GrowthComponent, growthContributions } from './growthContributions.js';

describe('growthContributions types', () => {
  it('returns Quantity amounts for quantity components', () => {
    const result = growthContributions([
      { name: '工业', previous: quantity('146.1', '亿元'), current: quantity('160', '亿元') },
    ]);
    expectTypeOf(result.previous).toEqualTypeOf<Quantity>();
    expectTypeOf(result.current).toEqualTypeOf<Quantity>();
    expectTypeOf(result.increment).toEqualTypeOf<Quantity>();
    expectTypeOf<(typeof result.components)[number]['increment']>().toEqualTypeOf<Quantity>();
    expectTypeOf(result.growth).toEqualTypeOf<Decimal>();
    expectTypeOf<(typeof result.components)[number]['pull']>().toEqualTypeOf<Decimal>();
    expectTypeOf<(typeof result.components)[number]['contributionRate']>().toEqualTypeOf<Decimal>();
    expectTypeOf<(typeof result.components)[number]['name']>().toEqualTypeOf<string>();
  });

  it('returns Quantity amounts when any input is a quantity', () => {
    const result = growthContributions([
      { previous: '5000', current: quantity('0.6', '亿元') },
      { previous: 1, current: 2 },
    ]);
    expectTypeOf(result.previous).toEqualTypeOf<Quantity>();
  });

  it('returns Decimal amounts for plain numbers', () => {
    const result = growthContributions([
      { previous: '60', current: '66' },
      { previous: 40, current: 38 },
    ]);
    expectTypeOf(result.previous).toEqualTypeOf<Decimal>();
    expectTypeOf<(typeof result.components)[number]['increment']>().toEqualTypeOf<Decimal>();
  });

  it('accepts a readonly array of components', () => {
    const parts: readonly GrowthComponent<string>[] = [{ previous: '1', current: '2' }];
    expectTypeOf(growthContributions(parts).current).toEqualTypeOf<Decimal>();
  });

  it('rejects components without a current value', () => {
    // @ts-expect-error current is required
    growthContributions([{ previous: '1' }]);
  });
});
