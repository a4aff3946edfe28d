import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { impliedTotalPopulation } from './impliedTotalPopulation.js';
import { urbanizationRate } from './urbanizationRate.js';

function expectError(run: () => unknown, code: string, text: string): void {
  expect(run).toThrow(expect.objectContaining({ code, message: expect.stringContaining(text) }));
}

describe('urbanizationRate', () => {
  it('reproduces the NBS national rate for 2023 (常住 basis)', () => {
    // NBS, 2023年国民经济和社会发展统计公报: 年末全国人口140967万人, 城镇常住人口93267万人,
    // 城镇化率66.16%.
    const rate = urbanizationRate(quantity('93267', '万人'), quantity('140967', '万人'));
    expect(roundHalfUp(rate.times(100), 2).toString()).toBe('66.16');
  });

  it('gives the same rate whatever the population units', () => {
    // NBS 2023 again, the total written in 人.
    const inWan = urbanizationRate(quantity('93267', '万人'), quantity('140967', '万人'));
    const mixed = urbanizationRate(quantity('93267', '万人'), quantity('1409670000', '人'));
    const plain = urbanizationRate('932670000', '1409670000');
    expect(mixed.eq(inWan)).toBe(true);
    expect(plain.eq(inWan)).toBe(true);
  });

  it('takes a plain number next to a quantity in that quantity unit', () => {
    // NBS 2023: 93267万人 of 140967 (万人 implied by the first argument).
    const rate = urbanizationRate(quantity('93267', '万人'), '140967');
    expect(roundHalfUp(rate, 4).toString()).toBe('0.6616');
  });

  it('inverts impliedTotalPopulation on the 成都 小城市 figures', () => {
    // seed-claims A15: 城镇居住人口52.7万人, 城镇化率达70%.
    const urban = quantity('52.7', '万人');
    const total = impliedTotalPopulation(urban, '70%');
    expect(roundHalfUp(urbanizationRate(urban, total), 20).toString()).toBe('0.7');
  });

  it('returns 0 and 1 at the ends', () => {
    expect(urbanizationRate(0, 10).toString()).toBe('0');
    expect(urbanizationRate('4.2', '4.2').toString()).toBe('1');
  });

  it('throws DIVISION_BY_ZERO for a zero total', () => {
    expectError(
      () => urbanizationRate(0, quantity('0', '万人')),
      'DIVISION_BY_ZERO',
      'urbanizationRate: totalPopulation',
    );
  });

  it('throws INVALID_ARGUMENT when the urban population exceeds the total', () => {
    expectError(
      () => urbanizationRate(quantity('52.7', '万人'), quantity('500000', '人')),
      'INVALID_ARGUMENT',
      'urbanizationRate: urbanPopulation must not exceed totalPopulation',
    );
  });

  it('throws INVALID_ARGUMENT for negative populations', () => {
    expectError(() => urbanizationRate(-1, 10), 'INVALID_ARGUMENT', 'urbanPopulation');
    expectError(() => urbanizationRate(1, -10), 'INVALID_ARGUMENT', 'totalPopulation');
  });

  it('throws UNIT_MISMATCH for a quantity that is not a population', () => {
    expectError(
      () => urbanizationRate(quantity('52.7', '万人'), quantity('88', '平方公里')),
      'UNIT_MISMATCH',
      'urbanizationRate: totalPopulation',
    );
    // seed-claims A12: 209.73万人次 are visits, not residents.
    expectError(
      () => urbanizationRate(quantity('209.73', '万人次'), quantity('300', '万人')),
      'UNIT_MISMATCH',
      'urbanizationRate: urbanPopulation',
    );
  });

  it('throws INVALID_NUMBER for input that is not a number', () => {
    expectError(() => urbanizationRate('abc', 10), 'INVALID_NUMBER', 'urbanPopulation');
    expectError(() => urbanizationRate(1, Number.NaN), 'INVALID_NUMBER', 'totalPopulation');
  });
});
