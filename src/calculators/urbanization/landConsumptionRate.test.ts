import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, roundHalfUp } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { landConsumptionRate } from './landConsumptionRate.js';

function expectError(run: () => unknown, code: string, text: string): void {
  expect(run).toThrow(expect.objectContaining({ code, message: expect.stringContaining(text) }));
}

describe('landConsumptionRate', () => {
  it('reproduces the SDG 11.3.1 worked example', () => {
    // DOMAIN.md worked example (our own arithmetic on the UN SDG 11.3.1 2021 formula; the metadata has no numbers): built-up 50 → 70 km² over 15 years, LCR = 2.667%/yr.
    const lcr = landConsumptionRate(quantity('50', '平方公里'), quantity('70', '平方公里'), 15);
    expect(roundHalfUp(lcr.times(100), 3).toString()).toBe('2.667');
    // (70 − 50) / 50 / 15 = 2/75 exactly.
    expect(lcr.times(75).toDecimalPlaces(30).toString()).toBe('2');
  });

  it('is a simple ratio: over one year it is the growth of the area', () => {
    // seed-claims B20: 梁弄镇建成区面积从3平方公里扩大到5平方公里, 增幅 66.666667%.
    const b20 = landConsumptionRate(quantity('3', '平方公里'), quantity('5', '平方公里'), 1);
    expect(roundHalfUp(b20.times(100), 6).toString()).toBe('66.666667');
    // seed-claims B19: 泗门镇 1.5 → 10.3平方公里, 倍数 6.866667.
    const b19 = landConsumptionRate(quantity('1.5', '平方公里'), quantity('10.3', '平方公里'), '1');
    expect(roundHalfUp(b19.plus(1), 6).toString()).toBe('6.866667');
  });

  it('gives the same rate in 公顷, 亩, 平方公里 and mixed units', () => {
    // DOMAIN.md example in other units: 5000 → 7000 公顷 = 75000 → 105000 亩.
    const km2 = landConsumptionRate(quantity('50', 'km2'), quantity('70', 'km2'), 15);
    expect(landConsumptionRate(quantity('5000', 'ha'), quantity('7000', 'ha'), 15).eq(km2)).toBe(
      true,
    );
    expect(landConsumptionRate(quantity('75000', '亩'), quantity('7000', '公顷'), 15).eq(km2)).toBe(
      true,
    );
    expect(landConsumptionRate('50', '70', '15').eq(km2)).toBe(true);
    // a plain number next to a quantity is in that quantity's unit (km²)
    expect(landConsumptionRate(quantity('50', 'km2'), '70', 15).eq(km2)).toBe(true);
  });

  it('accepts fractional years and shrinking areas', () => {
    // (40 − 50) / 50 / 2.5 = −0.08
    expect(landConsumptionRate(50, 40, '2.5').toString()).toBe('-0.08');
    expect(landConsumptionRate(50, 0, 1).toString()).toBe('-1');
  });

  it('never changes with the area unit of the inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 50 }),
        (past, present, years) => {
          const ha = (n: number) => new Decimal(n).div(100); // 公顷 with 2 decimals
          const base = landConsumptionRate(
            quantity(ha(past), '公顷'),
            quantity(ha(present), '公顷'),
            years,
          );
          const inMu = landConsumptionRate(
            quantity(ha(past).times(15), '亩'),
            quantity(ha(present).times(15), '亩'),
            years,
          );
          const inKm2 = landConsumptionRate(
            quantity(ha(past).div(100), '平方公里'),
            quantity(ha(present).times(10000), '平方米'),
            years,
          );
          return inMu.eq(base) && inKm2.eq(base);
        },
      ),
    );
  });

  it('throws DIVISION_BY_ZERO for a zero past area', () => {
    expectError(
      () => landConsumptionRate(quantity('0', '公顷'), quantity('5', '公顷'), 1),
      'DIVISION_BY_ZERO',
      'landConsumptionRate: pastArea',
    );
  });

  it('throws NON_POSITIVE_BASE for a negative past area', () => {
    expectError(
      () => landConsumptionRate(-5, 5, 1),
      'NON_POSITIVE_BASE',
      'landConsumptionRate: pastArea must be positive',
    );
  });

  it('throws INVALID_ARGUMENT for a negative present area or negative years', () => {
    expectError(() => landConsumptionRate(5, -5, 1), 'INVALID_ARGUMENT', 'presentArea');
    expectError(
      () => landConsumptionRate(50, 70, -15),
      'INVALID_ARGUMENT',
      'landConsumptionRate: years must be positive, got -15',
    );
  });

  it('throws DIVISION_BY_ZERO for zero years (the formula divides by years)', () => {
    expectError(
      () => landConsumptionRate(50, 70, 0),
      'DIVISION_BY_ZERO',
      'landConsumptionRate: years is zero, and the formula divides by it',
    );
  });

  it('is correctly rounded in the last of its 34 digits', () => {
    // Python: Context(prec=80).divide(p - f, f * y), then rounded half up to 34 significant digits
    // (Context(prec=34, rounding=ROUND_HALF_UP)); rounding p − f and f·y to 34 digits first gives
    // …5487008 instead.
    expect(
      landConsumptionRate(
        '2015848.995123637359380320788',
        '4050671799.295546550344896403',
        '3.378527896835959964915765312',
      ).toString(),
    ).toBe('594.4637362695000374203760585487007');
  });

  it('throws UNIT_MISMATCH for a quantity that is not an area', () => {
    expectError(
      () => landConsumptionRate(quantity('50', 'km2'), quantity('70', '万人'), 15),
      'UNIT_MISMATCH',
      'landConsumptionRate: presentArea',
    );
    expectError(
      () => landConsumptionRate(quantity('50', '千米'), quantity('70', 'km2'), 15),
      'UNIT_MISMATCH',
      'landConsumptionRate: pastArea',
    );
  });

  it('throws INVALID_NUMBER for input that is not a number', () => {
    expectError(() => landConsumptionRate('x', 70, 15), 'INVALID_NUMBER', 'pastArea');
    expectError(() => landConsumptionRate(50, 70, 'y'), 'INVALID_NUMBER', 'years');
  });
});
