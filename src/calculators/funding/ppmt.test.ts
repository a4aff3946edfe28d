import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { ppmt } from './ppmt.js';

describe('ppmt', () => {
  it("gives Excel's published PPMT results (support.microsoft.com, PPMT function)", () => {
    // =PPMT(0.1/12, 1, 2*12, 2000) → ($75.62); =PPMT(0.08, 10, 10, 200000) → ($27,598.05)
    expect(ppmt(new Decimal('0.1').div(12), 1, 24, 2000).toFixed(2)).toBe('-75.62');
    expect(ppmt('0.08', 10, 10, 200000).toFixed(2)).toBe('-27598.05');
  });

  it('keeps the unit of a quantity', () => {
    expect(String(ppmt(0, 1, 4, quantity('1', '亿元')))).toBe('-0.25亿元');
  });

  it('throws the documented codes', () => {
    expectCode(() => ppmt('0.08', 11, 10, 200000), 'INVALID_ARGUMENT');
    expectCode(() => ppmt('0.08', 1, 0, 200000), 'INVALID_ARGUMENT');
  });
});
