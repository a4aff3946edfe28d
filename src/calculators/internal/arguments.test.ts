import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { readYears, requireNonNegative } from './arguments.js';

function expectCode(run: () => unknown, code: string, message?: string | RegExp): void {
  expect(run).toThrow(expect.objectContaining({ name: 'TownIndicatorsError', code }));
  if (message !== undefined) expect(run).toThrow(message);
}

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
