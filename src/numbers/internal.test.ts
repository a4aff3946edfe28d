import { describe, expect, it } from 'vitest';
import { kindOf, requireList, requireObject, requireOptions } from './internal.js';

function expectCode(run: () => unknown, code: string, message?: string | RegExp): void {
  expect(run).toThrow(expect.objectContaining({ name: 'TownIndicatorsError', code }));
  if (message !== undefined) expect(run).toThrow(message);
}

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
