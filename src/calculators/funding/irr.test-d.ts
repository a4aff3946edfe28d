import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { type IrrOptions, irr } from './irr.js';
import { scheduleProgress } from './scheduleProgress.js';

describe('irr and scheduleProgress types', () => {
  it('returns a decimal rate for numbers and quantities alike', () => {
    expectTypeOf(irr([-100, '39', 59])).toEqualTypeOf<Decimal>();
    expectTypeOf(
      irr([quantity(-1, '万元'), quantity(2, '万元')], { guess: '10%' }),
    ).toEqualTypeOf<Decimal>();
    expectTypeOf<IrrOptions['maxIterations']>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error unknown option
    irr([-1, 2], { guesss: 0.1 });
  });

  it('returns decimals and a boolean from scheduleProgress', () => {
    const input = { period: '2011', asOf: '2011-06-30', planned: 1, completed: 1 } as const;
    const p = scheduleProgress(input);
    expectTypeOf(p.lag).toEqualTypeOf<Decimal>();
    expectTypeOf(p.onSchedule).toEqualTypeOf<boolean>();
    const weeks = { basis: 'weeks' } as const;
    // @ts-expect-error the basis is 'days' or 'months'
    scheduleProgress(input, weeks);
  });
});
