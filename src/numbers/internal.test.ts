import { describe, expect, it } from 'vitest';
import { Decimal } from './decimal.js';
import {
  compoundRate,
  kindOf,
  narrow,
  readYears,
  requireList,
  requireNonNegative,
  requireObject,
  requireOptions,
  sum,
  WideDecimal,
} from './internal.js';

function expectCode(run: () => unknown, code: string, message?: string | RegExp): void {
  expect(run).toThrow(expect.objectContaining({ name: 'TownIndicatorsError', code }));
  if (message !== undefined) expect(run).toThrow(message);
}

describe('WideDecimal and narrow', () => {
  it('computes with 60 digits and narrows to the 34 of the library, rounding half up', () => {
    const third = new WideDecimal(1).div(3);
    expect(third.toString()).toBe(`0.${'3'.repeat(60)}`);
    const twoThirds = narrow(new WideDecimal(2).div(3));
    expect(twoThirds.toString()).toBe('0.6666666666666666666666666666666667');
    expect(twoThirds.constructor).toBe(Decimal);
    // Half up at the 35th digit, away from zero for negatives too.
    expect(narrow(new WideDecimal(`0.${'1'.repeat(33)}15`)).toString()).toBe(
      `0.${'1'.repeat(33)}2`,
    );
    expect(narrow(new WideDecimal(`-0.${'1'.repeat(33)}15`)).toString()).toBe(
      `-0.${'1'.repeat(33)}2`,
    );
  });

  it('does not change the settings of the library clone', () => {
    expect(WideDecimal.precision).toBe(60);
    expect(WideDecimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(Decimal.precision).toBe(34);
  });
});

describe('readYears', () => {
  const YEARS = { fn: 'averageAnnualGrowth', arg: 'years' } as const;

  it('reads a positive number of years, fractional ones too', () => {
    expect(readYears(5, YEARS).toString()).toBe('5');
    expect(readYears('2.5', YEARS).toString()).toBe('2.5');
  });

  it('throws DIVISION_BY_ZERO for zero years (every formula divides by them or takes the 1/years root)', () => {
    expectCode(
      () => readYears(0, YEARS),
      'DIVISION_BY_ZERO',
      /^averageAnnualGrowth: years is zero, and the formula divides by it$/,
    );
    expectCode(() => readYears('-0', YEARS), 'DIVISION_BY_ZERO');
  });

  it('throws INVALID_ARGUMENT for negative years, naming the function and argument', () => {
    expectCode(
      () => readYears('-1', { fn: 'landConsumptionRate', arg: 'years' }),
      'INVALID_ARGUMENT',
      'landConsumptionRate: years must be positive, got -1',
    );
  });

  it('throws INVALID_NUMBER for a value that is not a finite number', () => {
    expectCode(() => readYears(Number.POSITIVE_INFINITY, YEARS), 'INVALID_NUMBER', 'years');
  });
});

describe('requireNonNegative', () => {
  it('passes zero and positive values', () => {
    expect(() => requireNonNegative('f', 'x', new Decimal(0))).not.toThrow();
    expect(() => requireNonNegative('f', 'x', new Decimal('-0'))).not.toThrow();
    expect(() => requireNonNegative('f', 'x', new Decimal('0.1'))).not.toThrow();
  });

  it('throws INVALID_ARGUMENT for a negative value, with the value in details', () => {
    const run = () => requireNonNegative('urbanizationRate', 'urbanPopulation', new Decimal('-1'));
    expectCode(
      run,
      'INVALID_ARGUMENT',
      'urbanizationRate: urbanPopulation must not be negative, got "-1"',
    );
    expect(run).toThrow(
      expect.objectContaining({
        details: { fn: 'urbanizationRate', arg: 'urbanPopulation', value: '-1' },
      }),
    );
  });
});

describe('sum', () => {
  const values = ['0.1', '0.2', '0.3'].map((v) => new Decimal(v));

  it('adds exactly, the whole list or a range', () => {
    expect(sum(values).toString()).toBe('0.6');
    expect(sum(values, 1).toString()).toBe('0.5');
    expect(sum(values, 0, 2).toString()).toBe('0.3');
    expect(sum([]).toString()).toBe('0');
  });

  it('stops at the end of the list', () => {
    expect(sum(values, 2, 10).toString()).toBe('0.3');
  });
});

describe('compoundRate', () => {
  // Reference values: mpmath at 80 digits, ratio ** (1 / years) - 1, rounded half up to 34
  // significant digits with Python's decimal module (Context(prec=34, rounding=ROUND_HALF_UP)).
  it('is correctly rounded: Newton for whole years, a 60-digit root beyond a million years', () => {
    expect(compoundRate(new Decimal(2), new Decimal(10)).toString()).toBe(
      '0.07177346253629316421300632502334202',
    );
    expect(compoundRate(new Decimal('0.5'), new Decimal(3)).toString()).toBe(
      '-0.2062994740159002626241471803638459',
    );
    expect(compoundRate(new Decimal('1.1'), new Decimal(2_000_000)).toString()).toBe(
      '0.00000004765509103766624485107991875395839',
    );
  });

  it('is −1 for a zero ratio and 0 for a ratio of 1', () => {
    expect(compoundRate(new Decimal(0), new Decimal(4)).toString()).toBe('-1');
    expect(compoundRate(new Decimal(1), new Decimal('2.5')).toString()).toBe('0');
    expect(compoundRate(new Decimal(1), new Decimal(7)).toString()).toBe('0');
  });

  it('returns a decimal of the library clone', () => {
    expect(compoundRate(new WideDecimal(2), new Decimal(10)).constructor).toBe(Decimal);
  });
});

describe('shape checks', () => {
  it('names what a value is', () => {
    expect([null, undefined, [], {}, 5, 'x', true].map(kindOf)).toEqual([
      'null',
      'undefined',
      'an array',
      'an object',
      'a number',
      'a string',
      'a boolean',
    ]);
  });

  it('requireObject accepts objects and throws INVALID_ARGUMENT for anything else', () => {
    expect(() => requireObject('linkingSurplus', 'input', {}, '{ a }')).not.toThrow();
    for (const value of [null, undefined, [], 'x', 3]) {
      expectCode(
        () => requireObject('linkingSurplus', 'input', value, '{ a }'),
        'INVALID_ARGUMENT',
        `linkingSurplus: input must be an object { a }, got ${kindOf(value)}`,
      );
    }
  });

  it('requireList accepts lists and throws INVALID_ARGUMENT for anything else', () => {
    expect(() => requireList('irr', 'cashflows', [], 'amounts')).not.toThrow();
    expectCode(
      () => requireList('irr', 'cashflows', { 0: 1 }, 'amounts'),
      'INVALID_ARGUMENT',
      'irr: cashflows must be a list of amounts, got an object',
    );
  });

  it('requireOptions accepts an object or nothing, and throws INVALID_ARGUMENT for anything else', () => {
    expect(() => requireOptions('irr', undefined)).not.toThrow();
    expect(() => requireOptions('irr', {})).not.toThrow();
    for (const value of [null, [], 'x', 1]) {
      expectCode(
        () => requireOptions('irr', value),
        'INVALID_ARGUMENT',
        `irr: options must be an object, got ${kindOf(value)}`,
      );
    }
  });
});
