import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { isQuantity, type Quantity, quantity } from '../../units/quantity.js';
import { findUnit, type Unit } from '../../units/table.js';
import {
  amountFromBaseUnits,
  firstUnit,
  fromBaseUnits,
  namedItems,
  ratioToPositiveBase,
  readAllInBaseUnits,
  readAllInBaseUnitsOf,
  readAmount,
  readGrowthRatio,
  readInBaseUnits,
  readParts,
  readUnitOption,
  requireDimension,
  toAmount,
} from './operands.js';

function unit(name: string): Unit {
  const found = findUnit(name);
  if (found === undefined) throw new Error(`test setup: no unit ${name}`);
  return found;
}

function expectCode(run: () => unknown, code: string, message?: string | RegExp): void {
  expect(run).toThrow(expect.objectContaining({ name: 'TownIndicatorsError', code }));
  if (message !== undefined) expect(run).toThrow(message);
}

const strings = (values: readonly Decimal[]): string[] => values.map((v) => v.toString());

describe('firstUnit', () => {
  it('is the unit of the first quantity among one or two operands', () => {
    expect(firstUnit(quantity('1', '亿元'), quantity('1', '万元'))).toBe(unit('亿元'));
    expect(firstUnit('1', quantity('1', '万元'))).toBe(unit('万元'));
    expect(firstUnit(quantity('3', '公顷'))).toBe(unit('公顷'));
  });

  it('is undefined when no operand is a quantity', () => {
    expect(firstUnit('1', new Decimal(3))).toBeUndefined();
    expect(firstUnit(undefined)).toBeUndefined();
  });
});

describe('readInBaseUnits', () => {
  const AREA = { fn: 'quotaValue', arg: 'area' } as const;

  it('reads a quantity in the base unit of its dimension (DOMAIN.md: 116.7公顷 = 1750.5亩)', () => {
    expect(readInBaseUnits(AREA, quantity('116.7', '公顷'), unit('亩')).toString()).toBe('1750.5');
    expect(readInBaseUnits(AREA, quantity('116.7', '公顷'), undefined).toString()).toBe('1750.5');
  });

  it('takes a plain number to be in the unit, or as given without one (seed-claims A09: 2250万元)', () => {
    expect(readInBaseUnits(AREA, '2250', unit('万元')).toString()).toBe('22500000');
    expect(readInBaseUnits(AREA, '9.5%', undefined).toString()).toBe('0.095');
  });

  it('throws UNIT_MISMATCH across dimensions and currencies, naming the argument', () => {
    expectCode(
      () => readInBaseUnits(AREA, quantity('1', '万元'), unit('亩')),
      'UNIT_MISMATCH',
      'quotaValue: area is in 万元, which cannot be combined with 亩',
    );
    expectCode(
      () =>
        readInBaseUnits({ fn: 'growthRate', arg: 'current' }, quantity('1', '美元'), unit('元')),
      'UNIT_MISMATCH',
      'growthRate: current is in 美元, which cannot be combined with 元',
    );
  });

  it('throws INVALID_NUMBER naming the function and the argument', () => {
    expectCode(
      () => readInBaseUnits(AREA, 'x', unit('亩')),
      'INVALID_NUMBER',
      'quotaValue: area must be a finite number, got "x"',
    );
  });
});

