import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, roundHalfUp } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { populationGrowthRate } from './populationGrowthRate.js';

function expectError(run: () => unknown, code: string, text: string): void {
  expect(run).toThrow(expect.objectContaining({ code, message: expect.stringContaining(text) }));
}

describe('populationGrowthRate', () => {
  it('reproduces the SDG 11.3.1 worked example', () => {
    // DOMAIN.md worked example (our own arithmetic on the UN SDG 11.3.1 2021 formula; the metadata has no numbers): population 1.0 M → 1.2 M over 15 years,
    // PGR = 1.215%/yr.
    const pgr = populationGrowthRate('1000000', '1200000', 15);
    expect(roundHalfUp(pgr.times(100), 3).toString()).toBe('1.215');
    // ln(1.2) / 15 = 0.01215477045293030841411… (Python decimal, 50 digits)
    expect(roundHalfUp(pgr, 20).toString()).toBe('0.01215477045293030841');
  });

  it('agrees with the float oracle Math.log', () => {
    // WDI SP.POP.GROW definition r = ln(p_n / p_0) / n, evaluated with Math.log.
    const pgr = populationGrowthRate(quantity('93267', '万人'), quantity('140967', '万人'), 3);
    expect(pgr.toNumber()).toBeCloseTo(Math.log(140967 / 93267) / 3, 14);
  });

  it('gives the same rate in 人, 万人 and mixed units', () => {
    const persons = populationGrowthRate(quantity('1000000', '人'), quantity('1200000', '人'), 15);
    expect(
      populationGrowthRate(quantity('100', '万人'), quantity('120', '万人'), 15).eq(persons),
    ).toBe(true);
    expect(
      populationGrowthRate(quantity('100', '万人'), quantity('1200000', '人'), 15).eq(persons),
    ).toBe(true);
  });

  it('is negative for a declining population and zero for a stable one', () => {
    // DOMAIN.md example reversed: 1.2 M → 1.0 M, PGR = −1.215%/yr.
    const pgr = populationGrowthRate('1200000', '1000000', 15);
    expect(roundHalfUp(pgr.times(100), 3).toString()).toBe('-1.215');
    expect(populationGrowthRate('4.2', '4.2', 5).toString()).toBe('0');
  });

  it('never changes with the population unit (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000_000 }),
        fc.integer({ min: 1, max: 2_000_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        (past, present, years) => {
          const persons = populationGrowthRate(
            quantity(past, '人'),
            quantity(present, '人'),
            years,
          );
          const wan = populationGrowthRate(
            quantity(new Decimal(past).div(10000), '万人'),
            quantity(new Decimal(present).div(10000), '万人'),
            years,
          );
          return wan.eq(persons);
        },
      ),
    );
  });

  it('throws DIVISION_BY_ZERO for a zero past population', () => {
    expectError(
      () => populationGrowthRate(0, 5, 1),
      'DIVISION_BY_ZERO',
      'populationGrowthRate: pastPopulation',
    );
  });

  it('throws NON_POSITIVE_BASE for a zero present or a negative population', () => {
    expectError(
      () => populationGrowthRate(5, 0, 1),
      'NON_POSITIVE_BASE',
      'populationGrowthRate: presentPopulation must be positive',
    );
    expectError(() => populationGrowthRate(-5, -6, 1), 'NON_POSITIVE_BASE', 'pastPopulation');
    expectError(
      () => populationGrowthRate(5, -6, 1),
      'NON_POSITIVE_BASE',
      'populationGrowthRate: presentPopulation must be positive',
    );
  });

  it('throws DIVISION_BY_ZERO for zero years and INVALID_ARGUMENT for negative years', () => {
    expectError(
      () => populationGrowthRate(5, 6, 0),
      'DIVISION_BY_ZERO',
      'populationGrowthRate: years is zero, and the formula divides by it',
    );
    expectError(
      () => populationGrowthRate(5, 6, -1),
      'INVALID_ARGUMENT',
      'populationGrowthRate: years must be positive, got -1',
    );
  });

  it('is correctly rounded in the last of its 34 digits (UN SDG 11.3.1 example)', () => {
    // Python decimal at 60 digits: (Decimal(1200000) / Decimal(1000000)).ln() / 15, rounded half
    // up to 34 significant digits (Context(prec=34, rounding=ROUND_HALF_UP)).
    expect(populationGrowthRate('1000000', '1200000', 15).toString()).toBe(
      '0.01215477045293030841411453501030098',
    );
  });

  it('throws UNIT_MISMATCH for a quantity that is not a population', () => {
    expectError(
      () => populationGrowthRate(quantity('50', 'km2'), quantity('70', '万人'), 15),
      'UNIT_MISMATCH',
      'populationGrowthRate: pastPopulation',
    );
  });

  it('throws INVALID_NUMBER for input that is not a number', () => {
    expectError(() => populationGrowthRate(1, '', 15), 'INVALID_NUMBER', 'presentPopulation');
  });
});
