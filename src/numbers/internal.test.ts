import { describe, expect, it } from 'vitest';
import { Decimal } from './decimal.js';
import { narrow, readYears, requireNonNegative, sum, WideDecimal } from './internal.js';

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

  it('throws INVALID_ARGUMENT for zero or fewer years, naming the function and argument', () => {
    expectCode(
      () => readYears(0, YEARS),
      'INVALID_ARGUMENT',
      /^averageAnnualGrowth: years must be positive, got 0$/,
    );
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
