import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { readCompoundings } from './compoundings.js';

describe('readCompoundings', () => {
  it('truncates npery to a whole number, as Excel does', () => {
    expect(readCompoundings('f', 4.9)).toBe(4);
    expect(readCompoundings('f', '12')).toBe(12);
    expectCode(() => readCompoundings('f', 0.9), 'DIVISION_BY_ZERO');
    expectCode(() => readCompoundings('f', -1), 'INVALID_ARGUMENT');
    expectCode(() => readCompoundings('f', 1e9), 'INVALID_ARGUMENT');
  });
});
