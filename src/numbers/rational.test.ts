import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, roundHalfUp } from './decimal.js';
import {
  compare,
  div,
  fromDecimal,
  halfUnit,
  max,
  min,
  pow10,
  ratio,
  roundDirected,
  roundHalfUpRational,
  toDecimalValue,
  toFixedText,
} from './rational.js';

const decimalText = fc
  .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }))
  .map(([units, places]) => new Decimal(units).div(10 ** places).toFixed(places));

describe('rational (internal exact arithmetic of the audits)', () => {
  it('reads decimals exactly and reduces', () => {
    expect(fromDecimal(new Decimal('-22.3200'))).toEqual({ n: -558n, d: 25n });
    expect(fromDecimal(new Decimal('1e8'))).toEqual({ n: 100000000n, d: 1n });
    expect(toDecimalValue(div(ratio(40300n, 1n), ratio(603n, 1n))).toFixed(6)).toBe('66.832504');
    expect(pow10(-2)).toEqual({ n: 1n, d: 100n });
    expect(halfUnit(-1)).toEqual({ n: 1n, d: 20n });
    expect(halfUnit(2)).toEqual({ n: 50n, d: 1n });
  });

  it('rounds half up like roundHalfUp, at any decimals (property)', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 5 }), (text, places) => {
        const exact = roundHalfUpRational(fromDecimal(new Decimal(text)), places);
        expect(toDecimalValue(exact).eq(roundHalfUp(text, places))).toBe(true);
      }),
    );
  });

  it('rounds half away from zero, and to tens with negative decimals', () => {
    // 四舍五入: 2.25 → 2.3, −2.25 → −2.3; 2024 at −1 → 2020; 2025 at −1 → 2030
    const r = (text: string, places: number): string =>
      toDecimalValue(roundHalfUpRational(fromDecimal(new Decimal(text)), places)).toString();
    expect([r('2.25', 1), r('-2.25', 1), r('2024', -1), r('2025', -1), r('-0.04', 1)]).toEqual([
      '2.3',
      '-2.3',
      '2020',
      '2030',
      '0',
    ]);
  });

  it('rounds toward −∞ and +∞ for outward ranges', () => {
    const x = fromDecimal(new Decimal('-1.234'));
    expect(toFixedText(roundDirected(x, 2, 'down'), 2)).toBe('-1.24');
    expect(toFixedText(roundDirected(x, 2, 'up'), 2)).toBe('-1.23');
    const y = fromDecimal(new Decimal('1.234'));
    expect(toFixedText(roundDirected(y, 2, 'down'), 2)).toBe('1.23');
    expect(toFixedText(roundDirected(y, 2, 'up'), 2)).toBe('1.24');
    expect(toFixedText(roundDirected(fromDecimal(new Decimal('1.2')), 2, 'up'), 2)).toBe('1.20');
  });

  it('compares and picks extremes', () => {
    const a = ratio(1n, 3n);
    const b = ratio(1n, 2n);
    expect([compare(a, b), compare(b, a), compare(a, ratio(2n, 6n))]).toEqual([-1, 1, 0]);
    expect([min(a, b), max(a, b)]).toEqual([a, b]);
  });

  it('guards a zero denominator with DIVISION_BY_ZERO', () => {
    expect(() => ratio(1n, 0n)).toThrow(expect.objectContaining({ code: 'DIVISION_BY_ZERO' }));
  });
});
