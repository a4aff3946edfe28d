import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCode } from '../../tests/support/expectError.js';
import { type ExpectedFigure, figureCases } from '../../tests/support/realText.js';
import { Decimal } from '../numbers/decimal.js';
import type { Figure } from '../units/figure.js';
import { quantity } from '../units/quantity.js';
import { parseFigure } from './parseFigure.js';

/** Why `figure` is not `expected`, or undefined when it is (the reference's own comparison). */
function mismatch(figure: Figure, expected: ExpectedFigure): string | undefined {
  if (expected.kind === 'error') return `read as ${figure.kind}, expected ${expected.code}`;
  if (figure.kind !== expected.kind) return `kind ${figure.kind}`;
  if (expected.qualifier !== undefined && (figure.qualifier ?? null) !== expected.qualifier) {
    return `qualifier ${figure.qualifier}`;
  }
  if (expected.decimals !== undefined && figure.decimals !== expected.decimals) {
    return `decimals ${figure.decimals}`;
  }
  switch (figure.kind) {
    case 'amount': {
      const q = figure.quantity;
      const readings = [[expected.value, expected.unit], ...(expected.alts ?? [])];
      const same = readings.some(
        ([value, unit]) => q.unit.name === unit && q.value.eq(value as string),
      );
      if (!same) return `amount ${q.value}${q.unit.name}`;
      if (expected.dimension !== undefined && q.dimension !== expected.dimension)
        return 'dimension';
      return undefined;
    }
    case 'ratio':
      return figure.parts.map(String).join() === expected.parts?.join() ? undefined : 'parts';
    case 'range':
      return (
        mismatch(figure.low, expected.low as ExpectedFigure) ??
        mismatch(figure.high, expected.high as ExpectedFigure)
      );
    default:
      return figure.value.eq(expected.value as string) ? undefined : `value ${figure.value}`;
  }
}

function outcome(text: string, expected: ExpectedFigure): string | undefined {
  try {
    return mismatch(parseFigure(text), expected);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return expected.kind === 'error' && code === expected.code ? undefined : `threw ${code}`;
  }
}

describe('parseFigure on 114 real figures (tests/fixtures/real-text/figures.json)', () => {
  it.each(figureCases())('$id $text', (item) => {
    const outcomes = [item.expect, ...(item.also ?? [])].map((e) => outcome(item.text, e));
    expect(
      outcomes.some((o) => o === undefined),
      outcomes.join('; '),
    ).toBe(true);
  });
});

