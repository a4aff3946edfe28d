import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { builtUpAreaPerCapita } from './builtUpAreaPerCapita.js';
import {
  type LandConsumptionWarning,
  landConsumptionToPopulationGrowth,
} from './landConsumptionToPopulationGrowth.js';
import { populationDensity } from './populationDensity.js';

describe('landConsumptionToPopulationGrowth types', () => {
  it('returns decimals, a flag and read-only warnings', () => {
    const r = landConsumptionToPopulationGrowth({
      builtUpArea: [quantity('50', 'km2'), '70'],
      population: [1_000_000, 1_200_000],
      years: 15,
    });
    expectTypeOf(r.ratio).toEqualTypeOf<Decimal>();
    expectTypeOf(r.landConsumptionRate).toEqualTypeOf<Decimal>();
    expectTypeOf(r.populationDeclining).toEqualTypeOf<boolean>();
    expectTypeOf(r.warnings).toEqualTypeOf<readonly LandConsumptionWarning[]>();
  });

  it('requires [past, present] pairs', () => {
    landConsumptionToPopulationGrowth({
      // @ts-expect-error one value is not a pair
      builtUpArea: [50],
      population: [1, 2],
      years: 15,
    });
  });
});

describe('per-capita and density types', () => {
  it('return decimals and check option names', () => {
    expectTypeOf(builtUpAreaPerCapita(quantity('88', 'km2'), 527000)).toEqualTypeOf<Decimal>();
    expectTypeOf(populationDensity(527000, 88, { areaUnit: 'km2' })).toEqualTypeOf<Decimal>();
    // @ts-expect-error unknown option
    populationDensity(1, 2, { unit: 'km2' });
  });
});
