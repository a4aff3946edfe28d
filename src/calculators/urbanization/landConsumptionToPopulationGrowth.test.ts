import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import {
  type LandConsumptionToPopulationGrowthInput,
  landConsumptionToPopulationGrowth,
} from './landConsumptionToPopulationGrowth.js';

function expectError(run: () => unknown, code: string, text: string): void {
  expect(run).toThrow(expect.objectContaining({ code, message: expect.stringContaining(text) }));
}

// DOMAIN.md worked example (our own arithmetic on the UN SDG 11.3.1 2021 formula; the metadata has no numbers): built-up 50 → 70 km², population 1.0 M → 1.2 M over
// 15 years: LCR = 2.667 %/yr, PGR = 1.215 %/yr, LCRPGR = 2.19.
const SDG_EXAMPLE: LandConsumptionToPopulationGrowthInput = {
  builtUpArea: [quantity('50', '平方公里'), quantity('70', '平方公里')],
  population: [quantity('100', '万人'), quantity('120', '万人')],
  years: 15,
};

describe('landConsumptionToPopulationGrowth', () => {
  it('reproduces the SDG 11.3.1 worked example', () => {
    const r = landConsumptionToPopulationGrowth(SDG_EXAMPLE);
    expect(roundHalfUp(r.landConsumptionRate.times(100), 3).toString()).toBe('2.667');
    expect(roundHalfUp(r.populationGrowthRate.times(100), 3).toString()).toBe('1.215');
    expect(roundHalfUp(r.ratio, 2).toString()).toBe('2.19');
    // (2/75) / (ln 1.2 / 15) = 2.1939259790988308553… (Python decimal, 50 digits)
    expect(roundHalfUp(r.ratio, 18).toString()).toBe('2.193925979098830855');
    expect(r.populationDeclining).toBe(false);
    expect(r.warnings).toEqual([]);
  });

  it('gives the same result with plain numbers and other units', () => {
    const base = landConsumptionToPopulationGrowth(SDG_EXAMPLE);
    const other = landConsumptionToPopulationGrowth({
      builtUpArea: [quantity('75000', '亩'), quantity('7000', '公顷')],
      population: ['1000000', quantity('1200000', '人')],
      years: '15',
    });
    expect(other.ratio.eq(base.ratio)).toBe(true);
    expect(other.landConsumptionRate.eq(base.landConsumptionRate)).toBe(true);
  });

  it('flags a declining population (PGR < 0 flips the sign of the ratio)', () => {
    // DOMAIN.md: "PGR < 0 flips the sign and must be flagged" — the example with the
    // population reversed: LCR = +2.667%, PGR = −1.215%, ratio = −2.19.
    const r = landConsumptionToPopulationGrowth({
      ...SDG_EXAMPLE,
      population: ['1200000', '1000000'],
    });
    expect(roundHalfUp(r.ratio, 2).toString()).toBe('-2.19');
    expect(r.populationDeclining).toBe(true);
    expect(r.warnings).toEqual(['population-declining']);
  });

  it('flags a shrinking built-up area, and both conditions together', () => {
    const shrinking = landConsumptionToPopulationGrowth({ ...SDG_EXAMPLE, builtUpArea: [70, 50] });
    expect(shrinking.populationDeclining).toBe(false);
    expect(shrinking.warnings).toEqual(['built-up-area-shrinking']);
    // (50 − 70) / 70 / 15 < 0 and PGR > 0: a negative ratio that is not flipped.
    expect(shrinking.ratio.isNegative()).toBe(true);
    const both = landConsumptionToPopulationGrowth({
      builtUpArea: [70, 50],
      population: [120, 100],
      years: 15,
    });
    expect(both.warnings).toEqual(['population-declining', 'built-up-area-shrinking']);
    expect(both.ratio.isPositive()).toBe(true);
  });

  it('throws DIVISION_BY_ZERO when the population did not change (PGR = 0)', () => {
    expectError(
      () => landConsumptionToPopulationGrowth({ ...SDG_EXAMPLE, population: ['4.2', '4.2'] }),
      'DIVISION_BY_ZERO',
      'landConsumptionToPopulationGrowth: population',
    );
  });

  it('throws DIVISION_BY_ZERO for a zero past area or population, naming the element', () => {
    expectError(
      () => landConsumptionToPopulationGrowth({ ...SDG_EXAMPLE, builtUpArea: [0, 70] }),
      'DIVISION_BY_ZERO',
      'builtUpArea[0]',
    );
    expectError(
      () => landConsumptionToPopulationGrowth({ ...SDG_EXAMPLE, population: [0, 70] }),
      'DIVISION_BY_ZERO',
      'population[0]',
    );
  });

  it('throws NON_POSITIVE_BASE for a negative past area or a zero present population', () => {
    expectError(
      () => landConsumptionToPopulationGrowth({ ...SDG_EXAMPLE, builtUpArea: [-50, 70] }),
      'NON_POSITIVE_BASE',
      'builtUpArea[0]',
    );
    expectError(
      () => landConsumptionToPopulationGrowth({ ...SDG_EXAMPLE, population: [10, 0] }),
      'NON_POSITIVE_BASE',
      'population[1]',
    );
  });

  it('throws DIVISION_BY_ZERO for zero years', () => {
    expectError(
      () => landConsumptionToPopulationGrowth({ ...SDG_EXAMPLE, years: 0 }),
      'DIVISION_BY_ZERO',
      'landConsumptionToPopulationGrowth: years is zero, and the formula divides by it',
    );
  });

  it('throws INVALID_ARGUMENT for negative years, a negative present area, or a malformed pair', () => {
    expectError(
      () => landConsumptionToPopulationGrowth({ ...SDG_EXAMPLE, years: -15 }),
      'INVALID_ARGUMENT',
      'landConsumptionToPopulationGrowth: years must be positive, got -15',
    );
    expectError(
      () => landConsumptionToPopulationGrowth({ ...SDG_EXAMPLE, builtUpArea: [50, -1] }),
      'INVALID_ARGUMENT',
      'builtUpArea[1]',
    );
    const malformed = {
      ...SDG_EXAMPLE,
      builtUpArea: [50],
    } as unknown as LandConsumptionToPopulationGrowthInput;
    expectError(
      () => landConsumptionToPopulationGrowth(malformed),
      'INVALID_ARGUMENT',
      'landConsumptionToPopulationGrowth: builtUpArea must be a pair [past, present], got a list of 1',
    );
    const missing = {
      builtUpArea: [50, 70],
      years: 15,
    } as unknown as LandConsumptionToPopulationGrowthInput;
    expectError(
      () => landConsumptionToPopulationGrowth(missing),
      'INVALID_ARGUMENT',
      'population must be a pair [past, present], got undefined',
    );
  });

  it('computes the ratio from the unrounded rates, correctly rounded in its 34th digit', () => {
    // Python `from decimal import *; getcontext().prec = 60`:
    //   lcr = (Decimal(70) - 50) / 50 / 15; pgr = (Decimal(1200000) / 1000000).ln() / 15
    //   Context(prec=34, rounding=ROUND_HALF_UP).plus(lcr / pgr) → 2.193925979098830855351027475722758
    // (the ratio of the two rates rounded to 34 digits first ends in …759 instead).
    const r = landConsumptionToPopulationGrowth({
      builtUpArea: ['50', '70'],
      population: ['1000000', '1200000'],
      years: 15,
    });
    expect(r.ratio.toString()).toBe('2.193925979098830855351027475722758');
    expect(r.populationGrowthRate.toString()).toBe('0.01215477045293030841411453501030098');
    expect(r.landConsumptionRate.toString()).toBe('0.02666666666666666666666666666666667');
  });

  it('throws UNIT_MISMATCH when areas and populations are swapped', () => {
    expectError(
      () =>
        landConsumptionToPopulationGrowth({
          builtUpArea: SDG_EXAMPLE.population,
          population: SDG_EXAMPLE.builtUpArea,
          years: 15,
        }),
      'UNIT_MISMATCH',
      'landConsumptionToPopulationGrowth: builtUpArea[0]',
    );
  });

  it('throws INVALID_NUMBER for input that is not a number', () => {
    expectError(
      () => landConsumptionToPopulationGrowth({ ...SDG_EXAMPLE, years: 'fifteen' }),
      'INVALID_NUMBER',
      'years',
    );
  });
});
