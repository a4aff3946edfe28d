import { describe, expect, it } from 'vitest';
import { ErrorCode, isTownIndicatorsError, TownIndicatorsError } from './errors.js';
import * as messages from './messages.js';

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
