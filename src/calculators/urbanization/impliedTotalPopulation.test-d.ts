import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../numbers/decimal.js';
import type { AmountInput } from '../../units/amount.js';
import { type Quantity, quantity } from '../../units/quantity.js';
import { impliedTotalPopulation } from './impliedTotalPopulation.js';
import { urbanizationRate } from './urbanizationRate.js';

describe('impliedTotalPopulation types', () => {
  it('returns a Quantity for a Quantity in', () => {
    expectTypeOf(impliedTotalPopulation(quantity('52.7', '万人'), '70%')).toEqualTypeOf<Quantity>();
  });

  it('returns a Decimal for plain numbers', () => {
    expectTypeOf(impliedTotalPopulation('52.7', 0.7)).toEqualTypeOf<Decimal>();
    expectTypeOf(impliedTotalPopulation(527000, '70%')).toEqualTypeOf<Decimal>();
  });

  it('returns a Quantity when the input may be one', () => {
    const urban = quantity('52.7', '万人') as AmountInput;
    expectTypeOf(impliedTotalPopulation(urban, '70%')).toEqualTypeOf<Quantity>();
  });

  it('takes the rate as a number, never a quantity', () => {
    // @ts-expect-error a rate has no unit
    impliedTotalPopulation('52.7', quantity('70', '万人'));
  });
});

describe('urbanizationRate types', () => {
  it('returns a Decimal rate whatever goes in', () => {
    expectTypeOf(urbanizationRate(quantity('1', '万人'), '20000')).toEqualTypeOf<Decimal>();
  });
});

describe('impliedTotalPopulation types for untyped input', () => {
  it('returns Decimal | Quantity for a value of type any (read from JSON)', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the type of a value read from JSON
    const raw: any = JSON.parse('"52.7"');
    expectTypeOf(impliedTotalPopulation(raw, '70%')).toEqualTypeOf<Decimal | Quantity>();
  });
});