describe('readAllInBaseUnits', () => {
  it('reads plain numbers as decimals and reports no unit', () => {
    const { values, unit: common } = readAllInBaseUnits('share', [
      ['part', '40.3'],
      ['whole', 60.3],
      ['rate', '9.5%'],
    ]);
    expect(strings(values)).toEqual(['40.3', '60.3', '0.095']);
    expect(values.every((v) => v instanceof Decimal)).toBe(true);
    expect(common).toBeUndefined();
  });

  it('reads quantities in the base unit, the common unit being the first (seed-claims A09: 4.6亿元 and 2250万元)', () => {
    const { values, unit: common } = readAllInBaseUnits('sum', [
      ['house', quantity('4.6', '亿元')],
      ['contract', quantity('2250', '万元')],
      ['forest', quantity('32.6', 'yi-yuan')],
    ]);
    expect(common).toBe(unit('亿元'));
    expect(strings(values)).toEqual(['460000000', '22500000', '3260000000']);
  });

  it('uses the first quantity even after plain numbers, which are taken to be in its unit', () => {
    const { values, unit: common } = readAllInBaseUnits('fundingGap', [
      ['required', '100'],
      ['secured', quantity('1.5', '平方公里')],
      ['other', quantity('15', '公顷')],
    ]);
    expect(common).toBe(unit('平方公里'));
    // 100 平方公里, 1.5 平方公里 and 15 公顷 in 亩 (1 平方公里 = 1500亩, 1 公顷 = 15亩).
    expect(strings(values)).toEqual(['150000', '2250', '225']);
  });

  it('throws UNIT_MISMATCH across dimensions and across currencies, naming the argument', () => {
    expectCode(
      () =>
        readAllInBaseUnits('growthRate', [
          ['previous', quantity('1', '元')],
          ['current', quantity('1', '美元')],
        ]),
      'UNIT_MISMATCH',
      'growthRate: current is in 美元, which cannot be combined with 元',
    );
    expectCode(
      () =>
        readAllInBaseUnits('share', [
          ['part', quantity('2.6', '万人')],
          ['whole', quantity('5', '平方公里')],
        ]),
      'UNIT_MISMATCH',
      'share: whole is in 平方公里',
    );
    expectCode(
      () =>
        readAllInBaseUnits('share', [
          ['part', quantity('209.73', '万人次')],
          ['whole', quantity('52.7', '万人')],
        ]),
      'UNIT_MISMATCH',
    );
  });

  it('throws INVALID_NUMBER naming the function and the argument', () => {
    expectCode(
      () =>
        readAllInBaseUnits('growthRate', [
          ['previous', '1'],
          ['current', 'abc'],
        ]),
      'INVALID_NUMBER',
      'growthRate: current must be a finite number, got "abc"',
    );
    expectCode(
      () => readAllInBaseUnits('share', [['part', Number.NaN]]),
      'INVALID_NUMBER',
      'share: part',
    );
  });

  it('reads an empty list', () => {
    expect(readAllInBaseUnits('sum', [])).toEqual({ values: [], unit: undefined });
  });
});

describe('readAllInBaseUnitsOf', () => {
  it('reads amounts of the dimension like readAllInBaseUnits (DOMAIN.md: 116.7公顷)', () => {
    const { values, unit: common } = readAllInBaseUnitsOf('landQuotaGap', 'area', '亩', [
      ['available', quantity('116.7', '公顷')],
      ['demand', '1200'],
    ]);
    expect(common).toBe(unit('公顷'));
    expect(strings(values)).toEqual(['1750.5', '18000']);
  });

  it('throws UNIT_MISMATCH offering the expected unit for another dimension', () => {
    expectCode(
      () =>
        readAllInBaseUnitsOf('urbanizationRate', 'population', '人', [
          ['urbanPopulation', '1'],
          ['totalPopulation', quantity('5', '平方公里')],
        ]),
      'UNIT_MISMATCH',
      'urbanizationRate: totalPopulation is in 平方公里, which cannot be combined with 人',
    );
  });
});

describe('fromBaseUnits and amountFromBaseUnits', () => {
  it('express a base-unit value in the unit (seed-claims A04: 21.28万亩)', () => {
    expect(fromBaseUnits(new Decimal('212800'), unit('万亩')).toString()).toBe('21.28');
    const amount = amountFromBaseUnits<Quantity>(new Decimal('212800'), unit('万亩'));
    expect(isQuantity(amount)).toBe(true);
    expect(String(amount)).toBe('21.28万亩');
  });

  it('keep the value as it is in a base unit or without a unit', () => {
    const value = new Decimal('1750.5');
    expect(fromBaseUnits(value, unit('亩'))).toBe(value);
    expect(fromBaseUnits(value, undefined)).toBe(value);
    expect(amountFromBaseUnits<string>(value, undefined)).toBe(value);
    expect(String(amountFromBaseUnits<Quantity>(value, unit('亩')))).toBe('1750.5亩');
  });

  it('round once to 34 significant digits for a factor that does not divide', () => {
    // 1 亩 = 1/0.0015 平方米 = 666.666… 平方米.
    expect(fromBaseUnits(new Decimal(1), unit('平方米')).toString()).toBe(
      '666.6666666666666666666666666666667',
    );
  });
});

