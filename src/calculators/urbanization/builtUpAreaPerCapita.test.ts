import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, roundHalfUp } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { builtUpAreaPerCapita } from './builtUpAreaPerCapita.js';

function expectError(run: () => unknown, code: string, text: string): void {
  expect(run).toThrow(expect.objectContaining({ code, message: expect.stringContaining(text) }));
}

describe('builtUpAreaPerCapita', () => {
  it('computes m² per person for the 成都 小城市 (seed-claims A15 inputs)', () => {
    // seed-claims A15: 建成区面积达到88平方公里, 城镇居住人口52.7万人 →
    // 88000000 m² / 527000 = 166.98292220113851992… m² per person (Python decimal, 50 digits).
    const perCapita = builtUpAreaPerCapita(quantity('88', '平方公里'), quantity('52.7', '万人'));
    expect(roundHalfUp(perCapita, 17).toString()).toBe('166.98292220113851992');
  });

  it('is the inverse of the urban density derived in seed-claims A15', () => {
    // seed-claims A15 derived: 城镇人口/建成区面积 = 5988.636364 人/平方公里;
    // 1e6 m² / 5988.636364 per person = 166.98 m².
    const perCapita = builtUpAreaPerCapita(quantity('88', 'km2'), quantity('527000', '人'));
    expect(roundHalfUp(new Decimal(1_000_000).div(perCapita), 6).toString()).toBe('5988.636364');
  });

  it('reads 1 亩 as exactly 2000/3 m²', () => {
    // DESIGN.md §3: 1 亩 = 2000/3 平方米.
    const perCapita = builtUpAreaPerCapita(quantity('3', '亩'), quantity('1', '人'));
    expect(perCapita.toString()).toBe('2000');
    expect(builtUpAreaPerCapita(quantity('1', '亩'), 1).toString()).toBe(
      '666.6666666666666666666666666666667',
    );
  });

  it('takes plain numbers in 平方米 and 人 unless options say otherwise', () => {
    // seed-claims A15 again, written as plain numbers in several units.
    const expected = builtUpAreaPerCapita(quantity('88', 'km2'), quantity('52.7', '万人'));
    expect(builtUpAreaPerCapita('88000000', '527000').eq(expected)).toBe(true);
    expect(builtUpAreaPerCapita(88, 527000, { areaUnit: 'km2' }).eq(expected)).toBe(true);
    expect(
      builtUpAreaPerCapita('8800', '52.7', { areaUnit: '公顷', populationUnit: '万人' }).eq(
        expected,
      ),
    ).toBe(true);
    // options do not change quantities, which carry their own units
    expect(
      builtUpAreaPerCapita(quantity('88', 'km2'), quantity('52.7', '万人'), {
        areaUnit: '亩',
        populationUnit: '人',
      }).eq(expected),
    ).toBe(true);
  });

  it('never changes with the unit of the inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        (hundredthsOfHectare, persons) => {
          const ha = new Decimal(hundredthsOfHectare).div(100);
          const wan = new Decimal(persons).div(10000);
          const base = builtUpAreaPerCapita(quantity(ha, '公顷'), quantity(persons, '人'));
          return (
            builtUpAreaPerCapita(quantity(ha.times(15), '亩'), quantity(wan, '万人')).eq(base) &&
            builtUpAreaPerCapita(quantity(ha.div(100), '平方公里'), persons).eq(base) &&
            builtUpAreaPerCapita(ha.times(10000), wan, { populationUnit: '万人' }).eq(base)
          );
        },
      ),
    );
  });

  it('throws DIVISION_BY_ZERO for a zero population', () => {
    expectError(
      () => builtUpAreaPerCapita(quantity('88', 'km2'), quantity('0', '万人')),
      'DIVISION_BY_ZERO',
      'builtUpAreaPerCapita: population',
    );
  });

  it('throws INVALID_ARGUMENT for negative inputs', () => {
    expectError(
      () => builtUpAreaPerCapita(-1, 5),
      'INVALID_ARGUMENT',
      'builtUpAreaPerCapita: area',
    );
    expectError(() => builtUpAreaPerCapita(1, -5), 'INVALID_ARGUMENT', 'population must not');
  });

  it('throws UNIT_MISMATCH for swapped or foreign quantities and option units', () => {
    expectError(
      () => builtUpAreaPerCapita(quantity('52.7', '万人'), quantity('88', 'km2')),
      'UNIT_MISMATCH',
      'builtUpAreaPerCapita: area',
    );
    expectError(
      () => builtUpAreaPerCapita(quantity('88', 'km2'), quantity('5', '万人次')),
      'UNIT_MISMATCH',
      'builtUpAreaPerCapita: population',
    );
    expectError(
      () => builtUpAreaPerCapita(88, 5, { areaUnit: '万人' }),
      'UNIT_MISMATCH',
      'options.areaUnit',
    );
    expectError(
      () => builtUpAreaPerCapita(88, 5, { populationUnit: '公顷' }),
      'UNIT_MISMATCH',
      'options.populationUnit',
    );
  });

  it('throws UNKNOWN_UNIT for an option unit not in the table', () => {
    expectError(
      () => builtUpAreaPerCapita(88, 5, { areaUnit: 'acre' }),
      'UNKNOWN_UNIT',
      'builtUpAreaPerCapita: options.areaUnit',
    );
  });

  it('throws INVALID_NUMBER for input that is not a number', () => {
    expectError(() => builtUpAreaPerCapita('88 km2', 5), 'INVALID_NUMBER', 'area');
    expectError(
      () => builtUpAreaPerCapita(88, Number.POSITIVE_INFINITY),
      'INVALID_NUMBER',
      'population',
    );
  });
});
