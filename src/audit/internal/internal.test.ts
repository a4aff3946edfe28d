import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { toDecimalValue } from '../../numbers/rational.js';
import { quantity } from '../../units/quantity.js';
import { readAmounts, readNumberFigure } from './figures.js';
import { readStated } from './stated.js';

function text(value: { n: bigint; d: bigint }): string {
  return toDecimalValue(value).toString();
}

describe('audit internals: printed precision of inputs', () => {
  it('takes half a unit of the last printed digit', () => {
    const cases: readonly (readonly [string | number | Decimal, string, string])[] = [
      ['40.3', '40.3', '0.05'],
      ['9.5%', '0.095', '0.0005'],
      ['65%', '0.65', '0.005'],
      ['2054', '2054', '0.5'],
      ['1.5e3', '1500', '50'],
      [60.3, '60.3', '0.05'],
      [new Decimal('60.3'), '60.3', '0'],
    ];
    for (const [input, value, half] of cases) {
      const figure = readNumberFigure('f', 'x', input, false);
      expect([text(figure.value), text(figure.half)]).toEqual([value, half]);
    }
    expect(text(readNumberFigure('f', 'x', '40.3', true).half)).toBe('0');
  });

  it('reads quantity text to its last printed digit, in the common unit', () => {
    const money = readAmounts(
      'f',
      [
        ['a', '60.3亿元'],
        ['b', '2250万元'],
        ['c', quantity('22.30', '亿元')],
        ['d', '5'],
      ],
      false,
    );
    expect(money.unit?.name).toBe('亿元');
    expect(money.figures.map((f) => [text(f.value), text(f.half)])).toEqual([
      ['60.3', '0.05'],
      ['0.225', '0.00005'],
      // a Quantity keeps no trailing zeros: 22.30 is read as 22.3
      ['22.3', '0.05'],
      // a plain number next to quantities is in their unit
      ['5', '0.5'],
    ]);
    const read = (input: string) => {
      const [figure] = readAmounts('f', [['x', input]], false).figures;
      return figure === undefined ? [] : [text(figure.value), text(figure.half)];
    };
    // 笔 has no 万 form: 3.5万笔 is 35000 家 printed to the thousand
    expect(read('3.5万笔')).toEqual(['35000', '500']);
    expect(read('１，１３０千米')).toEqual(['1130', '0.5']);
    expect(read('0万人')).toEqual(['0', '0.5']);
    expect(read('-3万笔')).toEqual(['-30000', '5000']);
  });
});

describe('audit internals: stated figures on their own scale', () => {
  it('reads rates, points, multiples and amounts', () => {
    const read = (shape: 'rate' | 'points' | 'multiple' | 'amount', stated: string) => {
      const r = readStated('f', shape, stated);
      return [text(r.value), r.decimals, text(r.scale), r.unit, r.unitEn];
    };
    expect(read('rate', '66.8%')).toEqual(['66.8', 1, '100', '%', '%']);
    expect(read('rate', ' 66.80％ ')).toEqual(['66.8', 2, '100', '%', '%']);
    expect(read('rate', '0.668')).toEqual(['0.668', 3, '1', '', '']);
    expect(read('points', '6.6个百分点')).toEqual([
      '6.6',
      1,
      '100',
      '个百分点',
      ' percentage points',
    ]);
    expect(read('multiple', '5.1倍')).toEqual(['5.1', 1, '1', '倍', ' times']);
    expect(read('multiple', '5.10')).toEqual(['5.1', 2, '1', '倍', ' times']);
    expect(read('amount', '22.32亿元')).toEqual(['22.32', 2, '1', '亿元', '亿元']);
    expect(read('amount', '2024笔')).toEqual(['2024', 0, '1', '笔', '笔']);
    expect(read('amount', '约300万元')).toEqual(['300', 0, '1', '万元', '万元']);
  });
});
