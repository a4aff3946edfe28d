import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../numbers/decimal.js';
import { type Quantity, quantity } from '../../units/quantity.js';
import { type NpvOptions, npv } from './npv.js';

describe('npv types', () => {
  it('returns a quantity for quantity cash flows and a decimal for numbers', () => {
    expectTypeOf(
      npv('8%', [quantity(-1, '万元'), quantity(2, '万元')], { convention: 'numpy' }),
    ).toEqualTypeOf<Quantity>();
    expectTypeOf(
      npv('8%', [quantity(-1, '万元'), 2], { convention: 'excel' }),
    ).toEqualTypeOf<Quantity>();
    expectTypeOf(npv(0.08, [-1, '2'], { convention: 'excel' })).toEqualTypeOf<Decimal>();
  });

  it('requires the convention', () => {
    // @ts-expect-error the convention is required
    npv('8%', [1], {});
    // @ts-expect-error the options are required
    npv('8%', [1]);
    // @ts-expect-error only 'excel' or 'numpy'
    npv('8%', [1], { convention: 'Excel' });
    expectTypeOf<NpvOptions['convention']>().toEqualTypeOf<'excel' | 'numpy'>();
  });
});
