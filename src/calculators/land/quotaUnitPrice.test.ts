import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { quotaUnitPrice } from './quotaUnitPrice.js';

function expectError(run: () => unknown, code: string, text: string): void {
  expect(run).toThrow(expect.objectContaining({ code, message: expect.stringContaining(text) }));
}

describe('quotaUnitPrice', () => {
  it('reproduces the 泗门镇 土地折抵指标 price (seed-claims B26)', () => {
    // seed-claims B26: 土地折抵指标增加了1200亩，可折合资金7200万元 → 6万元/亩 = 60000元/亩.
    const price = quotaUnitPrice(quantity('7200', '万元'), quantity('1200', '亩'));
    expect(price.toString()).toBe('60000');
    // B26 in 万元 per 亩 (computed 6.000000) and per 公顷 (derived 90.000000万元/公顷)
    const options = { valueUnit: '万元' } as const;
    expect(
      quotaUnitPrice(quantity('7200', '万元'), quantity('1200', '亩'), options).toString(),
    ).toBe('6');
    expect(
      quotaUnitPrice(quantity('7200', '万元'), quantity('1200', '亩'), {
        valueUnit: '万元',
        areaUnit: '公顷',
      }).toString(),
    ).toBe('90');
  });

  it('reproduces the 农保调整指标 price (seed-claims B27)', () => {
    // seed-claims B27: 农保调整指标增加了1800亩，可折合资金216万元 → 1200元/亩, 0.02 of B26's.
    const price = quotaUnitPrice(quantity('216', '万元'), quantity('1800', '亩'));
    expect(price.toString()).toBe('1200');
    const b26 = quotaUnitPrice(quantity('7200', '万元'), quantity('1200', '亩'));
    expect(price.div(b26).toString()).toBe('0.02');
  });

  it('reproduces the 老镇 redevelopment price in USD (seed-claims B07)', () => {
    // seed-claims B07: 涉及区域面积1674亩，计划投资约1亿美元 → 5.973716万美元/亩 (5000/837).
    const price = quotaUnitPrice(
      quantity('1', '亿美元', { qualifier: 'about' }),
      quantity('1674', '亩'),
      { valueUnit: '万美元' },
    );
    expect(roundHalfUp(price, 6).toString()).toBe('5.973716');
    // B07 range over input rounding: [2.985966, 8.963251] (0.5 … 1.5亿美元 over 1674.5 … 1673.5亩)
    expect(
      roundHalfUp(
        quotaUnitPrice('0.5', '1674.5', { valueUnit: '亿美元' }).times(1e4),
        6,
      ).toString(),
    ).toBe('2.985966');
    expect(
      roundHalfUp(
        quotaUnitPrice('1.5', '1673.5', { valueUnit: '亿美元' }).times(1e4),
        6,
      ).toString(),
    ).toBe('8.963251');
  });

  it('refuses the seed unit_price claims that are not prices of land', () => {
    // seed-claims A21 / A22: investment per 千米 of road and gas pipe — 千米 is a length.
    expectError(
      () => quotaUnitPrice(quantity('5.2', '亿元'), quantity('1130', '千米')),
      'UNIT_MISMATCH',
      'quotaUnitPrice: area',
    );
    expectError(
      () => quotaUnitPrice(quantity('1000', '万元'), quantity('94', '千米')),
      'UNIT_MISMATCH',
      'quotaUnitPrice: area',
    );
    // seed-claims A23 / A24: per 口 (biogas digester) and per 个 (market) — counts.
    expectError(
      () => quotaUnitPrice(quantity('227', '万元'), quantity('649', '口')),
      'UNIT_MISMATCH',
      'quotaUnitPrice: area',
    );
    expectError(
      () => quotaUnitPrice(quantity('420', '万元'), quantity('26', '个')),
      'UNIT_MISMATCH',
      'quotaUnitPrice: area',
    );
    // seed-claims A14 / B29: revenue per 人次 (visit).
    expectError(
      () => quotaUnitPrice(quantity('18875.7', '万元'), quantity('209.73', '万人次')),
      'UNIT_MISMATCH',
      'quotaUnitPrice: area',
    );
    expectError(
      () => quotaUnitPrice(quantity('4500', '万元'), quantity('35', '万人次')),
      'UNIT_MISMATCH',
      'quotaUnitPrice: area',
    );
  });

  it('takes plain numbers in 元 and 亩, and converts areas exactly', () => {
    // seed-claims B26 again: 72000000元 over 1200亩 = 80公顷 = 0.8平方公里 = 800000平方米.
    expect(quotaUnitPrice('72000000', '1200').toString()).toBe('60000');
    expect(quotaUnitPrice(72_000_000, quantity('80', '公顷')).toString()).toBe('60000');
    expect(quotaUnitPrice(quantity('0.72', '亿元'), quantity('0.8', 'km2')).toString()).toBe(
      '60000',
    );
    expect(quotaUnitPrice(quantity('7200', '万元'), quantity('800000', 'm2')).toString()).toBe(
      '60000',
    );
    expect(quotaUnitPrice(7200, 80, { valueUnit: '万元', areaUnit: '公顷' }).toString()).toBe('90');
  });

  it('throws DIVISION_BY_ZERO for a zero area', () => {
    expectError(
      () => quotaUnitPrice(quantity('7200', '万元'), quantity('0', '亩')),
      'DIVISION_BY_ZERO',
      'quotaUnitPrice: area',
    );
  });

  it('throws INVALID_ARGUMENT for negative inputs', () => {
    expectError(() => quotaUnitPrice(-1, 5), 'INVALID_ARGUMENT', 'quotaUnitPrice: value');
    expectError(() => quotaUnitPrice(1, -5), 'INVALID_ARGUMENT', 'quotaUnitPrice: area');
  });

  it('throws UNIT_MISMATCH across currencies, for swapped arguments and bad option units', () => {
    // seed-claims B07 in its own currency: 1亿美元 cannot be priced in 元.
    expectError(
      () => quotaUnitPrice(quantity('1', '亿美元'), quantity('1674', '亩')),
      'UNIT_MISMATCH',
      'quotaUnitPrice: value',
    );
    expectError(
      () => quotaUnitPrice(quantity('1200', '亩'), quantity('7200', '万元')),
      'UNIT_MISMATCH',
      'quotaUnitPrice: value',
    );
    expectError(
      () => quotaUnitPrice(1, 2, { valueUnit: '亩' }),
      'UNIT_MISMATCH',
      'options.valueUnit',
    );
    expectError(
      () => quotaUnitPrice(1, 2, { areaUnit: '万元' }),
      'UNIT_MISMATCH',
      'options.areaUnit',
    );
  });

  it('throws UNKNOWN_UNIT for an option unit not in the table', () => {
    expectError(
      () => quotaUnitPrice(1, 2, { valueUnit: 'euro' }),
      'UNKNOWN_UNIT',
      'quotaUnitPrice: options.valueUnit',
    );
  });

  it('throws INVALID_NUMBER for input that is not a number', () => {
    expectError(() => quotaUnitPrice('7200万元', 1200), 'INVALID_NUMBER', 'value');
  });
});
