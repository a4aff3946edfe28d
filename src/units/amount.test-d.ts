import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal, DecimalInput } from '../numbers/decimal.js';
import type { AmountInput, AmountOf } from './amount.js';
import type { ParseQuantityOptions } from './parse.js';
import { parseQuantity } from './parse.js';
import type { Quantity } from './quantity.js';

describe('AmountOf', () => {
  it('is a Decimal when no input is a Quantity', () => {
    expectTypeOf<AmountOf<string>>().toEqualTypeOf<Decimal>();
    expectTypeOf<AmountOf<DecimalInput>>().toEqualTypeOf<Decimal>();
    expectTypeOf<AmountOf<number | Decimal>>().toEqualTypeOf<Decimal>();
  });

  it('is a Quantity when an input may be a Quantity', () => {
    expectTypeOf<AmountOf<Quantity>>().toEqualTypeOf<Quantity>();
    expectTypeOf<AmountOf<string | Quantity>>().toEqualTypeOf<Quantity>();
    expectTypeOf<AmountOf<AmountInput>>().toEqualTypeOf<Quantity>();
  });

  it('is Decimal | Quantity when nothing is known of the inputs', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the type of a value read from JSON
    expectTypeOf<AmountOf<any>>().toEqualTypeOf<Decimal | Quantity>();
    expectTypeOf<AmountOf<unknown>>().toEqualTypeOf<Decimal | Quantity>();
  });

  it('is a Decimal for no input at all (an empty list of amounts)', () => {
    expectTypeOf<AmountOf<never>>().toEqualTypeOf<Decimal>();
  });
});

describe('parseQuantity', () => {
  it('takes text and optional options, and returns a Quantity', () => {
    expectTypeOf(parseQuantity).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(parseQuantity).parameter(1).toEqualTypeOf<ParseQuantityOptions | undefined>();
    expectTypeOf(parseQuantity).returns.toEqualTypeOf<Quantity>();
    expectTypeOf<ParseQuantityOptions>().toEqualTypeOf<{
      readonly defaultUnit?: string;
      readonly fn?: string;
      readonly arg?: string;
    }>();
  });
});
