import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import {
  isolateRoots,
  rateRoots,
  refine,
  rootBound,
  signVariations,
  taylorShift,
} from './polynomialRoots.js';

const rates = (flows: readonly number[]): string[] =>
  rateRoots(
    'test',
    flows.map((f) => new Decimal(f)),
  )
    .map((c) => refine('test', c, new Decimal('1e-24'), 200).toSignificantDigits(12).toString())
    .sort((a, b) => Number(a) - Number(b));

describe('the cash-flow polynomial roots', () => {
  it('shifts, counts sign variations and bounds the roots in (0, 1) by Descartes', () => {
    // (z + 1)^2 = z^2 + 2z + 1: a(z) = 1 + 2z + z^2 shifted from z^2 (coefficients low first).
    expect(taylorShift([0n, 0n, 1n])).toEqual([1n, 2n, 1n]);
    expect(signVariations([1n, 0n, -2n, 3n, 0n, -1n])).toBe(3);
    // (2z − 1)(4z − 3) = 8z² − 10z + 3: roots 1/2 and 3/4, both in (0, 1).
    expect(rootBound([3n, -10n, 8n])).toBe(2);
    expect(isolateRoots('test', [3n, -10n, 8n]).map((r) => r.kind)).toEqual(['exact', 'interval']);
  });

  it('finds one IRR of a conventional project: IRR([−100, 39, 59, 55, 20]) = 0.28095 (DOMAIN.md)', () => {
    expect(rates([-100, 39, 59, 55, 20]).map((r) => Number(r).toFixed(5))).toEqual(['0.28095']);
  });

  it('finds both IRRs of flows that change sign twice: −100, 230, −132 at 10 % and 20 %', () => {
    // −100 + 230/(1+r) − 132/(1+r)² = 0 ⇔ (1+r)² − 2.3(1+r) + 1.32 = 0 ⇔ 1+r ∈ {1.1, 1.2}.
    expect(rates([-100, 230, -132])).toEqual(['0.1', '0.2']);
  });

  it('finds a negative rate and the rate zero', () => {
    // −100 + 50 = −50 over one period: 50 / 100 − 1 = −0.5.
    expect(rates([-100, 50])).toEqual(['-0.5']);
    expect(rates([-100, 100])).toEqual(['0']);
  });

  it('throws NO_SOLUTION for flows without a sign change', () => {
    expect(() => rateRoots('test', [new Decimal(1), new Decimal(2)])).toThrow(
      expect.objectContaining({ code: 'NO_SOLUTION' }),
    );
  });
});
