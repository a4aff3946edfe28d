import { describe, expect, it } from 'vitest';
import {
  divisionByZeroError,
  ErrorCode,
  invalidArgumentError,
  invalidNumberError,
  isTownIndicatorsError,
  nonPositiveBaseError,
  noSolutionError,
  TownIndicatorsError,
  unitMismatchError,
} from './errors.js';
import * as messages from './messages.js';
import { Decimal } from './numbers/decimal.js';
import { quantity } from './units/quantity.js';

describe('TownIndicatorsError', () => {
  it('carries name, code, message and details', () => {
    const details = { fn: 'parseQuantity', arg: 'text', value: '5斤' };
    const error = new TownIndicatorsError('UNKNOWN_UNIT', 'parseQuantity: text names …', details);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(TownIndicatorsError);
    expect(error.name).toBe('TownIndicatorsError');
    expect(error.code).toBe('UNKNOWN_UNIT');
    expect(error.message).toBe('parseQuantity: text names …');
    expect(error.details).toBe(details);
    expect(String(error)).toBe('TownIndicatorsError: parseQuantity: text names …');
    expect(error.stack).toContain('TownIndicatorsError');
  });

  it('has undefined details when none is given', () => {
    const error = new TownIndicatorsError(ErrorCode.DIVISION_BY_ZERO, 'share: whole is zero');
    expect(error.details).toBeUndefined();
  });

  it('is caught by code with toThrow(objectContaining)', () => {
    expect(() => {
      throw new TownIndicatorsError('NO_SOLUTION', 'irr: no solution: no sign change');
    }).toThrow(expect.objectContaining({ code: 'NO_SOLUTION', name: 'TownIndicatorsError' }));
  });
});

describe('ErrorCode', () => {
  it('has every code of DESIGN §2, each equal to its name', () => {
    const design = [
      'INVALID_NUMBER',
      'DIVISION_BY_ZERO',
      'NON_POSITIVE_BASE',
      'UNIT_MISMATCH',
      'UNKNOWN_UNIT',
      'PARSE_ERROR',
      'INVALID_PERIOD',
      'VALIDATION_ERROR',
      'NO_SOLUTION',
    ];
    for (const code of design) expect(ErrorCode).toHaveProperty(code, code);
    for (const [key, value] of Object.entries(ErrorCode)) expect(value).toBe(key);
    expect(ErrorCode.INVALID_ARGUMENT).toBe('INVALID_ARGUMENT');
  });
});

describe('isTownIndicatorsError', () => {
  const error = new TownIndicatorsError(
    'PARSE_ERROR',
    'parseQuantity: cannot read text: no number',
  );

  it('recognises the error, and matches its code when one is given', () => {
    expect(isTownIndicatorsError(error)).toBe(true);
    expect(isTownIndicatorsError(error, 'PARSE_ERROR')).toBe(true);
    expect(isTownIndicatorsError(error, 'UNKNOWN_UNIT')).toBe(false);
  });

  it('recognises the error of another copy of the library (same name, a string code)', () => {
    const foreign = Object.assign(new Error('x'), {
      name: 'TownIndicatorsError',
      code: 'NO_SOLUTION',
    });
    expect(isTownIndicatorsError(foreign)).toBe(true);
    expect(isTownIndicatorsError(foreign, 'NO_SOLUTION')).toBe(true);
  });

  it('rejects other values', () => {
    const lookalike = { name: 'TownIndicatorsError', code: 'PARSE_ERROR', message: 'x' };
    const noCode = Object.assign(new Error('x'), { name: 'TownIndicatorsError' });
    const numericCode = Object.assign(new Error('x'), { name: 'TownIndicatorsError', code: 1 });
    for (const value of [new Error('x'), new TypeError('x'), lookalike, noCode, numericCode]) {
      expect(isTownIndicatorsError(value)).toBe(false);
    }
    for (const value of [null, undefined, 'PARSE_ERROR', 0]) {
      expect(isTownIndicatorsError(value)).toBe(false);
    }
  });
});

describe('messages', () => {
  it('names the function and the argument', () => {
    // The shape of the brief: `growthRate: previous must be positive, got "0"`.
    expect(messages.nonPositiveBase('growthRate', 'previous', '0')).toBe(
      'growthRate: previous must be positive, got "0"',
    );
    expect(messages.invalidNumber('toDecimal', 'value', 'abc')).toBe(
      'toDecimal: value must be a finite number, got "abc"',
    );
    expect(messages.divisionByZero('share', 'whole')).toBe(
      'share: whole is zero, and the formula divides by it',
    );
    expect(messages.unitMismatch('fundingGap', 'secured', '美元', '元')).toBe(
      'fundingGap: secured is in 美元, which cannot be combined with 元',
    );
    expect(messages.unknownUnit('quantity', 'unit', '斤')).toBe(
      'quantity: unit names an unknown unit "斤"',
    );
    expect(messages.parseError('parseQuantity', 'text', 'no number')).toBe(
      'parseQuantity: cannot read text: no number',
    );
    expect(messages.noSolution('irr', 'no sign change')).toBe('irr: no solution: no sign change');
    expect(messages.invalidArgument('roundHalfUp', 'decimals', 'must be an integer ≥ 0')).toBe(
      'roundHalfUp: decimals must be an integer ≥ 0',
    );
  });

  it('shows values briefly: strings quoted and cut at 40 characters, others by kind', () => {
    expect(messages.invalidNumber('f', 'x', 'a'.repeat(41))).toBe(
      `f: x must be a finite number, got "${'a'.repeat(40)}…"`,
    );
    expect(messages.invalidNumber('f', 'x', Number.NaN)).toBe(
      'f: x must be a finite number, got NaN',
    );
    expect(messages.invalidNumber('f', 'x', null)).toBe('f: x must be a finite number, got null');
    expect(messages.invalidNumber('f', 'x', undefined)).toBe(
      'f: x must be a finite number, got undefined',
    );
    expect(messages.invalidNumber('f', 'x', {})).toBe(
      'f: x must be a finite number, got [object Object]',
    );
    expect(messages.invalidPeriod('parsePeriod', 'text', '2011-Q5', 'no quarter 5')).toBe(
      'parsePeriod: text is not a valid period (no quarter 5), got "2011-Q5"',
    );
  });
});

