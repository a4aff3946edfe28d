import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, roundHalfUp } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { populationDensity } from './populationDensity.js';

function expectError(run: () => unknown, code: string, text: string): void {
  expect(run).toThrow(expect.objectContaining({ code, message: expect.stringContaining(text) }));
}

describe('populationDensity', () => {
  it('reproduces the urban densities derived in seed-claims A15 and A16', () => {
    // seed-claims A15: 52.7万人 on 88平方公里 → 5988.636364 人/平方公里.
    const a15 = populationDensity(quantity('52.7', '万人'), quantity('88', '平方公里'));
    expect(roundHalfUp(a15, 6).toString()).toBe('5988.636364');
    // seed-claims A16: 37.7万人 on 67平方公里 → 5626.865672 人/平方公里.
    const a16 = populationDensity(quantity('37.7', '万人'), quantity('67', '平方公里'));
    expect(roundHalfUp(a16, 6).toString()).toBe('5626.865672');
  });

  it('computes the density of 白塔镇 from its profile', () => {
    // seeds/002 (仙居县白塔镇): 区域面积119平方公里，人口4.2万 → 42000 / 119 =
    // 352.941176470588235294… (Python decimal, 50 digits).
    const density = populationDensity(quantity('4.2', '万人'), quantity('119', '平方公里'));
    expect(roundHalfUp(density, 18).toString()).toBe('352.941176470588235294');
  });

  it('takes plain numbers in 人 and 平方公里 unless options say otherwise', () => {
    // seeds/002 (xxxx镇): 全镇区域面积65.84平方公里, 常住人口近5万 → 759.41676792… (Python decimal).
    const expected = populationDensity(
      quantity('5', '万人', { qualifier: 'nearly' }),
      quantity('65.84', 'km2'),
    );
    expect(roundHalfUp(expected, 8).toString()).toBe('759.41676792');
    expect(populationDensity('50000', '65.84').eq(expected)).toBe(true);
    expect(
      populationDensity(5, 6584, { populationUnit: '万人', areaUnit: '公顷' }).eq(expected),
    ).toBe(true);
    expect(populationDensity(50000, quantity('98760', '亩')).eq(expected)).toBe(true);
  });

  it('never changes with the unit of the inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        (persons, hundredthsOfHectare) => {
          const ha = new Decimal(hundredthsOfHectare).div(100);
          const wan = new Decimal(persons).div(10000);
          const base = populationDensity(quantity(persons, '人'), quantity(ha, '公顷'));
          return (
            populationDensity(quantity(wan, '万人'), quantity(ha.times(15), '亩')).eq(base) &&
            populationDensity(persons, quantity(ha.times(10000), '平方米')).eq(base) &&
            populationDensity(wan, ha.div(100), { populationUnit: '万人' }).eq(base)
          );
        },
      ),
    );
  });

  it('throws DIVISION_BY_ZERO for a zero area', () => {
    expectError(
      () => populationDensity(quantity('4.2', '万人'), quantity('0', '公顷')),
      'DIVISION_BY_ZERO',
      'populationDensity: area',
    );
  });

  it('throws INVALID_ARGUMENT for negative inputs', () => {
    expectError(
      () => populationDensity(-1, 5),
      'INVALID_ARGUMENT',
      'populationDensity: population',
    );
    expectError(() => populationDensity(1, -5), 'INVALID_ARGUMENT', 'area must not');
  });

  it('throws UNIT_MISMATCH for swapped or foreign quantities and option units', () => {
    expectError(
      () => populationDensity(quantity('119', '平方公里'), quantity('4.2', '万人')),
      'UNIT_MISMATCH',
      'populationDensity: population',
    );
    expectError(
      () => populationDensity(quantity('4.2', '万人'), quantity('119', '千米')),
      'UNIT_MISMATCH',
      'populationDensity: area',
    );
    expectError(
      () => populationDensity(1, 5, { areaUnit: '人' }),
      'UNIT_MISMATCH',
      'options.areaUnit',
    );
    expectError(
      () => populationDensity(1, 5, { populationUnit: 'km2' }),
      'UNIT_MISMATCH',
      'options.populationUnit',
    );
  });

  it('throws UNKNOWN_UNIT for an option unit not in the table', () => {
    expectError(
      () => populationDensity(1, 5, { populationUnit: 'souls' }),
      'UNKNOWN_UNIT',
      'populationDensity: options.populationUnit',
    );
  });

  it('throws INVALID_NUMBER for input that is not a number', () => {
    expectError(() => populationDensity('many', 5), 'INVALID_NUMBER', 'population');
  });
});
