import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { type Quantity, quantity } from '../../units/quantity.js';
import { impliedPrevious } from './impliedPrevious.js';

describe('impliedPrevious types', () => {
  it('returns a Quantity for a Quantity', () => {
    expectTypeOf(impliedPrevious(quantity('184.9', '亿元'), '12.8%')).toEqualTypeOf<Quantity>();
  });

  it('returns a Decimal for numbers, strings and decimals', () => {
    expectTypeOf(impliedPrevious('13730', '5%')).toEqualTypeOf<Decimal>();
    expectTypeOf(impliedPrevious(13730, 0.05)).toEqualTypeOf<Decimal>();
    expectTypeOf(impliedPrevious(null as unknown as Decimal, 0.05)).toEqualTypeOf<Decimal>();
  });

  it('returns a Quantity when the input may be one', () => {
    expectTypeOf(impliedPrevious(null as unknown as AmountInput, 0.05)).toEqualTypeOf<Quantity>();
  });

  it('takes a rate, never a Quantity', () => {
    // @ts-expect-error a rate is a number, not an amount
    impliedPrevious('1', quantity('1', '亿元'));
  });
});

describe('impliedPrevious types for untyped input', () => {
  it('returns Decimal | Quantity for a value of type any (read from JSON)', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the type of a value read from JSON
    const raw: any = JSON.parse('"13730"');
    expectTypeOf(impliedPrevious(raw, '5%')).toEqualTypeOf<Decimal | Quantity>();
  });
});