describe('error builders', () => {
  /** The code, message and details of an error, to compare at once. */
  function parts(error: TownIndicatorsError): unknown {
    return { code: error.code, message: error.message, details: error.details };
  }

  it('divisionByZeroError names the argument, and details may name it more briefly', () => {
    expect(parts(divisionByZeroError('share', 'whole'))).toEqual({
      code: 'DIVISION_BY_ZERO',
      message: 'share: whole is zero, and the formula divides by it',
      details: { fn: 'share', arg: 'whole' },
    });
    expect(
      divisionByZeroError('landConsumptionToPopulationGrowth', 'population (its growth rate)', {
        arg: 'population',
      }).details,
    ).toEqual({ fn: 'landConsumptionToPopulationGrowth', arg: 'population' });
  });

  it('nonPositiveBaseError shows decimals and quantities as text, strings quoted', () => {
    expect(parts(nonPositiveBaseError('growthRate', 'previous', '0'))).toEqual({
      code: 'NON_POSITIVE_BASE',
      message: 'growthRate: previous must be positive, got "0"',
      details: { fn: 'growthRate', arg: 'previous', value: '0' },
    });
    expect(parts(nonPositiveBaseError('growthRate', 'previous', -4))).toEqual({
      code: 'NON_POSITIVE_BASE',
      message: 'growthRate: previous must be positive, got -4',
      details: { fn: 'growthRate', arg: 'previous', value: -4 },
    });
    expect(nonPositiveBaseError('fundingGap', 'required', quantity('-5', '万元')).message).toBe(
      'fundingGap: required must be positive, got "-5万元"',
    );
    expect(
      nonPositiveBaseError('impliedPrevious', '1 + rate', new Decimal('-0.5')).details,
    ).toEqual({ fn: 'impliedPrevious', arg: '1 + rate', value: '-0.5' });
    expect(
      nonPositiveBaseError('npv', '1 + rate', new Decimal(0), { arg: 'rate', value: '-1' }).details,
    ).toEqual({ fn: 'npv', arg: 'rate', value: '-1' });
  });

  it('invalidArgumentError keeps a value only when one is given, lists and records as they are', () => {
    expect(
      parts(invalidArgumentError('roundHalfUp', 'decimals', 'must be an integer ≥ 0, got -1', -1)),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'roundHalfUp: decimals must be an integer ≥ 0, got -1',
      details: { fn: 'roundHalfUp', arg: 'decimals', value: -1 },
    });
    expect(invalidArgumentError('shares', 'parts', 'must have at least one part').details).toEqual({
      fn: 'shares',
      arg: 'parts',
    });
    const list = ['1'];
    const record = { a: 1 };
    const bare = Object.create(null) as object;
    expect(invalidArgumentError('f', 'x', 'r', list).details?.value).toBe(list);
    expect(invalidArgumentError('f', 'x', 'r', record).details?.value).toBe(record);
    expect(invalidArgumentError('f', 'x', 'r', bare).details?.value).toBe(bare);
    expect(invalidArgumentError('f', 'x', 'r', null).details?.value).toBe(null);
    expect(invalidArgumentError('f', 'x', 'r', new Decimal('1e-3')).details?.value).toBe('0.001');
    expect(
      invalidArgumentError('urbanizationRate', 'urbanPopulation', 'r', '2', { total: '1' }).details,
    ).toEqual({ fn: 'urbanizationRate', arg: 'urbanPopulation', value: '2', total: '1' });
  });

  it('invalidNumberError keeps the value as given', () => {
    expect(parts(invalidNumberError('toDecimal', 'value', 'abc'))).toEqual({
      code: 'INVALID_NUMBER',
      message: 'toDecimal: value must be a finite number, got "abc"',
      details: { fn: 'toDecimal', arg: 'value', value: 'abc' },
    });
  });

  it('noSolutionError names the function and adds the details', () => {
    expect(parts(noSolutionError('irr', 'no sign change'))).toEqual({
      code: 'NO_SOLUTION',
      message: 'irr: no solution: no sign change',
      details: { fn: 'irr' },
    });
    expect(noSolutionError('yearsToReach', 'never', { rate: '0.1' }).details).toEqual({
      fn: 'yearsToReach',
      rate: '0.1',
    });
  });

  it('unitMismatchError names both units', () => {
    expect(parts(unitMismatchError('fundingGap', 'secured', '美元', '元'))).toEqual({
      code: 'UNIT_MISMATCH',
      message: 'fundingGap: secured is in 美元, which cannot be combined with 元',
      details: { fn: 'fundingGap', arg: 'secured', from: '美元', to: '元' },
    });
  });
});
