import { describe, expect, it } from 'vitest';
import { Decimal, roundHalfUp } from '../../numbers/decimal.js';
import { isQuantity, quantity } from '../../units/quantity.js';
import { impliedTotalPopulation } from './impliedTotalPopulation.js';

function expectError(run: () => unknown, code: string, text: string): void {
  expect(run).toThrow(expect.objectContaining({ code, message: expect.stringContaining(text) }));
}

describe('impliedTotalPopulation', () => {
  it('reproduces the 成都 小城市 implied total (seed-claims A15)', () => {
    // seed-claims A15: 城镇居住人口52.7万人, 城镇化率达70% → 总人口 75.285714万人 (527/7).
    const total = impliedTotalPopulation(quantity('52.7', '万人'), '70%');
    expect(total.unit.name).toBe('万人');
    expect(roundHalfUp(total.value, 6).toString()).toBe('75.285714');
  });

  it('reproduces the 特色镇 implied total (seed-claims A16)', () => {
    // seed-claims A16: 城镇居住人口37.7万人, 城镇化率达48% → 78.541667万人 (1885/24).
    const total = impliedTotalPopulation(quantity('37.7', '万人'), '0.48');
    expect(roundHalfUp(total.value, 6).toString()).toBe('78.541667');
  });

  it('reproduces the A15 range over input rounding', () => {
    // seed-claims A15 range_over_input_rounding: [74.680851, 75.899281] = 52.65/70.5%, 52.75/69.5%.
    expect(roundHalfUp(impliedTotalPopulation('52.65', '70.5%'), 6).toString()).toBe('74.680851');
    expect(roundHalfUp(impliedTotalPopulation('52.75', '69.5%'), 6).toString()).toBe('75.899281');
  });

  it('keeps the unit of the urban population and returns a decimal for numbers', () => {
    // NBS 2023: 城镇常住人口93267万人, 城镇化率66.16% → 932670000 / 0.6616 = 1409718863.36…
    // (Python decimal, 50 digits).
    const inPersons = impliedTotalPopulation(quantity('932670000', '人'), '66.16%');
    expect(inPersons.unit.name).toBe('人');
    expect(inPersons.value.toDecimalPlaces(2).toString()).toBe('1409718863.36');
    const plain = impliedTotalPopulation('93267', 0.6616);
    expect(isQuantity(plain)).toBe(false);
    expect(plain.times(10000).eq(inPersons.value)).toBe(true);
  });

  it('brackets the stated NBS total within the rounding of the rate', () => {
    // NBS 2023: 全国人口140967万人 lies between 93267/66.165% and 93267/66.155%
    // (140961.23 … 140982.54万人, Python decimal).
    const low = impliedTotalPopulation(quantity('93267', '万人'), '66.165%');
    const high = impliedTotalPopulation(quantity('93267', '万人'), '66.155%');
    expect(low.value.toDecimalPlaces(2).toString()).toBe('140961.23');
    expect(high.value.toDecimalPlaces(2).toString()).toBe('140982.54');
    expect(low.value.lt(140967) && high.value.gt(140967)).toBe(true);
  });

  it('accepts a rate of 1 and a decimal rate', () => {
    expect(impliedTotalPopulation(5, new Decimal(1)).toString()).toBe('5');
  });

  it('throws DIVISION_BY_ZERO for a zero rate', () => {
    expectError(
      () => impliedTotalPopulation(quantity('52.7', '万人'), '0%'),
      'DIVISION_BY_ZERO',
      'impliedTotalPopulation: rate',
    );
  });

  it('throws INVALID_ARGUMENT for a rate that lost its % sign or is negative', () => {
    // DOMAIN.md: "城镇化率达到49" — a percent-less rate is out of (0, 1].
    expectError(() => impliedTotalPopulation('20', 49), 'INVALID_ARGUMENT', 'rate must be');
    expectError(() => impliedTotalPopulation('20', '-10%'), 'INVALID_ARGUMENT', 'rate must be');
  });

  it('throws INVALID_ARGUMENT for a negative urban population', () => {
    expectError(
      () => impliedTotalPopulation(quantity('-1', '万人'), '50%'),
      'INVALID_ARGUMENT',
      'urbanPopulation',
    );
  });

  it('throws UNIT_MISMATCH for an urban population that is not a population', () => {
    // seed-claims A06 is an implied_total of loans (940亿元 at 72%), not of people.
    expectError(
      () => impliedTotalPopulation(quantity('940', '亿元'), '72%'),
      'UNIT_MISMATCH',
      'impliedTotalPopulation: urbanPopulation',
    );
  });

  it('throws INVALID_NUMBER for input that is not a number', () => {
    expectError(() => impliedTotalPopulation('x', '70%'), 'INVALID_NUMBER', 'urbanPopulation');
    expectError(() => impliedTotalPopulation('1', 'seventy'), 'INVALID_NUMBER', 'rate');
  });
});