describe('readAmount and toAmount', () => {
  const X = { fn: 'impliedPrevious', arg: 'current' } as const;

  it('read a quantity in its own unit and a number as given', () => {
    expect(readAmount(X, quantity('60.3', '亿元')).toString()).toBe('60.3');
    expect(readAmount(X, '9.5%').toString()).toBe('0.095');
  });

  it('throws INVALID_NUMBER naming the function and the argument', () => {
    expectCode(
      () => readAmount({ fn: 'completionRate', arg: 'planned' }, ''),
      'INVALID_NUMBER',
      'completionRate: planned must be a finite number, got ""',
    );
  });

  it('wraps a value in the unit, or returns the decimal when there is no unit', () => {
    const value = new Decimal('21.28');
    const amount = toAmount<Quantity>(value, unit('万亩'));
    expect(isQuantity(amount)).toBe(true);
    expect(String(amount)).toBe('21.28万亩'); // seed-claims A04
    expect(toAmount<string>(value, undefined)).toBe(value);
  });
});

describe('requireDimension', () => {
  const AREA = { fn: 'builtUpAreaPerCapita', arg: 'area' } as const;

  it('passes numbers and quantities of the dimension', () => {
    expect(() => requireDimension(AREA, '1', 'area', '平方米')).not.toThrow();
    expect(() => requireDimension(AREA, quantity('1', '公顷'), 'area', '平方米')).not.toThrow();
  });

  it('throws UNIT_MISMATCH for a quantity of another dimension, offering the expected unit', () => {
    expectCode(
      () => requireDimension(AREA, quantity('52.7', '万人'), 'area', '平方米'),
      'UNIT_MISMATCH',
      'builtUpAreaPerCapita: area is in 万人, which cannot be combined with 平方米',
    );
  });
});

describe('readUnitOption', () => {
  const OPTION = { fn: 'quotaValue', arg: 'options.areaUnit' } as const;

  it('resolves a unit name or alias of the dimension, or the fallback when none is given', () => {
    expect(readUnitOption(OPTION, 'ha', 'area', '亩')).toBe(unit('公顷'));
    expect(readUnitOption(OPTION, undefined, 'area', '亩')).toBe(unit('亩'));
  });

  it('throws UNKNOWN_UNIT for a name not in the table and UNIT_MISMATCH for another dimension', () => {
    expectCode(
      () => readUnitOption(OPTION, '担', 'area', '亩'),
      'UNKNOWN_UNIT',
      'quotaValue: options.areaUnit names an unknown unit "担"',
    );
    expectCode(
      () => readUnitOption(OPTION, '万元', 'area', '亩'),
      'UNIT_MISMATCH',
      'quotaValue: options.areaUnit is in 万元, which cannot be combined with 亩',
    );
  });
});

describe('namedItems', () => {
  it('names one amount by the argument and list items by their index', () => {
    expect(namedItems('secured', '1')).toEqual([['secured', '1']]);
    expect(namedItems('secured', ['1', 2])).toEqual([
      ['secured[0]', '1'],
      ['secured[1]', 2],
    ]);
    expect(namedItems('secured', [])).toEqual([]);
  });
});

