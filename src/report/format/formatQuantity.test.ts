import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { parseQuantity } from '../../units/parse.js';
import { quantity } from '../../units/quantity.js';
import { formatQuantity } from './formatQuantity.js';

describe('formatQuantity', () => {
  // DOMAIN.md: 白塔建设用地指标 116.7公顷 = 1750.5亩 (1 公顷 = 15 亩)
  it('converts 1750.5亩 into 116.7公顷', () => {
    expect(formatQuantity(quantity('1750.5', '亩'), { unit: '公顷', decimals: 1 })).toBe(
      '116.7公顷',
    );
    expect(formatQuantity(quantity('1750.5', '亩'), { unit: 'ha', decimals: 2 })).toBe(
      '116.70公顷',
    );
    expect(formatQuantity('116.7公顷', { unit: '亩' })).toBe('1750.5亩');
  });

  // seeds 000: 小城镇改造实际完成投资60.3亿元; seed-claims A09: 农村土地承包经营权 2250万元
  it('converts money and rounds half up', () => {
    expect(formatQuantity('60.3亿元', { unit: '万元' })).toBe('603000万元');
    expect(formatQuantity('2250万元', { unit: '亿元', decimals: 2 })).toBe('0.23亿元');
    expect(formatQuantity('2250万元', { unit: '亿元', decimals: 1 })).toBe('0.2亿元');
    expect(formatQuantity(quantity('60.3', '亿元'), { decimals: 2 })).toBe('60.30亿元');
    expect(formatQuantity(quantity('-0.04', '亿元'), { decimals: 1 })).toBe('0.0亿元');
  });

  // DOMAIN.md / seeds: 常住人口近5万, 外来务工人员2.6万余人, 约300万元
  it('keeps the qualifier text in its place', () => {
    expect(formatQuantity('近49800人', { unit: '万人', decimals: 1 })).toBe('近5.0万人');
    expect(formatQuantity('2.6万余人', { unit: '人' })).toBe('26000余人');
    expect(formatQuantity('2.6万余人', { decimals: 2 })).toBe('2.60万余人');
    expect(formatQuantity('约300万元', { unit: '亿元', decimals: 2 })).toBe('约0.03亿元');
  });

  it('prints an exact conversion unrounded by default', () => {
    expect(formatQuantity(quantity('1', '亩'), { unit: '平方米' })).toBe(
      `${new Decimal(2000).div(3).toString()}平方米`,
    );
  });

  it('prints what parseQuantity reads back to within half a unit (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        (mu, decimals) => {
          const text = formatQuantity(quantity(mu, '亩'), { unit: '公顷', decimals });
          const back = parseQuantity(text).to('公顷');
          const exact = new Decimal(mu).div(15);
          const half = new Decimal(10).pow(-decimals).div(2);
          expect(exact.gte(back.minus(half)) && exact.lt(back.plus(half))).toBe(true);
        },
      ),
    );
  });

  it('throws the documented codes', () => {
    const q = quantity('1750.5', '亩');
    expect(() => formatQuantity(q, { unit: '担' })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_UNIT' }),
    );
    expect(() => formatQuantity(q, { unit: '万元' })).toThrow(
      'formatQuantity: options.unit is in 亩, which cannot be combined with 万元',
    );
    expect(() => formatQuantity('abc')).toThrow(expect.objectContaining({ code: 'PARSE_ERROR' }));
    expect(() => formatQuantity(5 as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => formatQuantity(q, { decimals: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
