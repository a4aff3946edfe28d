import { describe, expect, it } from 'vitest';
import { expectCode } from '../../../tests/support/expectError.js';
import { mirr } from './mirr.js';

describe('mirr', () => {
  it("gives Excel's published MIRR (→ 12.61 %) and numpy-financial's (→ −0.03909366594356467)", () => {
    expect(mirr([-120000, 39000, 30000, 21000, 37000, 46000], '0.1', '0.12').toFixed(4)).toBe(
      '0.1261',
    );
    expect(mirr([-100, 50, -60, 70], '0.10', '0.12').toFixed(15)).toBe('-0.039093665943565');
  });

  it('is −1 without a positive flow', () => {
    expect(mirr([-100, -50], '0.1', '0.1').toString()).toBe('-1');
  });

  it('throws the documented codes', () => {
    expectCode(
      () => mirr([100, 50], '0.1', '0.1'),
      'DIVISION_BY_ZERO',
      'mirr: the present value of the negative flows is zero',
    );
    expectCode(() => mirr([-100], '0.1', '0.1'), 'DIVISION_BY_ZERO');
    expectCode(() => mirr([-100, 50], '-1', '0.1'), 'NON_POSITIVE_BASE');
  });
});
