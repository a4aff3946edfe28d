import { describe, expect, it } from 'vitest';
import { Decimal } from '../numbers/decimal.js';
import { readAmount, readAmountIn, readOperands, toAmount } from './operands.js';
import { isQuantity, quantity } from './quantity.js';
import { findUnit, type Unit } from './table.js';

function unit(name: string): Unit {
  const found = findUnit(name);
  if (found === undefined) throw new Error(`test setup: no unit ${name}`);
  return found;
}

function expectCode(run: () => unknown, code: string, message?: string): void {
  expect(run).toThrow(expect.objectContaining({ name: 'TownIndicatorsError', code }));
  if (message !== undefined) expect(run).toThrow(message);
}

const strings = (values: readonly Decimal[]): string[] => values.map((v) => v.toString());

describe('readOperands', () => {
  it('reads plain numbers as decimals and reports no unit', () => {
    const { values, unit: common } = readOperands('share', [
      ['part', '40.3'],
      ['whole', 60.3],
      ['rate', '9.5%'],
    ]);
    expect(strings(values)).toEqual(['40.3', '60.3', '0.095']);
    expect(values.every((v) => v instanceof Decimal)).toBe(true);
    expect(common).toBeUndefined();
  });

  it('converts quantities into the unit of the first quantity (seed-claims A09: 4.6亿元 and 2250万元)', () => {
    const { values, unit: common } = readOperands('sum', [
      ['house', quantity('4.6', '亿元')],
      ['contract', quantity('2250', '万元')],
      ['forest', quantity('32.6', 'yi-yuan')],
    ]);
    expect(common).toBe(unit('亿元'));
    expect(strings(values)).toEqual(['4.6', '0.225', '32.6']);
  });

  it('uses the first quantity even after plain numbers, which are taken to be in its unit', () => {
    const { values, unit: common } = readOperands('fundingGap', [
      ['required', '100'],
      ['secured', quantity('1.5', '平方公里')],
      ['other', quantity('15', '公顷')],
    ]);
    expect(common).toBe(unit('平方公里'));
    expect(strings(values)).toEqual(['100', '1.5', '0.15']);
  });

  it('throws UNIT_MISMATCH across dimensions and across currencies, naming the argument', () => {
    expectCode(
      () =>
        readOperands('growthRate', [
          ['previous', quantity('1', '元')],
          ['current', quantity('1', '美元')],
        ]),
      'UNIT_MISMATCH',
      'growthRate: current is in 美元, which cannot be combined with 元',
    );
    expectCode(
      () =>
        readOperands('share', [
          ['part', quantity('2.6', '万人')],
          ['whole', quantity('5', '平方公里')],
        ]),
      'UNIT_MISMATCH',
      'share: whole is in 平方公里',
    );
    expectCode(
      () =>
        readOperands('share', [
          ['part', quantity('209.73', '万人次')],
          ['whole', quantity('52.7', '万人')],
        ]),
      'UNIT_MISMATCH',
    );
  });

  it('throws INVALID_NUMBER naming the function and the argument', () => {
    expectCode(
      () =>
        readOperands('growthRate', [
          ['previous', '1'],
          ['current', 'abc'],
        ]),
      'INVALID_NUMBER',
      'growthRate: current must be a finite number, got "abc"',
    );
    expectCode(
      () => readOperands('share', [['part', Number.NaN]]),
      'INVALID_NUMBER',
      'share: part',
    );
  });

  it('reads an empty list', () => {
    expect(readOperands('sum', [])).toEqual({ values: [], unit: undefined });
  });
});

describe('readAmount', () => {
  it('reads a quantity in its own unit and a number as given', () => {
    expect(readAmount('f', 'x', quantity('60.3', '亿元')).toString()).toBe('60.3');
    expect(readAmount('f', 'x', '9.5%').toString()).toBe('0.095');
  });

  it('throws INVALID_NUMBER naming the function and the argument', () => {
    expectCode(
      () => readAmount('completionRate', 'planned', ''),
      'INVALID_NUMBER',
      'completionRate: planned must be a finite number, got ""',
    );
  });
});

describe('readAmountIn', () => {
  it('converts a quantity into the unit, and takes a number to be in it (DOMAIN.md: 116.7公顷)', () => {
    expect(readAmountIn('f', 'area', quantity('116.7', '公顷'), unit('亩')).toString()).toBe(
      '1750.5',
    );
    expect(readAmountIn('f', 'area', '1200', unit('亩')).toString()).toBe('1200');
  });

  it('throws UNIT_MISMATCH and INVALID_NUMBER naming the argument', () => {
    expectCode(
      () => readAmountIn('quotaValue', 'area', quantity('1', '万元'), unit('亩')),
      'UNIT_MISMATCH',
      'quotaValue: area is in 万元, which cannot be combined with 亩',
    );
    expectCode(
      () => readAmountIn('quotaValue', 'area', 'x', unit('亩')),
      'INVALID_NUMBER',
      'quotaValue: area',
    );
  });
});

describe('toAmount', () => {
  it('wraps a value in the unit, or returns the decimal when there is no unit', () => {
    const value = new Decimal('21.28');
    const amount = toAmount<ReturnType<typeof quantity>>(value, unit('万亩'));
    expect(isQuantity(amount)).toBe(true);
    expect(String(amount)).toBe('21.28万亩'); // seed-claims A04
    expect(toAmount<string>(value, undefined)).toBe(value);
  });
});
