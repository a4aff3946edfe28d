import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { quotaUnitPrice } from './quotaUnitPrice.js';
import { quotaValue } from './quotaValue.js';

function expectError(run: () => unknown, code: string, text: string): void {
  expect(run).toThrow(expect.objectContaining({ code, message: expect.stringContaining(text) }));
}

describe('quotaValue', () => {
  it('reproduces the 泗门镇 土地折抵指标 value (seed-claims B26)', () => {
    // seed-claims B26: 1200亩 at 6万元/亩 → 折合资金7200万元.
    expect(String(quotaValue(quantity('1200', '亩'), '60000'))).toBe('72000000元');
    expect(String(quotaValue(quantity('1200', '亩'), 6, { valueUnit: '万元' }))).toBe('7200万元');
    // B26 derived 90万元/公顷, with the area in 公顷 (1200亩 = 80公顷)
    expect(
      String(quotaValue(quantity('80', '公顷'), 90, { valueUnit: '万元', areaUnit: '公顷' })),
    ).toBe('7200万元');
  });

  it('reproduces the 农保调整指标 value (seed-claims B27)', () => {
    // seed-claims B27: 1800亩 at 1200元/亩 → 216万元.
    const value = quotaValue(1800, 1200);
    expect(String(value)).toBe('2160000元');
    expect(value.to('万元').toString()).toBe('216');
  });

  it('converts the area into 亩 first', () => {
    // seed-claims B26: 1200亩 = 80公顷 = 0.8平方公里 = 800000平方米, all worth 7200万元.
    for (const area of [
      quantity('80', 'ha'),
      quantity('0.8', '平方公里'),
      quantity('800000', '平方米'),
      quantity('0.12', '万亩'),
    ]) {
      expect(quotaValue(area, 60000).to('万元').toString()).toBe('7200');
    }
    // a plain area in options.areaUnit
    expect(String(quotaValue(80, 900000, { areaUnit: '公顷' }))).toBe('72000000元');
  });

  it('is inverted by quotaUnitPrice (property)', () => {
    const units = ['亩', '公顷', '平方公里', '平方米', '万亩'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.constantFrom(...units),
        (hundredths, priceCents, unit) => {
          const area = quantity(new Decimal(hundredths).div(100), unit);
          const price = new Decimal(priceCents).div(100);
          return quotaUnitPrice(quotaValue(area, price), area).eq(price);
        },
      ),
    );
  });

  it('never changes with the area unit of the input (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (hundredthsOfHectare, price) => {
          const ha = new Decimal(hundredthsOfHectare).div(100);
          const base = quotaValue(quantity(ha, '公顷'), price);
          return (
            quotaValue(quantity(ha.times(15), '亩'), price).equals(base) &&
            quotaValue(quantity(ha.div(100), '平方公里'), price).equals(base)
          );
        },
      ),
    );
  });

  it('throws INVALID_ARGUMENT for a negative area or price', () => {
    expectError(() => quotaValue(-1, 5), 'INVALID_ARGUMENT', 'quotaValue: area');
    expectError(() => quotaValue(1, '-5'), 'INVALID_ARGUMENT', 'quotaValue: yuanPerMu');
  });

  it('throws UNIT_MISMATCH for an area that is not an area, or bad option units', () => {
    expectError(
      () => quotaValue(quantity('7200', '万元'), 60000),
      'UNIT_MISMATCH',
      'quotaValue: area',
    );
    expectError(
      () => quotaValue(1, 2, { valueUnit: '公顷' }),
      'UNIT_MISMATCH',
      'options.valueUnit',
    );
    expectError(() => quotaValue(1, 2, { areaUnit: '人' }), 'UNIT_MISMATCH', 'options.areaUnit');
  });

  it('throws UNKNOWN_UNIT for an option unit not in the table', () => {
    expectError(
      () => quotaValue(1, 2, { areaUnit: 'acre' }),
      'UNKNOWN_UNIT',
      'quotaValue: options.areaUnit',
    );
  });

  it('throws INVALID_NUMBER for input that is not a number', () => {
    expectError(() => quotaValue(1200, '6万元'), 'INVALID_NUMBER', 'yuanPerMu');
    expectError(() => quotaValue('1200亩', 6), 'INVALID_NUMBER', 'area');
  });
});
