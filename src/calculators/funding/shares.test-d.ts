import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { roundShares } from './roundShares.js';
import { share } from './share.js';
import { shares } from './shares.js';

describe('shares types', () => {
  it('keeps the keys of the parts and returns decimals', () => {
    const s = shares({ 社会资金: quantity('40.3', '亿元'), 财政资金: '11.8' });
    expectTypeOf(s).toEqualTypeOf<Readonly<Record<'社会资金' | '财政资金', Decimal>>>();
    expectTypeOf(s.社会资金).toEqualTypeOf<Decimal>();
    const p = roundShares({ a: 1, b: 2 }, 1);
    expectTypeOf(p).toEqualTypeOf<Readonly<Record<'a' | 'b', Decimal>>>();
    const wide: Record<string, number> = { a: 1 };
    expectTypeOf(shares(wide)).toEqualTypeOf<Readonly<Record<string, Decimal>>>();
  });

  it('returns a decimal share even for quantities, and read-only records', () => {
    expectTypeOf(
      share(quantity('40.3', '亿元'), quantity('60.3', '亿元')),
    ).toEqualTypeOf<Decimal>();
    const s = shares({ a: 1 });
    // @ts-expect-error results are read-only
    s.a = s.a.plus(1);
    // @ts-expect-error unknown keys are not there
    s.b;
  });
});
