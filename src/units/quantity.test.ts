import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../numbers/decimal.js';
import { convert, isQuantity, type Qualifier, quantity } from './quantity.js';
import { findUnit } from './table.js';

function expectCode(run: () => unknown, code: string, message?: string): void {
  expect(run).toThrow(expect.objectContaining({ name: 'TownIndicatorsError', code }));
  if (message !== undefined) expect(run).toThrow(message);
}

describe('quantity', () => {
  it('holds the value, the unit, the dimension and the qualifier (seed-claims A01: 60.3亿元)', () => {
    const q = quantity('60.3', '亿元');
    expect(q.value.toString()).toBe('60.3');
    expect(q.value).toBeInstanceOf(Decimal);
    expect(q.unit).toBe(findUnit('亿元'));
    expect(q.dimension).toBe('money');
    expect(q.qualifier).toBeUndefined();
    expect('qualifier' in q).toBe(false);
    expect(quantity('5', '万人', { qualifier: 'nearly' }).qualifier).toBe('nearly');
  });

  it('reads the unit by alias and the value from a number, a string or a decimal', () => {
    expect(quantity(60.3, 'yi-yuan').unit.name).toBe('亿元');
    expect(quantity(0.1 + 0.2, '元').value.toString()).toBe('0.30000000000000004');
    expect(quantity(new Decimal('1.5'), 'km2').value.toString()).toBe('1.5');
    expect(quantity('-0', '元').value.isZero()).toBe(true);
  });

  it('throws INVALID_NUMBER and UNKNOWN_UNIT naming quantity and the argument', () => {
    expectCode(
      () => quantity('abc', '元'),
      'INVALID_NUMBER',
      'quantity: value must be a finite number, got "abc"',
    );
    expectCode(() => quantity(Number.NaN, '元'), 'INVALID_NUMBER');
    expectCode(
      () => quantity('5', '担'),
      'UNKNOWN_UNIT',
      'quantity: unit names an unknown unit "担"',
    );
    expectCode(() => quantity('5', undefined as unknown as string), 'UNKNOWN_UNIT');
  });
});

describe('Quantity is immutable', () => {
  const q = quantity('60.3', '亿元', { qualifier: 'about' });

  it('is frozen', () => {
    expect(Object.isFrozen(q)).toBe(true);
  });

  it('throws on assignment, addition and deletion (strict mode)', () => {
    const writable = q as unknown as Record<string, unknown>;
    expect(() => {
      writable.value = new Decimal(1);
    }).toThrow(TypeError);
    expect(() => {
      writable.unit = findUnit('元');
    }).toThrow(TypeError);
    expect(() => {
      writable.qualifier = 'nearly';
    }).toThrow(TypeError);
    expect(() => {
      writable.extra = 1;
    }).toThrow(TypeError);
    expect(() => {
      delete writable.value;
    }).toThrow(TypeError);
    expect(String(q)).toBe('约60.3亿元');
  });

  it('has a frozen unit', () => {
    expect(Object.isFrozen(q.unit)).toBe(true);
    expect(() => {
      (q.unit as unknown as Record<string, unknown>).factor = new Decimal(1);
    }).toThrow(TypeError);
  });

  it('leaves the original alone when converted', () => {
    const inWan = q.in('万元');
    expect(String(inWan)).toBe('约603000万元');
    expect(String(q)).toBe('约60.3亿元');
    expect(Object.isFrozen(inWan)).toBe(true);
  });
});

describe('Quantity text', () => {
  const rows: readonly (readonly [string, string, Qualifier | undefined, string])[] = [
    ['60.3', '亿元', undefined, '60.3亿元'],
    ['2.6', '万人', 'more-than', '2.6万余人'], // DOMAIN.md: 外来务工人员2.6万余人
    ['5', '万人', 'nearly', '近5万人'], // DOMAIN.md: 常住人口近5万
    ['300', '万元', 'about', '约300万元'],
    ['1500', '个', 'more-than', '1500余个'], // seed-claims A03: 1500余个
    ['1000', '万元', 'at-least', '1000万元以上'],
    ['10', '个', 'less-than', '不足10个'],
    ['1', '亿美元', 'more-than', '1亿余美元'],
    ['5', '千米', 'more-than', '5余千米'],
    ['1130', 'km', undefined, '1130千米'],
    ['0.000000001', '元', undefined, '0.000000001元'],
    ['123456789012345678901234', '元', undefined, '123456789012345678901234元'],
  ];

  it.each(rows)('%s %s %s prints %s', (value, unit, qualifier, text) => {
    const q =
      qualifier === undefined ? quantity(value, unit) : quantity(value, unit, { qualifier });
    expect(String(q)).toBe(text);
    expect(q.toString()).toBe(text);
    expect(`${q}`).toBe(text);
    expect(q.toJSON()).toBe(text);
  });

  it('is written by JSON.stringify as its text', () => {
    const q = quantity('60.3', '亿元');
    expect(JSON.stringify(q)).toBe('"60.3亿元"');
    expect(
      JSON.stringify({ investment: q, people: quantity('5', '万人', { qualifier: 'nearly' }) }),
    ).toBe('{"investment":"60.3亿元","people":"近5万人"}');
  });

  it('is shown by util.inspect and console.log as its text', () => {
    const q = quantity('60.3', '亿元');
    expect(inspect(q)).toBe('60.3亿元');
    expect(inspect({ total: q })).toBe('{ total: 60.3亿元 }');
  });

  it('has a notebook display with escaped HTML', () => {
    const display = (
      quantity('1', '元') as unknown as Record<symbol, () => Record<string, string>>
    )[Symbol.for('Jupyter.display')];
    expect(display?.call(quantity('1000', '万元', { qualifier: 'at-least' }))).toEqual({
      'text/plain': '1000万元以上',
      'text/html': '<span>1000万元以上</span>',
    });
  });
});