describe('parseFigure: the forms of DESIGN §9', () => {
  const amount = (text: string): [string, string, string | undefined, number | null] => {
    const f = parseFigure(text);
    if (f.kind !== 'amount') throw new Error(`${text} read as ${f.kind}`);
    return [f.quantity.value.toString(), f.quantity.unit.name, f.qualifier, f.decimals];
  };
  it.each([
    ['两千人', ['2000', '人', undefined, 0]],
    ['一千二百万元', ['1200', '万元', undefined, 0]],
    ['一亿两千万元', ['12000', '万元', undefined, 0]],
    ['三点五万人', ['3.5', '万人', undefined, 1]],
    ['3 864平方公里', ['3864', '平方公里', undefined, 0]],
    ['1868立方米', ['1868', '立方米', undefined, 0]],
    ['14.2亿千瓦时', ['14.2', '亿千瓦时', undefined, 1]],
    ['447.59公斤/亩', ['447.59', '公斤/亩', undefined, 2]],
    ['1225张', ['1225', '张', undefined, 0]],
    ['51313百羽', ['51313', '百羽', undefined, 0]],
    ['约合20533美元', ['20533', '美元', 'about', 0]],
    ['6.66亿', ['6.66', '亿', undefined, 2]],
    ['1.5亿港元', ['1.5', '亿港元', undefined, 1]],
    ['8.2万千瓦', ['8.2', '万千瓦', undefined, 1]],
    ['近亿元', ['1', '亿元', 'nearly', 0]],
    ['增加3054元', ['3054', '元', undefined, 0]],
    ['5亿元人民币', ['5', '亿元', undefined, 0]],
    ['约合人民币5亿元', ['5', '亿元', 'about', 0]],
    ['1000万元以下', ['1000', '万元', 'less-than', 0]],
    ['逾百亿元', ['100', '亿元', 'more-than', 0]],
    ['1.3万亿斤以上', ['1300000000000', '斤', 'at-least', 1]],
    ['减少1.2万人', ['-1.2', '万人', undefined, 1]],
  ] as const)('%s', (text, expected) => {
    expect(amount(text)).toEqual(expected);
  });

  it('gives a bare multiplier the number dimension, never money (6.66亿)', () => {
    const f = parseFigure('6.66亿');
    expect(f.kind === 'amount' && [f.quantity.dimension, f.quantity.to('万').toString()]).toEqual([
      'number',
      '66600',
    ]);
  });

  const value = (text: string): [string, string, string | undefined, number | null] => {
    const f = parseFigure(text);
    if (f.kind !== 'rate' && f.kind !== 'point-change' && f.kind !== 'multiple') {
      throw new Error(`${text} read as ${f.kind}`);
    }
    return [f.kind, f.value.toString(), f.qualifier, f.decimals];
  };
  it.each([
    ['5.2%', ['rate', '0.052', undefined, 1]],
    ['5.20%', ['rate', '0.052', undefined, 2]],
    ['下降0.6%', ['rate', '-0.006', undefined, 1]],
    ['百分之五', ['rate', '0.05', undefined, 0]],
    ['百分之三十五', ['rate', '0.35', undefined, 0]],
    ['9.28‰', ['rate', '0.00928', undefined, 2]],
    ['近六成', ['rate', '0.6', 'nearly', 0]],
    ['两成', ['rate', '0.2', undefined, 0]],
    ['70%以上', ['rate', '0.7', 'at-least', 0]],
    ['3.82个百分点', ['point-change', '0.0382', undefined, 2]],
    ['下降0.95个百分点', ['point-change', '-0.0095', undefined, 2]],
    ['下降3.18个千分点', ['point-change', '-0.00318', undefined, 2]],
    ['2.6個百分點', ['point-change', '0.026', undefined, 1]],
    ['5.1倍', ['multiple', '5.1', undefined, 1]],
    ['增长2.7倍', ['multiple', '3.7', undefined, 1]],
    ['翻一番', ['multiple', '2', undefined, 0]],
    ['翻了两番多', ['multiple', '4', 'more-than', 0]],
    ['增长近17倍', ['multiple', '18', 'nearly', 0]],
    ['增长一倍', ['multiple', '2', undefined, 0]],
    ['1.5倍多', ['multiple', '1.5', 'more-than', 1]],
    ['翻番', ['multiple', '2', undefined, 0]],
    ['三成多', ['rate', '0.3', 'more-than', 0]],
    ['百分之百', ['rate', '1', undefined, 0]],
    ['不到1%', ['rate', '0.01', 'less-than', 0]],
    ['5%以下', ['rate', '0.05', 'less-than', 0]],
  ] as const)('%s', (text, expected) => {
    expect(value(text)).toEqual(expected);
  });

  it('reads fractions exactly, at 34 digits (1/26, 三分之一)', () => {
    const third = parseFigure('三分之一');
    expect(third.kind === 'rate' && [third.value.toString(), third.decimals]).toEqual([
      '0.3333333333333333333333333333333333',
      null,
    ]);
    const f = parseFigure('1/26');
    expect(f.kind === 'rate' && f.value.times(26).toDecimalPlaces(30).toString()).toBe('1');
  });

  it('reads ratios and ranges', () => {
    const ratio = parseFigure('25.72:26.84:47.44');
    expect(ratio.kind === 'ratio' && [ratio.parts.map(String), ratio.decimals]).toEqual([
      ['25.72', '26.84', '47.44'],
      2,
    ]);
    const people = parseFigure('1万~3万人');
    expect(
      people.kind === 'range' &&
        people.low.kind === 'amount' &&
        people.high.kind === 'amount' && [
          String(people.low.quantity),
          String(people.high.quantity),
        ],
    ).toEqual(['1万人', '3万人']);
    const money = parseFigure('3-5万元');
    expect(
      money.kind === 'range' && money.low.kind === 'amount' && String(money.low.quantity),
    ).toBe('3万元');
    const bare = parseFigure('10-15%');
    expect(bare.kind === 'range' && bare.low.kind === 'rate' && bare.low.value.toString()).toBe(
      '0.1',
    );
    const rates = parseFigure('10%—15%');
    expect(
      rates.kind === 'range' && rates.high.kind === 'rate' && rates.high.value.toString(),
    ).toBe('0.15');
  });

  it('refuses text with no single reading, with a hint', () => {
    expectCode(() => parseFigure('5 9亿元'), 'PARSE_ERROR', /more than one number/);
    expectCode(() => parseFigure('2.16和1.66个百分点'), 'PARSE_ERROR', /a list of figures/);
    expectCode(() => parseFigure('万元'), 'PARSE_ERROR', /no number/);
    expectCode(() => parseFigure('下降2倍'), 'PARSE_ERROR', /cannot be a multiple/);
    expectCode(() => parseFigure('约以上5%'), 'PARSE_ERROR');
    expectCode(() => parseFigure(''), 'PARSE_ERROR', /empty text/);
    expectCode(() => parseFigure('4049担'), 'UNKNOWN_UNIT', /担/);
    expectCode(() => parseFigure('1'.repeat(300)), 'PARSE_ERROR', /longer than/);
    expectCode(
      () => parseFigure(5 as unknown as string),
      'PARSE_ERROR',
      /parseFigure: cannot read text/,
    );
  });
});

