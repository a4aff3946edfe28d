import { describe, expect, it } from 'vitest';
import { Decimal } from '../../numbers/decimal.js';
import { quantity } from '../../units/quantity.js';
import { leverageRatio } from './leverageRatio.js';
import { claim, claimInput, expectError } from './seedClaims.testing.js';

describe('leverageRatio', () => {
  it("measures how much social capital 成都's public money drew (seed-claims A01, A02)", () => {
    // seed-claims A02: 市级专项 0.6亿 + 区县配套 11.2亿 of public money; 社会资金 40.3亿 (A01).
    // 40.3 / 11.8 = 3.41525423728813559322033898305084745… (Python fractions)
    const a02 = claim('A02');
    const public2 = [claimInput(a02, '市级专项'), claimInput(a02, '区(市)县')];
    const r = leverageRatio(claimInput(a02, '社会资金'), public2);
    expect(r.toDecimalPlaces(30).toString()).toBe('3.415254237288135593220338983051');
    // counting the 2亿 of 市城建资金 as seed money too: 40.3 / 13.8 = 2.92028985507246376811…
    const r2 = leverageRatio(claimInput(a02, '社会资金'), [
      claimInput(a02, '市城建资金'),
      ...public2,
    ]);
    expect(r2.toDecimalPlaces(20).toString()).toBe('2.92028985507246376812');
  });

  it('reads plain numbers and mixed units exactly', () => {
    expect(leverageRatio('30', '10').toString()).toBe('3');
    expect(leverageRatio(['10', '20'], 10).toString()).toBe('3');
    expect(leverageRatio(quantity('3', '亿元'), quantity('10000', '万元')).toString()).toBe('3');
    // the same figures in 万元 and 亿元 give the same ratio
    expect(
      leverageRatio(quantity('403000', '万元'), quantity('11.8', '亿元')).eq(
        new Decimal('40.3').div('11.8'),
      ),
    ).toBe(true);
  });

  it('throws DIVISION_BY_ZERO and NON_POSITIVE_BASE for the seed money', () => {
    expectError(() => leverageRatio('1', '0'), 'DIVISION_BY_ZERO', 'leverageRatio: seed is zero');
    expectError(() => leverageRatio('1', []), 'DIVISION_BY_ZERO', 'leverageRatio: seed');
    expectError(
      () => leverageRatio('1', ['2', '-3']),
      'NON_POSITIVE_BASE',
      'leverageRatio: seed must be positive, got "-1"',
    );
  });

  it('throws UNIT_MISMATCH and INVALID_NUMBER naming the argument', () => {
    expectError(
      () => leverageRatio(quantity('1', '亿美元'), quantity('1', '亿元')),
      'UNIT_MISMATCH',
      'leverageRatio: seed is in 亿元',
    );
    expectError(() => leverageRatio('x', '1'), 'INVALID_NUMBER', 'leverageRatio: mobilized');
    expectError(() => leverageRatio('1', ['1', 'y']), 'INVALID_NUMBER', 'leverageRatio: seed[1]');
  });
});