describe('Quantity.to and Quantity.in', () => {
  it('converts exactly (DOMAIN.md: 白塔 116.7公顷; seed-claims B19, A15, A12)', () => {
    expect(quantity('116.7', '公顷').to('亩').toString()).toBe('1750.5');
    expect(quantity('1.5', '平方公里').to('亩').toString()).toBe('2250'); // B19
    expect(quantity('88', '平方公里').to('亩').toString()).toBe('132000'); // A15
    expect(quantity('209.73', '万人次').to('人次').toString()).toBe('2097300'); // A12
    expect(quantity('60.3', '亿元').to('wan-yuan').toString()).toBe('603000');
  });

  it('returns the same value for the same unit', () => {
    const q = quantity('60.3', '亿元');
    expect(q.to('亿元')).toBe(q.value);
  });

  it('in() keeps the qualifier and changes the unit', () => {
    const q = quantity('2.6', '万人', { qualifier: 'more-than' }).in('人');
    expect(q.unit.name).toBe('人');
    expect(q.value.toString()).toBe('26000');
    expect(q.qualifier).toBe('more-than');
    expect(String(q)).toBe('26000余人');
  });

  it('throws UNIT_MISMATCH between CNY and USD (seed-claims B06: 1665万美元)', () => {
    const usd = quantity('1665', '万美元');
    expectCode(
      () => usd.to('万元'),
      'UNIT_MISMATCH',
      'Quantity.to: this is in 万美元, which cannot be combined with 万元',
    );
    expectCode(() => usd.in('亿元'), 'UNIT_MISMATCH', 'Quantity.in:');
    expectCode(() => quantity('1', '元').to('美元'), 'UNIT_MISMATCH');
  });

  it('throws UNIT_MISMATCH across dimensions and UNKNOWN_UNIT for unknown units', () => {
    expectCode(() => quantity('1', '公顷').to('米'), 'UNIT_MISMATCH');
    expectCode(() => quantity('1', '人').to('人次'), 'UNIT_MISMATCH');
    expectCode(
      () => quantity('1', '公顷').to('担'),
      'UNKNOWN_UNIT',
      'Quantity.to: unit names an unknown unit "担"',
    );
    expectCode(() => quantity('1', '公顷').in('担'), 'UNKNOWN_UNIT', 'Quantity.in:');
  });
});

describe('Quantity.equals', () => {
  const q = quantity('60.3', '亿元');

  it('compares value, unit and qualifier', () => {
    expect(q.equals(quantity('60.30', '亿元'))).toBe(true);
    expect(q.equals(quantity(60.3, 'yi-yuan'))).toBe(true);
    expect(q.equals(quantity('60.31', '亿元'))).toBe(false);
    expect(q.equals(quantity('60.3', '亿元', { qualifier: 'about' }))).toBe(false);
    expect(quantity('0', '元').equals(quantity('-0', '元'))).toBe(true);
  });

  it('does not equate the same amount in another unit (use .to() to compare amounts)', () => {
    const inYuan = quantity('6030000000', '元');
    expect(q.equals(inYuan)).toBe(false);
    expect(q.to('元').eq(inYuan.value)).toBe(true);
    expect(q.in('元').equals(inYuan)).toBe(true);
  });

  it('is false for non-quantities', () => {
    expect(q.equals({ value: q.value, unit: q.unit } as never)).toBe(false);
    expect(q.equals(null as never)).toBe(false);
  });
});

describe('isQuantity', () => {
  it('recognises quantities, also of another copy of the library', () => {
    expect(isQuantity(quantity('1', '元'))).toBe(true);
    expect(isQuantity({ [Symbol.for('town-indicators.quantity')]: true })).toBe(true);
  });

  it('rejects everything else', () => {
    for (const value of [null, undefined, 1, '60.3亿元', new Decimal(1), {}, []]) {
      expect(isQuantity(value)).toBe(false);
    }
    expect(isQuantity({ value: new Decimal(1), unit: findUnit('元'), dimension: 'money' })).toBe(
      false,
    );
  });
});

describe('convert', () => {
  it('converts between units of one dimension (DOMAIN.md: 1 公顷 = 15 亩)', () => {
    expect(convert('1', '公顷', '亩').toString()).toBe('15');
    expect(convert('1.5', 'km2', 'mu').toString()).toBe('2250');
    expect(convert(new Decimal('40.3'), '亿元', '元').toString()).toBe('4030000000'); // A01
  });

  it('throws UNKNOWN_UNIT naming the argument, UNIT_MISMATCH and INVALID_NUMBER', () => {
    expectCode(
      () => convert('1', '担', '亩'),
      'UNKNOWN_UNIT',
      'convert: from names an unknown unit "担"',
    );
    expectCode(() => convert('1', '亩', '担'), 'UNKNOWN_UNIT', 'convert: to names an unknown unit');
    expectCode(
      () => convert('1', '元', '美元'),
      'UNIT_MISMATCH',
      'convert: value is in 元, which cannot be combined with 美元',
    );
    expectCode(
      () => convert('x', '元', '万元'),
      'INVALID_NUMBER',
      'convert: value must be a finite number, got "x"',
    );
    expectCode(() => convert(Number.POSITIVE_INFINITY, '元', '万元'), 'INVALID_NUMBER');
  });
});