describe('readParts', () => {
  it('reads the keys in order and the values in the base unit (seed-claims A09)', () => {
    const { keys, values } = readParts('shares', {
      house: quantity('4.6', '亿元'),
      contract: quantity('2250', '万元'),
    });
    expect(keys).toEqual(['house', 'contract']);
    expect(strings(values)).toEqual(['460000000', '22500000']);
  });

  it('throws INVALID_ARGUMENT for anything but a non-empty record of amounts', () => {
    for (const parts of [null, 'x', ['1'], quantity('1', '亿元'), new Decimal(1)]) {
      expectCode(
        () => readParts('shares', parts as unknown as Record<string, string>),
        'INVALID_ARGUMENT',
        'shares: parts must be a record of named amounts',
      );
    }
    expectCode(
      () => readParts('shares', {}),
      'INVALID_ARGUMENT',
      'shares: parts must have at least one part',
    );
  });

  it('names the part in UNIT_MISMATCH and INVALID_NUMBER', () => {
    expectCode(
      () => readParts('shares', { a: quantity('1', '亿元'), b: quantity('1', '万人') }),
      'UNIT_MISMATCH',
      'shares: parts.b is in 万人',
    );
    expectCode(() => readParts('shares', { a: 'x' }), 'INVALID_NUMBER', 'shares: parts.a');
  });
});

describe('ratioToPositiveBase', () => {
  it('divides the sum of one side by the sum of the base side, in any units (seed-claims A01)', () => {
    // 社会资金投入 40.3亿元 of 实际完成投资 60.3亿元: 40300/603 = 66.8%.
    expect(
      ratioToPositiveBase(
        'completionRate',
        ['planned', quantity('60.3', '亿元')],
        ['actual', quantity('403000', '万元')],
        true,
      ).toString(),
    ).toBe('0.6683250414593698175787728026533997');
    // Lists are added: (3 + 5) / 2.
    expect(
      ratioToPositiveBase(
        'leverageRatio',
        ['mobilized', ['3', 5]],
        ['seed', '2'],
        false,
      ).toString(),
    ).toBe('4');
  });

  it('throws DIVISION_BY_ZERO for a zero base and NON_POSITIVE_BASE for a negative one, shown in the unit', () => {
    expectCode(
      () => ratioToPositiveBase('leverageRatio', ['mobilized', '1'], ['seed', ['1', '-1']], false),
      'DIVISION_BY_ZERO',
      'leverageRatio: seed is zero, and the formula divides by it',
    );
    expectCode(
      () =>
        ratioToPositiveBase(
          'arrivalRate',
          ['committed', quantity('-1', '亿元')],
          ['received', '1'],
          true,
        ),
      'NON_POSITIVE_BASE',
      'arrivalRate: committed must be positive, got "-1亿元"',
    );
  });
});

describe('readGrowthRatio', () => {
  const BASE_ARG = { fn: 'f', arg: 'base' } as const;
  const LATER_ARG = { fn: 'f', arg: 'current' } as const;

  it('divides in base units, in 60 digits (泗门 155.3亿 over 30.45亿)', () => {
    const ratio = readGrowthRatio(
      BASE_ARG,
      quantity('304500', '万元'),
      LATER_ARG,
      quantity('155.3', '亿元'),
      'positive',
    );
    expect(ratio.toSignificantDigits(6).toString()).toBe('5.10016');
    expect(new Decimal(1).div(3).precision()).toBe(34);
    expect(readGrowthRatio(BASE_ARG, '3', LATER_ARG, '1', 'positive').precision()).toBe(60);
  });

  it('applies the zero and negative rules of DESIGN §2', () => {
    expectCode(
      () => readGrowthRatio(BASE_ARG, '0', LATER_ARG, '1', 'positive'),
      'DIVISION_BY_ZERO',
    );
    expectCode(
      () => readGrowthRatio(BASE_ARG, '-1', LATER_ARG, '1', 'positive'),
      'NON_POSITIVE_BASE',
    );
    expectCode(
      () => readGrowthRatio(BASE_ARG, '1', LATER_ARG, '0', 'positive'),
      'NON_POSITIVE_BASE',
    );
    expect(readGrowthRatio(BASE_ARG, '1', LATER_ARG, '0', 'non-negative').isZero()).toBe(true);
    expectCode(
      () => readGrowthRatio(BASE_ARG, '1', LATER_ARG, '-2', 'non-negative'),
      'NON_POSITIVE_BASE',
      'f: current must be positive',
    );
  });
});
