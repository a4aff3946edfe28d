import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { Decimal } from '../../numbers/decimal.js';
import { solveRate } from './solveRate.js';
import { WideDecimal } from './wide.js';

describe('solveRate', () => {
  it('reaches the root Newton converges to from the guess', () => {
    // (1 + r)² = 1.21: r = 0.1 (and r = −2.1, below −1).
    const f = (r: Decimal): Decimal => new WideDecimal(1).plus(r).pow(2).minus('1.21');
    expect(solveRate('f', f, new Decimal('0.5'), 'f').minus('0.1').abs().lt('1e-40')).toBe(true);
  });

  it('falls back to a scan when Newton fails, and picks the root nearest the guess', () => {
    // A step function of the sign: Newton sees no slope; the scan finds the change at r = 0.3.
    const f = (r: Decimal): Decimal => new WideDecimal(r.gt('0.3') ? 1 : -1);
    expect(solveRate('f', f, new Decimal('0.1'), 'f').minus('0.3').abs().lt('1e-30')).toBe(true);
  });

  it('throws NO_SOLUTION when nothing is zero above −1', () => {
    expectCode(
      () => solveRate('f', () => new WideDecimal(1), new Decimal('0.1'), 'the thing'),
      'NO_SOLUTION',
      'f: no solution: no rate above −1 makes the thing zero',
    );
  });
});