describe('parseFigure: laws', () => {
  const decimalText = fc
    .tuple(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 4 }))
    .map(([units, places]) => new Decimal(units).div(10 ** places).toFixed(places));

  it('reads every quantity text as the quantity parseQuantity gives', () => {
    fc.assert(
      fc.property(
        decimalText,
        fc.constantFrom('亿元', '万人', '公顷', '吨', '个', '立方米', '千瓦时'),
        (n, unit) => {
          const q = quantity(n, unit);
          const f = parseFigure(`${n}${unit}`);
          expect(f.kind === 'amount' && f.quantity.equals(q)).toBe(true);
          expect(f.decimals).toBe(n.includes('.') ? n.length - n.indexOf('.') - 1 : 0);
        },
      ),
    );
  });

  it('reads N% as N/100 with the printed decimals, and a fall as its negative', () => {
    fc.assert(
      fc.property(decimalText, (n) => {
        const rise = parseFigure(`${n}%`);
        const fall = parseFigure(`下降${n}%`);
        expect(rise.kind === 'rate' && rise.value.eq(new Decimal(n).div(100))).toBe(true);
        expect(fall.kind === 'rate' && fall.value.eq(new Decimal(n).div(-100))).toBe(true);
        expect(rise.decimals).toBe(fall.decimals);
      }),
    );
  });

  it('reads traditional text as its simplified form', () => {
    for (const [traditional, simplified] of [
      ['44.1億元', '44.1亿元'],
      ['17.93萬頭', '17.93万头'],
      ['增長1.4倍', '增长1.4倍'],
      ['2.6個百分點', '2.6个百分点'],
    ] as const) {
      const a = parseFigure(traditional);
      const b = parseFigure(simplified);
      expect({ ...a, text: '' }).toEqual({ ...b, text: '' });
    }
  });
});
